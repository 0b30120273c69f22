/**
 * `npm run facts`: every time-sensitive figure in the facts registry (src/lib/facts/registry.ts) with
 * the date it was checked and its age, oldest first — the list for the yearly review against AWS's pages.
 * A report, never a failing check: a fact does not become wrong because time passes, only unchecked.
 *
 *   npm run facts            # ages as of today
 *   npm run facts -- 2027-06-01   # ages as of another date
 */
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

type FactsModule = typeof import('../src/lib/facts/index.ts');

const { module } = await runnerImport<FactsModule>(
	fileURLToPath(new URL('../src/lib/facts/index.ts', import.meta.url)),
);
const today = process.argv[2] ?? new Date().toISOString().slice(0, 10);
const rows = module.factsByAge(today);

console.log(`${rows.length} facts, oldest check first (as of ${today}):\n`);
for (const { id, fact, ageDays } of rows) {
	console.log(`${String(ageDays).padStart(5)} days  ${fact.checked}  ${id}: ${fact.text}`);
	console.log(`${' '.repeat(30)}${fact.about}`);
	console.log(`${' '.repeat(30)}${fact.source.url}`);
}
