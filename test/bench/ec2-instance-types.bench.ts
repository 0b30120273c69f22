/**
 * Benchmarks for the EC2 instance-type engine. Target (issue #4): parsing all ~1,400 offered names
 * takes under 10 ms.
 *
 *   npm run bench
 */
import { expect, test } from 'vitest';
import { closestOfferedNames, describeInstanceType, offeredInstanceTypes, parseInstanceType } from '../../src/lib/ec2';

const names = offeredInstanceTypes();

test(`parse every offered name (${names.length}) in under 10 ms`, async ({ bench }) => {
	const result = await bench(`parseInstanceType × ${names.length}`, () => {
		for (const name of names) parseInstanceType(name);
	}).run();
	const mean = (result as unknown as { latency: { mean: number } }).latency.mean;
	console.log(`parseInstanceType × ${names.length}: mean ${mean.toFixed(3)} ms`);
	expect(mean).toBeLessThan(10);
});

test('describe every offered name, and one did-you-mean look-up', async ({ bench }) => {
	const describeAll = await bench(`describeInstanceType × ${names.length}`, () => {
		for (const name of names) describeInstanceType(name);
	}).run();
	const suggest = await bench('closestOfferedNames("c7gn.16xlage")', () => {
		closestOfferedNames('c7gn.16xlage');
	}).run();
	const mean = (r: unknown) => (r as { latency: { mean: number } }).latency.mean;
	console.log(
		`describeInstanceType × ${names.length}: mean ${mean(describeAll).toFixed(3)} ms; closestOfferedNames: mean ${mean(suggest).toFixed(3)} ms`,
	);
	expect(mean(suggest)).toBeLessThan(16);
});
