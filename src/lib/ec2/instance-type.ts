/**
 * Parses an EC2 instance type name (`m5.2xlarge`, `c7i-flex.large`, `u-6tb1.metal`, `mac2-m2pro.metal`)
 * into its parts, following AWS's naming conventions:
 * https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html
 *
 *   series  generation  options (processor letter first, then capability letters)  [-suffix]  .  size
 *   m       5           d                                                                   .  2xlarge
 *   c       7           i, flex                                                    -flex       .  large
 *   p       6           —                                                          -b200       .  48xlarge
 *   u       (1)         —                                                          u-6tb1      .  metal
 *
 * Strict on purpose: only canonical lower-case names parse. Callers that accept typing (the widget) trim
 * and lower-case first and show the canonical form.
 */
import {
	CAPABILITIES,
	CATEGORY_EXCEPTIONS,
	PROCESSOR_LETTERS,
	SERIES,
	type InstanceCategory,
	type Processor,
} from './glossary';
import { closestOfferedNames } from './catalog';

export class InstanceTypeError extends Error {
	override name = 'InstanceTypeError';
	/** An offered instance type (canonical form) the reader probably meant, or null. */
	readonly suggestion: string | null;
	/** The message without the "Did you mean" sentence, for UIs that show the suggestion separately. */
	readonly reason: string;
	constructor(message: string, suggestion: string | null = null) {
		super(suggestion ? `${message} Did you mean ${suggestion}?` : message);
		this.suggestion = suggestion;
		this.reason = message;
	}
}

export interface ParsedInstanceType {
	name: string;
	/** Letters before the generation digit: m, c, r, t, hpc, inf, trn, mac, u, x, z, … */
	series: string;
	category: InstanceCategory;
	/** null only for the `mac-<chip>` form (mac-m4.metal), which has no generation number. */
	generation: number | null;
	/** From the name only: the first option letter a/g/i. null means "not in the name", not "Intel". */
	processor: Processor | null;
	/** Remaining option letters in name order (d, n, e, z, b, …) and `flex`. */
	capabilities: string[];
	/** Chip, accelerator or memory suffix that is not a capability: m2pro, b200, gb200, 12tb, 6tb — or null. */
	suffix: string | null;
	/** Everything before the dot, e.g. `c7i-flex` (the "instance family" in AWS's tables). */
	family: string;
	/** Everything after the dot, unchanged: large, 48xlarge, metal, metal-24xl, … */
	size: string;
}

const NAMED_SIZES = new Set(['nano', 'micro', 'small', 'medium', 'large', 'xlarge']);

/** Other AWS services write their node/instance classes with a prefix or suffix; say which one it is. */
const SERVICE_PREFIXES: Readonly<Record<string, string>> = {
	db: 'an Amazon RDS DB instance class',
	cache: 'an Amazon ElastiCache node type',
	ml: 'an Amazon SageMaker AI instance type',
	dax: 'an Amazon DynamoDB Accelerator (DAX) node type',
};
const SERVICE_SUFFIXES: Readonly<Record<string, string>> = {
	search: 'an Amazon OpenSearch Service instance type',
	elasticsearch: 'an Amazon OpenSearch Service (Elasticsearch) instance type',
};

function code(text: string): string {
	return `“${text}”`;
}

/** The suggestion for a malformed name: the closest offered name, if it is close enough. */
function suggestFor(name: string): string | null {
	return closestOfferedNames(name, 1)[0] ?? null;
}

function fail(message: string, input: string, suggestion?: string | null): never {
	throw new InstanceTypeError(message, suggestion === undefined ? suggestFor(input) : suggestion);
}

