import { describe, expect, it } from 'vitest';
import { isMessageString, MUTATION_MODULES, scoreOf } from '../../../scripts/mutation.mjs';
import { existsSync } from 'node:fs';

const source = [
	"if (effect === 'Allow') return true;",
	'throw new IamError(`Line ${line}: expected a string`);',
	"const words = 'two words';",
].join('\n');

/** A mutant over `text` on a 1-based line, located as Stryker reports it (1-based columns, end exclusive). */
function mutant(status: string, line: number, text: string, mutatorName = 'StringLiteral') {
	const column = source.split('\n')[line - 1]!.indexOf(text) + 1;
	return { status, mutatorName, location: { start: { line, column }, end: { line, column: column + text.length } } };
}

describe('mutation report', () => {
	it('leaves out prose string literals and keeps keys', () => {
		expect(isMessageString(mutant('Survived', 1, "'Allow'"), source)).toBe(false); // 'Allow'
		expect(isMessageString(mutant('Survived', 2, '`Line ${line}: expected a string`'), source)).toBe(true); // the template message
		expect(isMessageString(mutant('Survived', 3, "'two words'"), source)).toBe(true); // 'two words'
		expect(isMessageString(mutant('Survived', 1, "effect === 'Allow'", 'ConditionalExpression'), source)).toBe(false);
	});

	it('counts killed and timed-out mutants as caught, survivors and uncovered as missed', () => {
		const report = {
			files: {
				'a.ts': {
					source,
					mutants: [
						mutant('Killed', 1, "'Allow'"),
						mutant('Timeout', 1, "effect === 'Allow'", 'ConditionalExpression'),
						mutant('Survived', 1, "effect === 'Allow'", 'EqualityOperator'),
						mutant('NoCoverage', 1, "effect === 'Allow'", 'BooleanLiteral'),
						mutant('Survived', 3, "'two words'"),
						mutant('CompileError', 1, "effect === 'Allow'", 'BlockStatement'),
						{ ...mutant('Ignored', 1, "effect === 'Allow'", 'EqualityOperator'), statusReason: 'same result' },
					],
				},
			},
		};
		const score = scoreOf(report);
		expect(score).toMatchObject({ caught: 2, total: 4, messages: 1 });
		expect(score.ignored).toEqual(['1: EqualityOperator — same result']);
		expect(score.survivors).toHaveLength(2);
	});

	it('lists only modules that exist', () => {
		for (const module of MUTATION_MODULES) expect(existsSync(module), module).toBe(true);
	});
});
