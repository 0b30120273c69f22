/** The instance-type decoder on /ec2/instance-types/: its starting name and the presets under it. */
export const decoderExample = {
	/** The name from the notes (written M5.2xlarge there; instance types are lower case). */
	initial: 'm5.2xlarge',
	/** One button per odd form, so a learner sees every shape of name. */
	presets: [
		'm5.2xlarge',
		'c5n.xlarge',
		'm7g.medium',
		'r6idn.metal',
		'c7i-flex.large',
		'u-12tb1.112xlarge',
		'mac2-m2pro.metal',
		'p6-b200.48xlarge',
	],
	/** Near misses the page mentions, with the suggestion the decoder gives. */
	typos: [
		{ input: 'm5.xxlarge', suggestion: 'm5.2xlarge' },
		{ input: 'c5nxlarge', suggestion: 'c5n.xlarge' },
		{ input: 't3.micr', suggestion: 't3.micro' },
	],
	/** Well-formed names EC2 does not offer. */
	notOffered: ['m5.nano', 'm5.3xlarge'],
} as const;