function checkSize(size: string, name: string): void {
	if (NAMED_SIZES.has(size) || size === 'metal') return;
	const multiple = /^(\d+)xlarge$/.exec(size);
	if (multiple) {
		const digits = multiple[1]!;
		if (digits.startsWith('0'))
			fail(
				`The size ${code(size)} has a leading zero or a zero multiplier; write ${/^0+$/.test(digits) ? 'a size such as xlarge' : `${Number(digits)}xlarge`}.`,
				name,
			);
		if (digits === '1') fail(`The size ${code(size)} is written ${code('xlarge')} — there is no 1 in front.`, name);
		return;
	}
	const metal = /^metal-(\d+)xl$/.exec(size);
	if (metal) {
		if (metal[1]!.startsWith('0') || metal[1] === '1')
			fail(`The size ${code(size)} is not a valid metal size; metal sizes look like metal or metal-24xl.`, name);
		return;
	}
	if (/^x{2,}large$/.test(size))
		fail(`Sizes above xlarge are written with a number: ${size.length - 'large'.length}xlarge, not ${size}.`, name);
	if (/^\d+(nano|micro|small|medium|large)$/.test(size))
		fail(
			`Only xlarge takes a multiplier: ${code(size)} is not a size (sizes are nano, micro, small, medium, large, xlarge, 2xlarge, … 48xlarge and metal).`,
			name,
		);
	fail(
		`${code(size)} is not an instance size. Sizes are nano, micro, small, medium, large, xlarge, a multiple such as 2xlarge or 48xlarge, or metal.`,
		name,
	);
}

function checkGeneration(digits: string, name: string): number {
	if (digits.startsWith('0'))
		fail(`The generation in ${code(name)} starts with a zero; generations are 1, 2, 3, …`, name);
	return Number(digits);
}

/** The series' category, unless one generation of it differs (m2 was memory optimized). */
function categoryOf(series: string, generation: number): InstanceCategory {
	return CATEGORY_EXCEPTIONS[`${series}${generation}`] ?? SERIES[series]!.category;
}

/** Splits option letters (after the generation) into the processor and capability letters. */
function splitOptions(options: string, name: string): { processor: Processor | null; capabilities: string[] } {
	let processor: Processor | null = null;
	const capabilities: string[] = [];
	const seen = new Set<string>();
	[...options].forEach((letter, index) => {
		if (seen.has(letter)) fail(`The option letter ${code(letter)} appears twice in ${code(name)}.`, name);
		seen.add(letter);
		if (index === 0 && PROCESSOR_LETTERS[letter]) {
			processor = PROCESSOR_LETTERS[letter]!;
			return;
		}
		if (PROCESSOR_LETTERS[letter])
			fail(
				`The processor letter ${code(letter)} must come straight after the generation number in ${code(name)}.`,
				name,
			);
		if (!CAPABILITIES[letter]) fail(`${code(letter)} is not an option letter used in EC2 instance type names.`, name);
		capabilities.push(letter);
	});
	return { processor, capabilities };
}

