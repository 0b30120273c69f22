/** Browser side of PortsTable.astro: redraws the table's rows for a search, checks quiz answers, deals new questions. */
import { buildPortQuiz, searchPorts, seededRandom, WELL_KNOWN_PORTS } from '../../lib/network';
import { onFrame } from '../../scripts/dom';
import { number, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { portAnswerView, portQuizView, portRowsView, portsCountView } from './PortsTable.views';

export interface PortsInitial {
	stateKey: string;
	seed: number;
	questions: number;
}

const STATE = record({ q: text(100), s: number({ min: 0, max: 1_000_000, integer: true }) });

mountWidget<PortsInitial>('ports-table', (ctx) => {
	const { stateKey, questions } = ctx.initial;
	const query = ctx.part<HTMLInputElement>('query');
	const url = ctx.urlState(stateKey, STATE);
	let seed = ctx.initial.seed;
	let quiz = buildPortQuiz(questions, seededRandom(seed));
	const filter = () => {
		const visible = new Set(searchPorts(query.value).map((p) => p.id));
		ctx.show('rows', portRowsView(WELL_KNOWN_PORTS, visible));
		ctx.show('count', portsCountView(visible.size, WELL_KNOWN_PORTS.length));
	};
	const save = () => url.write({ q: query.value, s: seed });

	const saved = url.read();
	if (saved) {
		query.value = saved.q;
		seed = saved.s;
		quiz = buildPortQuiz(questions, seededRandom(seed));
		ctx.show('quiz', portQuizView(quiz));
	}
	filter();

	query.addEventListener(
		'input',
		onFrame(() => {
			save();
			filter();
		}),
	);
	ctx.part('quiz').addEventListener('click', (event) => {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-q]');
		if (!button) return;
		const index = Number(button.dataset['q']);
		const question = quiz[index];
		if (!question) return;
		for (const other of ctx.part('quiz').querySelectorAll<HTMLButtonElement>(`button[data-q="${index}"]`))
			other.setAttribute('aria-pressed', String(other === button));
		ctx.show(`feedback-${index}`, portAnswerView(question, button.dataset['choice'] ?? ''));
	});
	ctx.part('new-quiz').addEventListener('click', () => {
		seed += 1;
		quiz = buildPortQuiz(questions, seededRandom(seed));
		ctx.show('quiz', portQuizView(quiz));
		save();
	});
});
