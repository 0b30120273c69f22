/**
 * Views for PortsTable: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, el, type ViewNode } from '../kit/view';
import { type QuizQuestion } from '../../lib/network';

export function portsCountView(visible: number, total: number): ViewNode {
	return visible === total ? `${total} ports` : `${visible} of ${total} ports match`;
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