/** Parses a canonical instance type name. Throws InstanceTypeError (with a reason) for anything else. */
export function parseInstanceType(name: string): ParsedInstanceType {
	if (typeof name !== 'string') throw new InstanceTypeError('An instance type name must be text, such as m5.large.');
	if (name.length === 0) throw new InstanceTypeError('Type an instance type name, such as m5.large.');
	if (name.length > 64)
		throw new InstanceTypeError('That is far too long for an instance type name (they look like m5.large).');
	const canonical = name.trim().toLowerCase();
	if (canonical !== name) {
		throw new InstanceTypeError('Instance type names are written in lower case with no spaces.', suggestFor(canonical));
	}
	if (/\s/.test(name)) fail(`${code(name)} contains a space; instance type names have none.`, name);
	if (!/^[a-z0-9.-]+$/.test(name))
		fail(
			`${code(name)} contains characters that never appear in instance type names (only a–z, 0–9, “-” and one “.”).`,
			name,
		);

	const parts = name.split('.');
	const service = SERVICE_PREFIXES[parts[0]!];
	if (service && parts.length >= 3) {
		const ec2Name = parts.slice(1).join('.');
		throw new InstanceTypeError(
			`${code(name)} is ${service}, not an EC2 instance type. It runs on EC2 type ${ec2Name}.`,
			null,
		);
	}
	const suffixService = SERVICE_SUFFIXES[parts[parts.length - 1]!];
	if (suffixService && parts.length >= 3) {
		throw new InstanceTypeError(
			`${code(name)} is ${suffixService}, not an EC2 instance type. It runs on EC2 type ${parts.slice(0, -1).join('.')}.`,
			null,
		);
	}
	if (parts.length === 1)
		fail(`${code(name)} has no dot. An instance type is a family, a dot and a size, like m5.large.`, name);
	if (parts.length > 2)
		fail(`${code(name)} has more than one dot. An instance type is a family, a dot and a size, like m5.large.`, name);
	const [family, size] = parts as [string, string];
	if (family === '') fail('There is nothing before the dot: the family (such as m5 or c7g) goes there.', name, null);
	if (size === '') fail('There is nothing after the dot: the size (such as large or 2xlarge) goes there.', name, null);
	checkSize(size, name);

	// mac-<chip>: Apple silicon Mac instances named after the chip, with no generation number.
	const macChip = /^mac-(m\d+(?:pro|max|ultra)?)$/.exec(family);
	if (macChip) {
		return {
			name,
			series: 'mac',
			category: 'general-purpose',
			generation: null,
			processor: null,
			capabilities: [],
			suffix: macChip[1]!,
			family,
			size,
		};
	}
	// u-<N>tb<generation>: the first High Memory instances (u-6tb1 = 6 TiB of memory, generation 1).
	const highMemory = /^u-(\d+)tb(\d+)$/.exec(family);
	if (highMemory) {
		if (highMemory[1]!.startsWith('0')) fail(`The memory size in ${code(family)} starts with a zero.`, name);
		const generation = checkGeneration(highMemory[2]!, name);
		return {
			name,
			series: 'u',
			category: 'memory-optimized',
			generation,
			processor: null,
			capabilities: [],
			suffix: `${highMemory[1]}tb`,
			family,
			size,
		};
	}

	const match = /^([a-z]+)(\d+)([a-z]*)(?:-([a-z0-9]+))?$/.exec(family);
	if (!match) {
		if (/^[a-z]+$/.test(family))
			fail(`${code(family)} has no generation number: a family is letters then a number, like m5 or c7g.`, name);
		if (/^\d/.test(family))
			fail(`${code(family)} starts with a digit: a family starts with its series letters, like m5 or c7g.`, name);
		fail(
			`${code(family)} is not shaped like an instance family (series letters, generation number, option letters, e.g. m5, c7gn, c7i-flex).`,
			name,
		);
	}
	const [, series, generationDigits, options, suffix] = match;
	if (!SERIES[series!])
		fail(
			`${code(series!)} is not an EC2 instance series (such as m, c, r, t, i, g, p, hpc, inf, trn, mac, u, x or z).`,
			name,
		);
	const generation = checkGeneration(generationDigits!, name);
	const { processor, capabilities } = splitOptions(options!, name);

	let chipOrMemory: string | null = null;
	if (suffix !== undefined) {
		if (suffix === 'flex') capabilities.push('flex');
		else if (/^[1-9]\d*tb$/.test(suffix) && series === 'u')
			chipOrMemory = suffix; // u7i-12tb: memory size
		else if (/^m[1-9]\d*(?:pro|max|ultra)?$/.test(suffix) && series === 'mac')
			chipOrMemory = suffix; // mac2-m2pro: Apple chip
		else if (/^[a-z]{1,2}[1-9]\d{2}$/.test(suffix) && SERIES[series!]!.category === 'accelerated-computing')
			chipOrMemory = suffix; // p6-b200: GPU
		else
			fail(
				`${code(`-${suffix}`)} is not a suffix used in instance type names (suffixes are -flex, a memory size on u types, a chip on mac types, or a GPU on p types).`,
				name,
			);
	}
	return {
		name,
		series: series!,
		category: categoryOf(series!, generation),
		generation,
		processor,
		capabilities,
		suffix: chipOrMemory,
		family,
		size,
	};
}
