// @ts-check
/**
 * `npm run bench:build [-- --runs=5] [-- --keep]`: times `astro build` of this site against a bare
 * Starlight twin with the same pages and prose (scripts/bench-twin.mjs), as issue 19 measures it:
 * whole-process wall time, CPU (user + sys) and peak RSS from GNU time, paired runs that alternate which
 * build goes first (so drift in machine load falls on both), medians and the site/twin ratios.
 * Then the medians of where the wall time went, phase by phase, from each build's log (scripts/build-phases.mjs).
 * Both builds run as `npm run build` does (NODE_ENV=production, default SITE_URL and BASE_PATH), each
 * into a temporary directory, so dist/ is left alone. Exits non-zero only if a build fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTwin } from './bench-twin.mjs';
import { buildPhases } from './build-phases.mjs';
import { chapters, description, title } from './site-identity.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const GNU_TIME = '/usr/bin/time';
/** The site's default address (astro.config.mjs), used by both builds. */
const SITE = 'https://devops-learning-aws.example.org';

/**
 * @typedef {{ wall: number, cpu: number, rssMiB: number, phases: import('./build-phases.mjs').BuildPhases }} Measure
 * One build: seconds, seconds, MiB, and where the wall time went (scripts/build-phases.mjs).
 */

/**
 * @param {string[]} args
 * @returns {{ runs: number, keep: boolean }}
 */
function options(args) {
	const runs = Number(/^--runs=(\d+)$/.exec(args.find((a) => a.startsWith('--runs=')) ?? '')?.[1] ?? 5);
	if (!(runs >= 1)) throw new Error('--runs must be a positive whole number');
	return { runs, keep: args.includes('--keep') };
}

/**
 * Runs one `astro build` under GNU time.
 * @param {{ name: string, config: string | undefined, outDir: string, timeFile: string }} build
 * @returns {Measure}
 */
function timeBuild({ name, config, outDir, timeFile }) {
	const { NODE_ENV: _env, SITE_URL: _site, BASE_PATH: _base, ...env } = process.env;
	const result = spawnSync(
		GNU_TIME,
		[
			...['-f', '%e %U %S %M', '-o', timeFile, process.execPath, astro, 'build', '--outDir', outDir],
			...(config ? ['--config', config] : []),
		],
		{ cwd: root, env: { ...env, NODE_ENV: 'production' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
	);
	if (result.status !== 0) {
		process.stderr.write(`${result.stdout}\n${result.stderr}\n`);
		throw new Error(`${name} build failed (exit ${result.status})`);
	}
	const [wall, user, sys, rssKiB] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
	return { wall, cpu: user + sys, rssMiB: rssKiB / 1024, phases: buildPhases(result.stdout, wall) };
}

/**
 * @param {number[]} values
 * @returns {number}
 */
function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * @param {string} dir
 * @returns {number} how many .html files are under dir
 */
function htmlPages(dir) {
	return readdirSync(dir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
}

const load = () =>
	loadavg()
		.map((n) => n.toFixed(2))
		.join(' ');

function main() {
	const { runs, keep } = options(process.argv.slice(2));
	if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} (GNU time) is needed: apt-get install -y time`);
	// Inside the repository (see scripts/bench-twin.mjs); git and Prettier ignore .bench-build-*/.
	const work = mkdtempSync(join(root, '.bench-build-'));
	const twinDir = relative(root, join(work, 'twin'));
	const { pages, config } = writeTwin({ root, twinDir, site: SITE, title, description, chapters });
	const builds = {
		twin: { name: 'twin', config, outDir: join(work, 'twin-dist'), timeFile: join(work, 'twin.time') },
		site: { name: 'site', config: undefined, outDir: join(work, 'site-dist'), timeFile: join(work, 'site.time') },
	};
	console.log(`bench:build — ${runs} paired runs, ${pages} pages; twin in ${work}`);
	console.log(`load average at start: ${load()}`);
	console.log('run  first  twin wall  site wall  ratio | twin cpu  site cpu  ratio | twin RSS  site RSS');
	/** @type {{ twin: Measure, site: Measure }[]} */
	const pairs = [];
	try {
		for (let run = 1; run <= runs; run++) {
			const order = run % 2 ? /** @type {const} */ (['twin', 'site']) : /** @type {const} */ (['site', 'twin']);
			const pair = /** @type {{ twin: Measure, site: Measure }} */ ({});
			for (const which of order) pair[which] = timeBuild(builds[which]);
			pairs.push(pair);
			if (run === 1) {
				const counts = { twin: htmlPages(builds.twin.outDir), site: htmlPages(builds.site.outDir) };
				if (counts.twin !== counts.site)
					console.warn(`warning: the twin built ${counts.twin} HTML pages, the site ${counts.site}`);
				else console.log(`     (both builds wrote ${counts.site} HTML pages)`);
			}
			const { twin, site } = pair;
			console.log(
				[
					String(run).padEnd(4),
					order[0].padEnd(5),
					`${twin.wall.toFixed(2)} s`.padStart(9),
					`${site.wall.toFixed(2)} s`.padStart(9),
					(site.wall / twin.wall).toFixed(2).padStart(6),
					'|',
					`${twin.cpu.toFixed(2)} s`.padStart(8),
					`${site.cpu.toFixed(2)} s`.padStart(8),
					(site.cpu / twin.cpu).toFixed(2).padStart(6),
					'|',
					`${twin.rssMiB.toFixed(0)} MiB`.padStart(8),
					`${site.rssMiB.toFixed(0)} MiB`.padStart(8),
				].join(' '),
			);
		}
	} finally {
		if (!keep) rmSync(work, { recursive: true, force: true });
	}
	/** @param {(m: { twin: Measure, site: Measure }) => number} f */
	const med = (f) => median(pairs.map(f));
	console.log(
		`median wall: twin ${med((p) => p.twin.wall).toFixed(2)} s, site ${med((p) => p.site.wall).toFixed(2)} s; ` +
			`CPU: twin ${med((p) => p.twin.cpu).toFixed(2)} s, site ${med((p) => p.site.cpu).toFixed(2)} s; ` +
			`peak RSS: twin ${med((p) => p.twin.rssMiB).toFixed(0)} MiB, site ${med((p) => p.site.rssMiB).toFixed(0)} MiB`,
	);
	console.log(`CPU ratio (median of pairs): ${med((p) => p.site.cpu / p.twin.cpu).toFixed(2)}`);
	console.log('where the wall time went (medians, s):  twin   site   site − twin');
	for (const phase of /** @type {const} */ (['start', 'setup', 'server', 'client', 'pages', 'after'])) {
		const [twin, site] = [med((p) => p.twin.phases[phase]), med((p) => p.site.phases[phase])];
		console.log(
			`  ${phase.padEnd(36)}${twin.toFixed(2).padStart(6)} ${site.toFixed(2).padStart(6)} ${(site - twin).toFixed(2).padStart(8)}`,
		);
	}
	console.log(`load average at end: ${load()}`);
	console.log(`Twin ratio (median of paired wall ratios): ${med((p) => p.site.wall / p.twin.wall).toFixed(2)}`);
}

main();
