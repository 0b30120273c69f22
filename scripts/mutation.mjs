#!/usr/bin/env node
// `npm run mutation [-- <module> ...]`: mutation testing of the engine modules that decide what the
// site teaches. Runs StrykerJS (vitest runner, incremental) once per module, then prints caught/total
// per module. Message-string mutants (a changed sentence shown to the learner) are left out of the
// score: a string literal counts as a message when it contains whitespace, i.e. it is prose, not a key
// such as 'Allow' or 'aws:SourceIp'. Equivalent mutants are marked in the source with
// `// Stryker disable next-line <mutator>: <reason>` and listed with their reason.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MUTATION_MODULES = [
	'src/lib/iam/conditions.ts',
	'src/lib/iam/statement.ts',
	'src/lib/wildcard/wildcard.ts',
	'src/lib/iam/evaluate.ts',
	'src/lib/iam/principal.ts',
	'src/lib/network/ip-text.ts',
	'src/lib/network/cidr.ts',
	'src/lib/network/security-groups.ts',
	'src/lib/network/nacl.ts',
	'src/lib/elb/alb-rules.ts',
	'src/lib/elb/health-checks.ts',
	'src/lib/elb/sni.ts',
	'src/lib/elb/stickiness.ts',
	'src/lib/ec2/instance-type.ts',
	'src/lib/ec2/billing.ts',
	'src/lib/storage/gp3.ts',
	'src/lib/mfa/totp.ts',
	'src/lib/text/edit-distance.ts',
];
export const TARGET_PERCENT = 90;
const root = fileURLToPath(new URL('..', import.meta.url));

/** The report directory of a module, e.g. reports/mutation/iam/conditions. */
export function reportDirOf(module) {
	return `reports/mutation/${module.replace(/^src\/lib\//, '').replace(/\.ts$/, '')}`;
}

function offsetOf(source, { line, column }) {
	let offset = 0;
	for (let i = 1; i < line; i++) offset = source.indexOf('\n', offset) + 1;
	return offset + column - 1;
}

/** A string-literal mutant whose original text is prose (a message), left out of the score. */
export function isMessageString(mutant, source) {
	if (mutant.mutatorName !== 'StringLiteral') return false;
	const original = source.slice(offsetOf(source, mutant.location.start), offsetOf(source, mutant.location.end));
	return /\s/.test(original.replace(/\$\{[^}]*\}/g, ''));
}

const CAUGHT = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

/** Caught/total for one module's Stryker JSON report. */
export function scoreOf(report) {
	const score = { caught: 0, total: 0, messages: 0, ignored: [], survivors: [] };
	for (const file of Object.values(report.files)) {
		for (const mutant of file.mutants) {
			if (mutant.status === 'Ignored') {
				score.ignored.push(`${mutant.location.start.line}: ${mutant.mutatorName} — ${mutant.statusReason ?? ''}`);
				continue;
			}
			if (!COUNTED.has(mutant.status)) continue;
			if (isMessageString(mutant, file.source)) {
				score.messages++;
				continue;
			}
			score.total++;
			if (CAUGHT.has(mutant.status)) score.caught++;
			else
				score.survivors.push(
					`${mutant.location.start.line}:${mutant.location.start.column} ${mutant.mutatorName} → ${mutant.replacement ?? ''}`,
				);
		}
	}
	return score;
}

function run(modules, strykerArgs) {
	for (const module of modules) {
		console.log(`\n── ${module}`);
		const result = spawnSync(
			process.execPath,
			[`${root}node_modules/@stryker-mutator/core/bin/stryker.js`, 'run', 'stryker.config.mjs', ...strykerArgs],
			{
				cwd: root,
				stdio: 'inherit',
				env: { ...process.env, MUTATION_MODULE: module },
			},
		);
		if (result.status !== 0) throw new Error(`Stryker failed on ${module} (exit ${result.status})`);
	}
}

function report(modules, { verbose }) {
	const rows = [];
	for (const module of modules) {
		const file = `${root}${reportDirOf(module)}/mutation.json`;
		if (!existsSync(file)) continue;
		const score = scoreOf(JSON.parse(readFileSync(file, 'utf8')));
		const percent = score.total ? (100 * score.caught) / score.total : 100;
		rows.push({ module, ...score, percent });
		if (verbose) for (const survivor of score.survivors) console.log(`  survived ${module}:${survivor}`);
	}
	console.log('\n| Module | Caught | Messages left out | Equivalent (ignored) |\n|---|---|---|---|');
	for (const row of rows)
		console.log(
			`| \`${row.module}\` | ${row.caught}/${row.total} = ${row.percent.toFixed(1)}%${row.percent < TARGET_PERCENT ? ' ✗' : ''} | ${row.messages} | ${row.ignored.length} |`,
		);
	for (const row of rows) for (const reason of row.ignored) console.log(`  equivalent ${row.module}:${reason}`);
	return rows.every((row) => row.percent >= TARGET_PERCENT);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const reportOnly = args.includes('--report');
	const verbose = args.includes('--survivors');
	// Other options go to Stryker, written --name=value, e.g. `--concurrency=1`.
	const strykerArgs = args.filter((arg) => arg.startsWith('--') && !['--report', '--survivors'].includes(arg));
	const named = args.filter((arg) => !arg.startsWith('--'));
	const modules = named.length
		? named.map((name) => MUTATION_MODULES.find((module) => module.includes(name)) ?? name)
		: MUTATION_MODULES;
	const started = Date.now();
	if (!reportOnly) run(modules, strykerArgs);
	const ok = report(modules, { verbose });
	if (!reportOnly) console.log(`\n${modules.length} module(s) in ${Math.round((Date.now() - started) / 1000)} s`);
	process.exitCode = ok ? 0 : 1;
}
