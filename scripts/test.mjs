/**
 * `npm test`: the type check and the format check run beside `vitest run` instead of before it. The
 * browser tests spend much of their time waiting (page loads, timers), and the two checks, started at a
 * lower CPU priority, fill that time instead of adding ~30 s in front of it.
 *
 * Vitest's output goes straight through (`.ci/run` reads its "Tests N passed" line); each check's
 * output is held and printed when Vitest is done, then one line per step. The exit code is non-zero
 * when any step fails. Extra arguments go to Vitest: `npm test -- --project unit`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Checks that run beside Vitest, at nice 10 (they yield the CPU to Vitest and Chromium). */
const CHECKS = [
	{ name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
	{ name: 'format:check', command: ['npm', 'run', '--silent', 'format:check'] },
];
const NICE = 10;

/** Runs a command; resolves with its exit code, the time it took and (when `capture`) its output. */
function run(name, [command, ...args], { capture = false, nice = 0 } = {}) {
	const started = Date.now();
	const child = spawn(command, args, { stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
	if (nice) {
		try {
			process.setPriority(child.pid, nice);
		} catch {
			// Not allowed here (a restricted container): the check simply runs at normal priority.
		}
	}
	const output = [];
	child.stdout?.on('data', (chunk) => output.push(chunk));
	child.stderr?.on('data', (chunk) => output.push(chunk));
	return new Promise((resolve) => {
		child.on('error', (error) => output.push(Buffer.from(`${error}\n`)));
		child.on('close', (code, signal) =>
			resolve({
				name,
				code: code ?? (signal ? 1 : 0),
				seconds: (Date.now() - started) / 1000,
				output: Buffer.concat(output).toString(),
			}),
		);
	});
}

const checks = CHECKS.map((check) => run(check.name, check.command, { capture: true, nice: NICE }));
const vitestBin = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
// The Node.js that `npm ci` installed (Vitest 5 needs ≥ 22.12), also when this script is started by an older one.
const projectNode = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
const node = existsSync(projectNode) ? projectNode : process.execPath;
const vitest = await run('vitest run', [node, vitestBin, 'run', ...process.argv.slice(2)]);
const results = [...(await Promise.all(checks)), vitest];

for (const { name, code, output } of results.slice(0, -1)) {
	if (output.trim() === '') continue;
	console.log(`\n── ${name} ${code === 0 ? 'passed' : 'FAILED'} ──\n${output.trimEnd()}`);
}
console.log('');
for (const { name, code, seconds } of results)
	console.log(
		`${code === 0 ? '✓' : '✗'} ${name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s${code === 0 ? '' : `  (exit ${code})`}`,
	);
process.exitCode = results.some((result) => result.code !== 0) ? 1 : 0;
