/**
 * What the parts of an instance type name mean, per AWS's naming conventions:
 * https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html
 * and the category pages of the Instance Types guide (general purpose, compute optimized, …).
 *
 * Previous-generation series (cc, cg, cr, hi, hs, m2) are categorised as in AWS's previous-generation
 * table (https://aws.amazon.com/ec2/previous-generation/): m2 and cr1 are memory optimized, cc2 compute
 * optimized, hs1 storage optimized, g2 GPU (accelerated). cc1, cg1 and hi1 are not in that table; they are
 * placed by what their names stood for (Cluster Compute, Cluster GPU, High I/O).
 */

export const CATEGORIES = [
	'general-purpose',
	'compute-optimized',
	'memory-optimized',
	'storage-optimized',
	'accelerated-computing',
	'hpc-optimized',
] as const;
export type InstanceCategory = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<InstanceCategory, string> = {
	'general-purpose': 'General purpose',
	'compute-optimized': 'Compute optimized',
	'memory-optimized': 'Memory optimized',
	'storage-optimized': 'Storage optimized',
	'accelerated-computing': 'Accelerated computing',
	'hpc-optimized': 'HPC optimized',
};

export interface SeriesInfo {
	category: InstanceCategory;
	/** What the letters stand for, as a learner would say it. */
	meaning: string;
}

/** Every series (letters before the generation digit) that appears in a real EC2 instance type name. */
export const SERIES: Readonly<Record<string, SeriesInfo>> = {
	a: { category: 'general-purpose', meaning: 'Arm-based general purpose (the first AWS Graviton instances)' },
	c: { category: 'compute-optimized', meaning: 'Compute optimized' },
	cc: { category: 'compute-optimized', meaning: 'Cluster Compute (previous generation)' },
	cg: { category: 'accelerated-computing', meaning: 'Cluster GPU (previous generation)' },
	cr: { category: 'memory-optimized', meaning: 'High-memory cluster (previous generation)' },
	d: { category: 'storage-optimized', meaning: 'Dense storage (HDD instance store)' },
	dl: { category: 'accelerated-computing', meaning: 'Deep learning accelerators' },
	f: { category: 'accelerated-computing', meaning: 'FPGA' },
	g: { category: 'accelerated-computing', meaning: 'Graphics intensive (GPU)' },
	gr: { category: 'accelerated-computing', meaning: 'Graphics intensive (GPU) with more memory per vCPU' },
	h: { category: 'storage-optimized', meaning: 'HDD-based storage with high throughput' },
	hi: { category: 'storage-optimized', meaning: 'High I/O (previous generation)' },
	hpc: { category: 'hpc-optimized', meaning: 'High performance computing' },
	hs: { category: 'storage-optimized', meaning: 'High storage (previous generation)' },
	i: { category: 'storage-optimized', meaning: 'Storage optimized (fast local NVMe instance store)' },
	im: { category: 'storage-optimized', meaning: 'Storage optimized, 1 vCPU : 4 GiB memory' },
	inf: { category: 'accelerated-computing', meaning: 'AWS Inferentia (machine-learning inference chips)' },
	is: { category: 'storage-optimized', meaning: 'Storage optimized, 1 vCPU : 6 GiB memory' },
	m: { category: 'general-purpose', meaning: 'General purpose' },
	mac: { category: 'general-purpose', meaning: 'macOS on Apple Mac hardware' },
	p: { category: 'accelerated-computing', meaning: 'GPU accelerated (machine learning, HPC)' },
	r: { category: 'memory-optimized', meaning: 'Memory optimized' },
	t: { category: 'general-purpose', meaning: 'Burstable performance (CPU credits)' },
	trn: { category: 'accelerated-computing', meaning: 'AWS Trainium (machine-learning training chips)' },
	u: { category: 'memory-optimized', meaning: 'High memory (several TiB of RAM)' },
	vt: { category: 'accelerated-computing', meaning: 'Video transcoding' },
	x: { category: 'memory-optimized', meaning: 'Memory intensive' },
	z: { category: 'memory-optimized', meaning: 'High CPU frequency and high memory' },
};

/**
 * Families whose category differs from their series. AWS lists m2 under memory optimized in its
 * previous-generation table (the M2 "high-memory" instances), not under general purpose.
 */
export const CATEGORY_EXCEPTIONS: Readonly<Record<string, InstanceCategory>> = {
	m2: 'memory-optimized',
};

export type Processor = 'amd' | 'graviton' | 'intel';
export const PROCESSOR_LETTERS: Readonly<Record<string, Processor>> = { a: 'amd', g: 'graviton', i: 'intel' };
export const PROCESSOR_LABELS: Record<Processor, string> = {
	amd: 'AMD processor',
	graviton: 'AWS Graviton processor (Arm)',
	intel: 'Intel processor',
};

/**
 * Option letters after the generation (besides the processor letter) and their meaning. Letters marked
 * `documented: false` occur in real names but are not in AWS's naming-conventions list.
 */
export const CAPABILITIES: Readonly<Record<string, { meaning: string; documented: boolean }>> = {
	b: { meaning: 'Block storage (EBS) optimization', documented: true },
	d: { meaning: 'Instance store volumes (local disks on the host)', documented: true },
	e: { meaning: 'Extra storage or memory (extra GPU memory on accelerated types)', documented: true },
	flex: {
		meaning:
			'Flex instance: most of the performance at a lower price, for workloads that do not use all the CPU all the time',
		documented: true,
	},
	n: { meaning: 'Network and EBS optimized (higher network bandwidth)', documented: true },
	q: { meaning: 'Qualcomm inference accelerators', documented: true },
	z: { meaning: 'High CPU frequency', documented: true },
	f: {
		meaning: 'Not in AWS’s naming-conventions list (used by g6f/gr6f, which offer fractions of a GPU)',
		documented: false,
	},
	h: { meaning: 'Not in AWS’s naming-conventions list — see the family’s own page', documented: false },
	s: { meaning: 'Not in AWS’s naming-conventions list (g3s is a smaller G3 size)', documented: false },
	u: { meaning: 'Not in AWS’s naming-conventions list (trn2u is the Trn2 UltraServer variant)', documented: false },
};

/** Anchors on AWS's instance-types pages, so the decoder can link to the family's category page. */
export const CATEGORY_DOC_URLS: Record<InstanceCategory, string> = {
	'general-purpose': 'https://docs.aws.amazon.com/ec2/latest/instancetypes/gp.html',
	'compute-optimized': 'https://docs.aws.amazon.com/ec2/latest/instancetypes/co.html',
	'memory-optimized': 'https://docs.aws.amazon.com/ec2/latest/instancetypes/mo.html',
	'storage-optimized': 'https://docs.aws.amazon.com/ec2/latest/instancetypes/so.html',
	'accelerated-computing': 'https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html',
	'hpc-optimized': 'https://docs.aws.amazon.com/ec2/latest/instancetypes/hpc.html',
};
