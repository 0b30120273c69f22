/** The family explorer's count line, rendered at build time and in the browser. */
import type { ViewNode } from '../kit/view';

/** The family explorer's count line. */
export function familyCountView(shown: number, total: number): ViewNode {
	return shown === total ? `Showing all ${total} families.` : `Showing ${shown} of ${total} families.`;
}
