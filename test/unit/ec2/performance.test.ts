import { expect, test } from 'vitest';
import { offeredInstanceTypes, parseInstanceType, closestOfferedNames } from '../../../src/lib/ec2';

// A guard, not the measurement (that is test/bench/ec2-instance-types.bench.ts): the budget is 10 ms for
// all names; this allows a slow CI machine 5× head-room and takes the best of five runs.
test('parsing every offered name stays well under 50 ms (target: 10 ms)', () => {
	const names = offeredInstanceTypes();
	let best = Infinity;
	for (let run = 0; run < 5; run++) {
		const start = performance.now();
		for (const name of names) parseInstanceType(name);
		best = Math.min(best, performance.now() - start);
	}
	expect(best).toBeLessThan(50);
});

/** Milliseconds of this process's CPU time (user + system) that `work` takes: unlike wall time it does
 * not grow when other processes share the cores. */
function cpuMillis(work: () => void): number {
	const start = process.cpuUsage();
	work();
	const used = process.cpuUsage(start);
	return (used.user + used.system) / 1000;
}

test('a did-you-mean look-up is fast enough for every keystroke', () => {
	closestOfferedNames('warm.up');
	let best = Infinity;
	for (let run = 0; run < 3; run++)
		best = Math.min(
			best,
			cpuMillis(() => {
				for (let i = 0; i < 10; i++) closestOfferedNames('c7gn.16xlage');
			}) / 10,
		);
	expect(best).toBeLessThan(16);
});
