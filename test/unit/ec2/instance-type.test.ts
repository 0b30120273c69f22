import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { _InstanceType } from '@aws-sdk/client-ec2';
import {
	parseInstanceType,
	InstanceTypeError,
	offeredInstanceTypes,
	isOfferedInstanceType,
	closestOfferedNames,
	INSTANCE_TYPES_SOURCE,
	CATEGORIES,
	SERIES,
	familyRows,
} from '../../../src/lib/ec2';

function errorOf(name: string): InstanceTypeError {
	try {
		parseInstanceType(name);
	} catch (error) {
		expect(error).toBeInstanceOf(InstanceTypeError);
		return error as InstanceTypeError;
	}
	throw new Error(`expected ${name} to be rejected`);
}

describe('the generated catalogue', () => {
	test('matches the SDK enum exactly (regenerate with scripts/generate-instance-types.ts if this fails)', () => {
		const fromSdk = [...new Set(Object.values(_InstanceType) as string[])].sort();
		expect([...offeredInstanceTypes()].sort()).toEqual(fromSdk);
		expect(INSTANCE_TYPES_SOURCE.count).toBe(fromSdk.length);
		expect(fromSdk.length).toBeGreaterThan(1300);
	});

	test('every offered name parses, round-trips and has a known series and category', () => {
		for (const name of offeredInstanceTypes()) {
			const parsed = parseInstanceType(name);
			expect(parsed.name).toBe(name);
			expect(`${parsed.family}.${parsed.size}`).toBe(name);
			expect(CATEGORIES).toContain(parsed.category);
			expect(SERIES[parsed.series]).toBeDefined();
			expect(isOfferedInstanceType(name)).toBe(true);
		}
	});

	test('generation is null only for the mac-<chip> form', () => {
		const nulls = offeredInstanceTypes().filter((name) => parseInstanceType(name).generation === null);
		expect(nulls.length).toBeGreaterThan(0);
		for (const name of nulls) expect(name).toMatch(/^mac-m\d/);
	});

	test('one explorer row per family', () => {
		const rows = familyRows();
		expect(rows.length).toBe(INSTANCE_TYPES_SOURCE.families);
		expect(rows.find((row) => row.family === 'c7gn')).toMatchObject({
			category: 'compute-optimized',
			processor: 'graviton',
			capabilities: ['n'],
		});
	});
});

describe('AWS naming conventions (instance-type-names.html)', () => {
	test.each([
		[
			'm5.2xlarge',
			{ series: 'm', category: 'general-purpose', generation: 5, processor: null, capabilities: [], size: '2xlarge' },
		],
		[
			'c5n.xlarge',
			{
				series: 'c',
				category: 'compute-optimized',
				generation: 5,
				processor: null,
				capabilities: ['n'],
				size: 'xlarge',
			},
		],
		['m7g.medium', { series: 'm', generation: 7, processor: 'graviton', capabilities: [], size: 'medium' }],
		[
			'r6idn.metal',
			{
				series: 'r',
				category: 'memory-optimized',
				generation: 6,
				processor: 'intel',
				capabilities: ['d', 'n'],
				size: 'metal',
			},
		],
		['m5a.large', { processor: 'amd', capabilities: [] }],
		['t3a.nano', { series: 't', processor: 'amd', size: 'nano' }],
		['z1d.12xlarge', { series: 'z', category: 'memory-optimized', generation: 1, capabilities: ['d'] }],
		['m5zn.metal', { capabilities: ['z', 'n'] }],
		['r5b.large', { capabilities: ['b'] }],
		['x2iedn.xlarge', { series: 'x', processor: 'intel', capabilities: ['e', 'd', 'n'] }],
		['i4i.large', { series: 'i', category: 'storage-optimized', processor: 'intel' }],
		['d3en.xlarge', { series: 'd', category: 'storage-optimized', processor: null, capabilities: ['e', 'n'] }],
		['dl2q.24xlarge', { series: 'dl', category: 'accelerated-computing', capabilities: ['q'] }],
		['inf2.xlarge', { series: 'inf', category: 'accelerated-computing', generation: 2 }],
		['trn1n.32xlarge', { series: 'trn', category: 'accelerated-computing', capabilities: ['n'] }],
		['hpc6id.32xlarge', { series: 'hpc', category: 'hpc-optimized', processor: 'intel', capabilities: ['d'] }],
		['g4dn.xlarge', { series: 'g', category: 'accelerated-computing', processor: null, capabilities: ['d', 'n'] }],
		['vt1.3xlarge', { series: 'vt', category: 'accelerated-computing' }],
		['a1.medium', { series: 'a', category: 'general-purpose', processor: null }],
	])('%s', (name, expected) => {
		expect(parseInstanceType(name)).toMatchObject({ name, ...expected });
	});
});

