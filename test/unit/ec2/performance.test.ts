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

test('a did-you-mean look-up is fast enough for every keystroke', () => {
	closestOfferedNames('warm.up');
	const start = performance.now();
	for (let i = 0; i < 10; i++) closestOfferedNames('c7gn.16xlage');
	expect((performance.now() - start) / 10).toBeLessThan(16);
});
