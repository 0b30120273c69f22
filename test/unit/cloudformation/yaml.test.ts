/**
 * The CloudFormation YAML writer: what it writes reads back (test/unit/cloudformation/yaml-reader.ts, a
 * strict reader of the same subset) into the same data, for hand-picked awkward strings and for random
 * documents; YAML 1.1 words and digit-led strings are quoted; keys and numbers it cannot write are refused.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	CfnRef,
	deployCommand,
	ref,
	templateYaml,
	toYaml,
	yamlString,
	YamlWriteError,
	type CfnTemplate,
	type YamlMapping,
	type YamlValue,
} from '../../../src/lib/cloudformation';
import { formatCliCommand, parseCliCommand } from '../../../src/lib/cli';
import { readScalar, readYaml, YamlReadError, type ReadValue } from './yaml-reader';

/** The data as the reader gives it back: a !Ref becomes { Ref: name }. */
function expected(value: YamlValue): ReadValue {
	if (value instanceof CfnRef) return { Ref: value.name };
	if (Array.isArray(value)) return value.map(expected);
	if (value !== null && typeof value === 'object')
		return Object.fromEntries(Object.entries(value as YamlMapping).map(([k, v]) => [k, expected(v)]));
	return value as ReadValue;
}

describe('strings', () => {
	test.each([
		['traffic-port', 'traffic-port'],
		['/health', '/health'],
		['AWS::ElasticLoadBalancingV2::TargetGroup', 'AWS::ElasticLoadBalancingV2::TargetGroup'],
		['arn:aws:acm:us-east-1:111122223333:certificate/abc', 'arn:aws:acm:us-east-1:111122223333:certificate/abc'],
		['stickiness.lb_cookie.duration_seconds', 'stickiness.lb_cookie.duration_seconds'],
		['Target group with a health check', 'Target group with a health check'],
	])('%s is written plain', (text, written) => {
		expect(yamlString(text)).toBe(written);
	});

	test.each([
		// YAML 1.1 booleans and null (CloudFormation reads templates as YAML 1.1).
		'yes',
		'No',
		'ON',
		'off',
		'y',
		'N',
		'true',
		'null',
		// Numbers, dates and sexagesimal times in YAML 1.1.
		'80',
		'2010-09-09',
		'1:30',
		'0x1F',
		'.5',
		'-1',
		// Indicators and comments.
		'*.myapp.com',
		'!Ref X',
		'a: b',
		'a #b',
		'trailing ',
		'',
		"it's",
	])('%j is quoted and reads back as the same string', (text) => {
		const written = yamlString(text);
		expect(written).not.toBe(text);
		expect(readScalar(written)).toBe(text);
	});

	test('line breaks and control characters use double quotes with escapes', () => {
		expect(yamlString('a\nb')).toBe('"a\\nb"');
		expect(readScalar(yamlString('tab\there\u0007'))).toBe('tab\there\u0007');
	});
	// Found by the round-trip property: JSON.stringify leaves these raw, and YAML 1.1 breaks lines on them.
	test('U+2028, U+2029, NEL and a BOM are escaped, never written raw', () => {
		for (const char of ['\u2028', '\u2029', '\u0085', '\ufeff']) {
			const written = yamlString(` ${char} `);
			expect(written).not.toContain(char);
			expect(readScalar(written)).toBe(` ${char} `);
		}
	});
});

test('the reader refuses what it could misread, so the round trip can fail', () => {
	expect(() => readYaml('Enabled: yes\n')).toThrow(YamlReadError);
	expect(() => readYaml('Version: 2010-09-09\n')).toThrow(YamlReadError);
	expect(() => readYaml('Name: a: b\n')).toThrow(YamlReadError);
});