describe('odd forms from the SDK enum', () => {
	test('u-6tb1.metal: u-<memory>tb<generation>', () => {
		expect(parseInstanceType('u-6tb1.metal')).toEqual({
			name: 'u-6tb1.metal',
			series: 'u',
			category: 'memory-optimized',
			generation: 1,
			processor: null,
			capabilities: [],
			suffix: '6tb',
			family: 'u-6tb1',
			size: 'metal',
		});
	});
	test('u7i-12tb.224xlarge: memory size after a hyphen is not a capability', () => {
		expect(parseInstanceType('u7i-12tb.224xlarge')).toMatchObject({
			series: 'u',
			generation: 7,
			processor: 'intel',
			capabilities: [],
			suffix: '12tb',
			size: '224xlarge',
		});
	});
	test('u7inh-32tb.480xlarge: capability letters n and h', () => {
		expect(parseInstanceType('u7inh-32tb.480xlarge')).toMatchObject({
			processor: 'intel',
			capabilities: ['n', 'h'],
			suffix: '32tb',
		});
	});
	test('mac-m4.metal: chip form, no generation', () => {
		expect(parseInstanceType('mac-m4.metal')).toMatchObject({
			series: 'mac',
			category: 'general-purpose',
			generation: null,
			processor: null,
			capabilities: [],
			suffix: 'm4',
		});
		expect(parseInstanceType('mac-m3ultra.metal').suffix).toBe('m3ultra');
	});
	test('mac2-m2pro.metal: generation 2 and an Apple chip suffix', () => {
		expect(parseInstanceType('mac2-m2pro.metal')).toMatchObject({
			series: 'mac',
			generation: 2,
			capabilities: [],
			suffix: 'm2pro',
		});
	});
	test('c7i-flex.large: flex is a capability', () => {
		expect(parseInstanceType('c7i-flex.large')).toMatchObject({
			series: 'c',
			generation: 7,
			processor: 'intel',
			capabilities: ['flex'],
			suffix: null,
		});
	});
	test('p6-b200.48xlarge and p6e-gb200.36xlarge: GPU suffixes are not capabilities', () => {
		expect(parseInstanceType('p6-b200.48xlarge')).toMatchObject({
			series: 'p',
			generation: 6,
			capabilities: [],
			suffix: 'b200',
		});
		expect(parseInstanceType('p6e-gb200.36xlarge')).toMatchObject({ capabilities: ['e'], suffix: 'gb200' });
	});
	test('m7i.metal-24xl: metal sizes keep their suffix', () => {
		expect(parseInstanceType('m7i.metal-24xl')).toMatchObject({ processor: 'intel', size: 'metal-24xl' });
	});
	test('is4gen and im4gn: two-letter series, Graviton, then e and n', () => {
		expect(parseInstanceType('is4gen.xlarge')).toMatchObject({
			series: 'is',
			category: 'storage-optimized',
			generation: 4,
			processor: 'graviton',
			capabilities: ['e', 'n'],
		});
		expect(parseInstanceType('im4gn.large')).toMatchObject({
			series: 'im',
			processor: 'graviton',
			capabilities: ['n'],
		});
	});
	test('hpc7g: three-letter series', () => {
		expect(parseInstanceType('hpc7g.16xlarge')).toMatchObject({
			series: 'hpc',
			category: 'hpc-optimized',
			processor: 'graviton',
		});
	});
	test('previous generation: m2 is memory optimized, cc2 compute, hs1 storage, cg1 accelerated', () => {
		expect(parseInstanceType('m2.xlarge').category).toBe('memory-optimized');
		expect(parseInstanceType('m1.small').category).toBe('general-purpose');
		expect(parseInstanceType('cc2.8xlarge').category).toBe('compute-optimized');
		expect(parseInstanceType('cr1.8xlarge').category).toBe('memory-optimized');
		expect(parseInstanceType('hs1.8xlarge').category).toBe('storage-optimized');
		expect(parseInstanceType('hi1.4xlarge').category).toBe('storage-optimized');
		expect(parseInstanceType('cg1.4xlarge').category).toBe('accelerated-computing');
	});
});

