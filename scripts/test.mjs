/**
 * `npm test`: the type check and the format check run beside the build and `vitest run` instead of
 * before them. The browser tests spend much of their time waiting (page loads, timers), and the two
 * checks, started at a lower CPU priority, fill that time instead of adding ~30 s in front of it.
 *
 * Order: the format check and the build start together; when the build is done, Vitest (which then
 * finds dist/ fresh and does not build again, see test/site/global-setup.ts) and the type check start
 * together. The type check waits for the build because both write Astro's generated types (.astro/).
 *
 * Vitest's output goes straight through (`.ci/run` reads its "Tests N passed" line); each other step's
 * output is held and printed when Vitest is done, then one line per step with its time. The exit code
 * is non-zero when any step fails. Extra arguments go to Vitest: `npm test -- --project unit`.
 * SKIP_BUILD=1 tests the existing dist/.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The Node.js that `npm ci` installed (Vitest 5 needs ≥ 22.12), also when this script is started by an older one. */
const projectNode = `${root}node_modules/node/bin/node`;
const node = existsSync(projectNode) ? projectNode : process.execPath;
/** Checks that run beside the build and Vitest at this niceness: they yield the CPU to Vitest and Chromium. */
const NICE = 10;

/** Runs a command; resolves with its exit code, the time it took and (when `capture`) its output. */
function run(name, [command, ...args], { capture = false, nice = 0, env = process.env } = {}) {
	const started = Date.now();
	const child = spawn(command, args, { cwd: root, env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
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

// The global setup skips the build when dist/ is younger than this run (test/site/global-setup.ts).
process.env.DLA_TEST_RUN_STARTED = String(Date.now());
const format = run('format:check', ['npm', 'run', '--silent', 'format:check'], { capture: true, nice: NICE });
const steps = [];
if (process.env.SKIP_BUILD !== '1') {
	// Exactly as `npm run build` builds (Vitest would set NODE_ENV=test, see test/site/global-setup.ts).
	const { NODE_ENV: _testEnv, ...env } = process.env;
	const astro = `${root}node_modules/astro/bin/astro.mjs`;
	steps.push(await run('build', [node, astro, 'build'], { capture: true, env: { ...env, NODE_ENV: 'production' } }));
}
if (steps[0]?.code) steps.push(await format);
else {
	const typecheck = run('typecheck', ['npm', 'run', '--silent', 'typecheck'], { capture: true, nice: NICE });
	const vitest = await run('vitest run', [
		node,
		`${root}node_modules/vitest/vitest.mjs`,
		'run',
		...process.argv.slice(2),
	]);
	steps.push(await format, await typecheck, vitest);
}

for (const { name, code, output } of steps) {
	if (name === 'vitest run' || output.trim() === '' || (name === 'build' && code === 0)) continue;
	console.log(`\n── ${name} ${code === 0 ? 'passed' : 'FAILED'} ──\n${output.trimEnd()}`);
}
console.log('');
for (const { name, code, seconds } of steps)
	console.log(
		`${code === 0 ? '✓' : '✗'} ${name.padEnd(12)} ${seconds.toFixed(1).padStart(6)} s${code === 0 ? '' : `  (exit ${code})`}`,
	);
process.exitCode = steps.some((step) => step.code !== 0) ? 1 : 0;
