/** Browser side of CliCommandParser.astro: the same parser and view on every keystroke. */
import { CliCommandError, parseCliCommand, type ParsedCliCommand } from '../../lib/credentials';
import { named } from '../../scripts/named-shape';
import { record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { cliCommandView } from './views';

export interface CliCommandInitial {
	command: string;
	stateKey: string;
}

// A shell command line worth sharing fits in 2,000 characters; the link is capped at 4,000 anyway.
const STATE = named(record({ cmd: text(2000) }), { cmd: 'Command' });

mountWidget<CliCommandInitial>('cli-command', (ctx) => {
	const { command: example, stateKey } = ctx.initial;
	const input = ctx.part<HTMLInputElement>('input');
	const url = ctx.urlState(stateKey, STATE);

	const render = () => {
		let parsed: ParsedCliCommand | null = null;
		try {
			parsed = parseCliCommand(input.value);
			ctx.fieldError(input, 'input-error', null);
		} catch (error) {
			if (!(error instanceof CliCommandError)) throw error;
			ctx.fieldError(input, 'input-error', error.message);
		}
		// While the command is invalid, the reading of the previous one is not left on screen.
		ctx.show('output', cliCommandView(parsed));
	};
	const changed = () => {
		url.write(input.value === example ? null : { cmd: input.value });
		render();
	};

	const saved = url.read();
	if (saved) input.value = saved.cmd;
	render();
	input.addEventListener('input', changed);
});