describe('malformed names are rejected with a reason', () => {
	test.each([
		['m5large', /no dot/, 'm5.large'],
		['m5.', /nothing after the dot/, null],
		['.large', /nothing before the dot/, null],
		['m5..large', /more than one dot/, undefined],
		['m5.xxlarge', /written with a number: 2xlarge/, 'm5.2xlarge'],
		['m5.1xlarge', /no 1 in front/, 'm5.xlarge'],
		['m5.0xlarge', /zero/, undefined],
		['m5.3large', /Only xlarge takes a multiplier/, 'm5.large'],
		['m5.02xlarge', /leading zero/, 'm5.2xlarge'],
		['m05.large', /starts with a zero/, 'm5.large'],
		['m5.metal-024xl', /not a valid metal size/, undefined],
		['m.large', /no generation number/, undefined],
		['5.large', /starts with a digit/, undefined],
		['xyz5.large', /not an EC2 instance series/, undefined],
		['m5x.large', /not an option letter/, undefined],
		['m5dd.large', /appears twice/, undefined],
		['m5da.large', /must come straight after the generation/, undefined],
		['m5-turbo.large', /not a suffix/, undefined],
		['m5.huge', /not an instance size/, undefined],
		['m5 .large', /contains a space/, 'm5.large'],
		['M5.2XLARGE', /lower case/, 'm5.2xlarge'],
		['m5.large<img src=x>', /contains a space/, undefined],
		['m5.large<b>', /characters that never appear/, undefined],
		['', /Type an instance type name/, null],
	])('%s', (name, reason, suggestion) => {
		const error = errorOf(name);
		expect(error.message).toMatch(reason);
		expect(error.name).toBe('InstanceTypeError');
		if (suggestion !== undefined) expect(error.suggestion).toBe(suggestion);
	});

	// Each reason names the fix, so the branch taken matters; these sit on both sides of every pattern.
	test.each([
		['m5.0xlarge', 'write a size such as xlarge'],
		['m5.00xlarge', 'write a size such as xlarge'],
		['m5.010xlarge', 'write 10xlarge'],
		['m5.1xlarge', 'is written “xlarge” — there is no 1 in front'],
		['m5.a2xlarge', 'is not an instance size'],
		['m5.2xlargex', 'is not an instance size'],
		['m7i.metal-1xl', 'not a valid metal size'],
		['m7i.metal-01xl', 'not a valid metal size'],
		['m7i.xmetal-24xl', 'is not an instance size'],
		['m7i.metal-24xlx', 'is not an instance size'],
		['m5.xxxlarge', 'written with a number: 3xlarge, not xxxlarge'],
		['m5.axxlarge', 'is not an instance size'],
		['m5.xxlargea', 'is not an instance size'],
		['m5.12large', 'Only xlarge takes a multiplier: “12large”'],
		['m5.a2large', 'is not an instance size'],
		['m5.2largex', 'is not an instance size'],
		['mx.large', '“mx” has no generation number'],
		['5m.large', '“5m” starts with a digit'],
		['m-5.large', '“m-5” is not shaped like an instance family'],
		['_m5.large', 'characters that never appear'],
		['m7i-12tb.large', 'is not a suffix used in instance type names'],
		['mac-m2foo.metal', 'is not shaped like an instance family'],
		['u-6tb1x.metal', 'is not shaped like an instance family'],
		['u-06tb1.metal', 'memory size in “u-06tb1” starts with a zero'],
		['db.large', '“db” has no generation number'],
		['large.search', 'is not an instance size'],
	])('%s: %s', (name, reason) => {
		expect(errorOf(name).reason).toContain(reason);
	});

	test('other services name the EC2 type they run on', () => {
		expect(errorOf('db.m5.large').reason).toContain('It runs on EC2 type m5.large.');
		expect(errorOf('m5.large.search').reason).toContain('It runs on EC2 type m5.large.');
		expect(errorOf('db.m5.large').suggestion).toBeNull();
	});

	test('length, type and spacing are checked before the shape', () => {
		const longest = `m5.${'x'.repeat(61)}`;
		expect(longest).toHaveLength(64);
		expect(errorOf(longest).reason).toContain('is not an instance size');
		expect(errorOf(`${longest}x`).reason).toMatch(/far too long/);
		expect(errorOf(42 as unknown as string).reason).toMatch(/must be text/);
		const padded = errorOf(' m5.large');
		expect(padded.reason).toMatch(/lower case with no spaces/);
		expect(padded.suggestion).toBe('m5.large');
	});

	test.each([
		['db.m5.large', /Amazon RDS DB instance class/],
		['cache.t3.micro', /ElastiCache node type/],
		['ml.m5.xlarge', /SageMaker/],
		['m5.large.search', /OpenSearch Service/],
	])('%s is another service’s name', (name, service) => {
		const error = errorOf(name);
		expect(error.message).toMatch(service);
		expect(error.message).toMatch(/not an EC2 instance type/);
	});

	test('well-formed but not offered names parse, and are told apart from real ones', () => {
		for (const name of ['m5.nano', 'm5.3xlarge', 't3.metal']) {
			expect(() => parseInstanceType(name)).not.toThrow();
			expect(isOfferedInstanceType(name)).toBe(false);
		}
		expect(isOfferedInstanceType('m5.large')).toBe(true);
		expect(isOfferedInstanceType('M5.large')).toBe(false);
	});

	test('did you mean: typos map to the closest offered name', () => {
		expect(closestOfferedNames('t3.micr')[0]).toBe('t3.micro');
		expect(closestOfferedNames('c5n.xlage')[0]).toBe('c5n.xlarge');
		expect(closestOfferedNames('m5.xxlarge')[0]).toBe('m5.2xlarge');
		// A swapped pair is one edit, so it beats a1.large (two replaced characters, earlier in the catalogue).
		expect(closestOfferedNames('5m.large')[0]).toBe('m5.large');
		expect(closestOfferedNames('t3.mciro')[0]).toBe('t3.micro');
		expect(closestOfferedNames('  M5.LARGE ')).toEqual(['m5.large']);
		expect(closestOfferedNames('completely wrong')).toEqual([]);
	});
});

