/**
 * Views for PortsTable: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, tableView, type ViewElement, type ViewNode } from '../kit/view';
import { type QuizQuestion, type WellKnownPort } from '../../lib/network';

export function portsCountView(visible: number, total: number): ViewNode {
	return visible === total ? `${total} ports` : `${visible} of ${total} ports match`;
}

const PORT_COLUMNS = ['Port', 'Service', 'Transport', 'Used for', 'Typical inbound source', 'In the notes?'];

/**
 * The ports table. `shown` is the ids a search matched (every row when absent): the others stay in the
 * table, hidden, so the script only redraws the rows (portRowsView) as the reader types.
 */
export function portsTableView(ports: readonly WellKnownPort[], shown?: ReadonlySet<string>): ViewElement {
	return tableView('Well-known ports', PORT_COLUMNS, portRowsView(ports, shown), {
		bodyAttrs: { 'data-part': 'rows' },
	});
}

/** One row per port, hidden unless its id is in `shown` (every row when absent). */
export function portRowsView(ports: readonly WellKnownPort[], shown?: ReadonlySet<string>): ViewElement[] {
	return ports.map((p) =>
		el(
			'tr',
			{ 'data-port-id': p.id, hidden: shown !== undefined && !shown.has(p.id) },
			el('td', { class: 'dla-mono' }, p.toPort ? `${p.port}–${p.toPort}` : String(p.port)),
			el('td', {}, el('strong', {}, p.service), el('br'), el('small', {}, p.name)),
			el('td', {}, p.transports.map((t) => t.toUpperCase()).join(' + ')),
			el('td', {}, p.use, p.note && [el('br'), el('small', {}, p.note)]),
			el('td', {}, p.typicalSource),
			el('td', {}, p.inNotes ? 'Yes' : 'Added'),
		),
	);
}

/** The quiz's questions; feedback lines start empty and are filled by portAnswerView. */
export function portQuizView(quiz: readonly QuizQuestion[]): ViewNode {
	return quiz.map((q, i) =>
		el(
			'fieldset',
			{ class: 'ports__question' },
			el('legend', {}, `${i + 1}. ${q.prompt}`),
			el(
				'div',
				{ class: 'dla-row' },
				q.choices.map((c) =>
					el(
						'button',
						{ type: 'button', class: 'dla-button', 'aria-pressed': 'false', 'data-q': i, 'data-choice': c },
						c,
					),
				),
			),
			el('p', { 'data-part': `feedback-${i}`, 'aria-live': 'polite' }),
		),
	);
}

export function portAnswerView(question: QuizQuestion, choice: string): ViewNode {
	const right = choice === question.answer;
	return [badge(right ? 'allow' : 'deny', right ? 'Correct' : 'Not quite'), ' ', question.explanation];
}
