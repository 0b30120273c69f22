/**
 * The console's access-level wording for one service, on its own so the IAM index can export it without
 * pulling summarizePolicy into every page's bundle.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html
 */
import type { LevelCount } from './summary';

/** "Full access" when every action is granted; else "Full: List, Read Limited: Write" as the console writes it. */
export function accessLevelText(levels: readonly LevelCount[]): string {
	const granted = levels.filter((l) => l.granted > 0);
	if (granted.length === 0) return 'None';
	if (levels.every((l) => l.granted === l.total)) return 'Full access';
	const full = granted.filter((l) => l.granted === l.total).map((l) => l.level);
	const limited = granted.filter((l) => l.granted < l.total).map((l) => l.level);
	return [full.length ? `Full: ${full.join(', ')}` : '', limited.length ? `Limited: ${limited.join(', ')}` : '']
		.filter(Boolean)
		.join(' ');
}