test('a nested document: mappings in sequences, empty collections, refs, numbers and booleans', () => {
	const document: YamlMapping = {
		Resources: {
			Listener: {
				Type: 'AWS::ElasticLoadBalancingV2::Listener',
				Properties: {
					Port: 443,
					LoadBalancerArn: ref('LoadBalancerArn'),
					Certificates: [{ CertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/x' }],
					DefaultActions: [{ Type: 'forward', TargetGroupArn: ref('Tg'), Extra: { Deep: [1, 'two', true] } }],
					Empty: {},
					None: [],
					Nothing: null,
					Ratio: 0.25,
				},
			},
		},
		List: [['a', 'b'], [], 'c'],
	};
	const yaml = toYaml(document);
	expect(yaml).toContain('      Certificates:\n        - CertificateArn: arn:aws:acm');
	expect(yaml).toContain('LoadBalancerArn: !Ref LoadBalancerArn');
	expect(readYaml(yaml)).toEqual(expected(document));
});

const RESERVED_KEY = /^(?:y|n|yes|no|true|false|on|off|null)$/i;
const keyArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,7}$/).filter((k) => !RESERVED_KEY.test(k));
const scalarArb: fc.Arbitrary<YamlValue> = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 12 }),
	fc.string({ unit: 'binary', maxLength: 8 }),
	fc.constantFrom('yes', 'off', '2010-09-09', '*', '- x', 'a: b', '#', "'", '"', ' ', '~', '80', '1e3'),
	fc.integer(),
	fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
	fc.boolean(),
	fc.constant(null),
	fc.stringMatching(/^[A-Za-z0-9]{1,8}$/).map(ref),
);
const { document: documentArb } = fc.letrec<{ value: YamlValue; document: YamlMapping }>((tie) => ({
	value: fc.oneof({ depthSize: 'small' }, scalarArb, fc.array(tie('value'), { maxLength: 4 }), tie('document')),
	document: fc.dictionary(keyArb, tie('value'), { maxKeys: 4 }) as fc.Arbitrary<YamlMapping>,
}));

test('random documents read back into the same data', () => {
	fc.assert(
		fc.property(documentArb, (document) => {
			expect(readYaml(toYaml(document))).toEqual(expected(document));
		}),
		{ numRuns: 400 },
	);
});

test('keys, logical IDs and numbers it cannot write are refused', () => {
	expect(() => toYaml({ 'a b: c': 1 })).toThrow(YamlWriteError);
	expect(() => toYaml({ 'a:b': 1 })).toThrow(YamlWriteError);
	expect(() => toYaml({ yes: 1 })).toThrow(YamlWriteError);
	expect(() => toYaml({ A: Number.NaN })).toThrow(YamlWriteError);
	expect(() => ref('Not-An-Id')).toThrow(YamlWriteError);
});

describe('templates', () => {
	const template: CfnTemplate = {
		Description: 'One target group',
		Parameters: { VpcId: { Type: 'AWS::EC2::VPC::Id', Description: 'The VPC', example: 'vpc-0123456789abcdef0' } },
		Resources: {
			TargetGroup: {
				Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
				Properties: { Port: 80, VpcId: ref('VpcId') },
			},
		},
	};

	test('sections in order, the format version a quoted string, the example left out of the template', () => {
		const yaml = templateYaml(template);
		expect(yaml.split('\n')[0]).toBe("AWSTemplateFormatVersion: '2010-09-09'");
		expect(Object.keys(readYaml(yaml))).toEqual(['AWSTemplateFormatVersion', 'Description', 'Parameters', 'Resources']);
		expect(yaml).not.toContain('vpc-0123456789abcdef0');
		expect(readYaml(yaml)['Parameters']).toEqual({ VpcId: { Type: 'AWS::EC2::VPC::Id', Description: 'The VPC' } });
	});

	test('no parameters: no Parameters section and no --parameter-overrides', () => {
		const bare = { ...template, Parameters: {} };
		expect(readYaml(templateYaml(bare))).not.toHaveProperty('Parameters');
		expect(deployCommand(bare, 's').parameters.map((p) => p.name)).toEqual(['--template-file', '--stack-name']);
	});

	test('the deploy command passes every parameter its example, and parses back', () => {
		const command = deployCommand(template, 'try-it');
		const parsed = parseCliCommand(formatCliCommand(command));
		expect(parsed).toMatchObject({ service: 'cloudformation', operation: 'deploy' });
		expect(parsed.parameters.map((p) => [p.name, p.values])).toEqual([
			['--template-file', ['template.yaml']],
			['--stack-name', ['try-it']],
			['--parameter-overrides', ['VpcId=vpc-0123456789abcdef0']],
		]);
	});
});