describe('properties (fast-check)', () => {
	const nameLike = fc.oneof(
		fc.string(),
		fc.stringMatching(/^[a-z]{0,4}\d{0,3}[a-z-]{0,6}\.[a-z0-9-]{0,12}$/),
		fc
			.constantFrom(...offeredInstanceTypes())
			.chain((name) =>
				fc
					.tuple(fc.constant(name), fc.nat(name.length), fc.string({ maxLength: 2 }))
					.map(([n, at, insert]) => n.slice(0, at) + insert + n.slice(at + 1)),
			),
	);

	test('the parser only ever throws InstanceTypeError', () => {
		fc.assert(
			fc.property(nameLike, (name) => {
				try {
					parseInstanceType(name);
				} catch (error) {
					return error instanceof InstanceTypeError && error.message.length > 0;
				}
				return true;
			}),
			{ numRuns: 3000 },
		);
	});

	test('whatever parses round-trips: name is unchanged and rebuilds from family + size', () => {
		fc.assert(
			fc.property(nameLike, (name) => {
				let parsed;
				try {
					parsed = parseInstanceType(name);
				} catch {
					return true;
				}
				return parsed.name === name && `${parsed.family}.${parsed.size}` === name;
			}),
			{ numRuns: 3000 },
		);
	});

	test('suggestions are always offered names', () => {
		fc.assert(
			fc.property(nameLike, (name) => {
				try {
					parseInstanceType(name);
				} catch (error) {
					const suggestion = (error as InstanceTypeError).suggestion;
					return suggestion === null || isOfferedInstanceType(suggestion);
				}
				return true;
			}),
			{ numRuns: 1000 },
		);
	});
});
