/**
 * Fuzzes every text parser a widget feeds with reader input (see ./fuzz.ts for the contract). Each
 * parser is imported from its module's public index.ts. Invariants check the returned value against
 * the input, so "returned something" is not enough.
 */
import { describe, expect, test } from 'vitest';
import { credentialReportSampleCsv } from '../../../src/examples/iam/credential-report-sample';
import {
	CREDENTIAL_REPORT_COLUMNS,
	CredentialReportError,
	parseAccessKeyId,
	AccessKeyIdError,
	parseCliCommand,
	CliCommandError,
	parseCredentialReport,
} from '../../../src/lib/credentials';
import { BillingInputError, InstanceTypeError, parseDurations, parseInstanceType } from '../../../src/lib/ec2';
import {
	AlbRuleError,
	MatcherError,
	matchesSuccessCode,
	parseListenerJson,
	parseMatcher,
	parseProbeSequence,
	parseStickinessScript,
	parseXForwardedFor,
	ForwardedHeaderError,
	parseCertificateLines,
	ProbeSequenceError,
	SniError,
	StickinessError,
} from '../../../src/lib/elb';
import { parsePolicy, PolicyParseError, parseArn, ArnParseError } from '../../../src/lib/iam';
import { base32Decode, base32Encode, Base32Error, parseOtpauthUri, OtpauthUriError } from '../../../src/lib/mfa';
import { CidrError, parseCidr, parseIp } from '../../../src/lib/network';
import { fuzzParser } from './fuzz';

const policySeed = JSON.stringify(
	{
		Version: '2012-10-17',
		Statement: [
			{ Sid: 'Describe', Effect: 'Allow', Action: ['ec2:Describe*', 'elasticloadbalancing:Describe*'], Resource: '*' },
			{
				Effect: 'Deny',
				NotAction: 's3:GetObject',
				Resource: 'arn:aws:s3:::example-bucket/*',
				Condition: { Bool: { 'aws:SecureTransport': 'false' } },
			},
		],
	},
	null,
	2,
);

describe('fuzzing the parsers that read reader input', () => {
	test('iam.parsePolicy: policy JSON', () => {
		fuzzParser({
			name: 'iam.parsePolicy',
			parse: parsePolicy,
			errorClass: PolicyParseError,
			seeds: [policySeed, '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}'],
			invariant: (document) => {
				expect(Array.isArray(document.statements)).toBe(true);
				expect(document.statements.length).toBeGreaterThan(0);
				for (const statement of document.statements) expect(['Allow', 'Deny']).toContain(statement.effect);
			},
		});
	});

	test('iam.parseArn', () => {
		fuzzParser({
			name: 'iam.parseArn',
			parse: parseArn,
			errorClass: ArnParseError,
			seeds: [
				'arn:aws:s3:::example-bucket/*',
				'arn:aws:iam::123456789012:user/Alice',
				'arn:aws-cn:ec2:cn-north-1:123456789012:instance/i-0abc',
			],
			invariant: (_arn, input) =>
				input.startsWith('arn:')
					? undefined
					: `accepted ${JSON.stringify(input.slice(0, 40))}, which does not start with arn:`,
		});
	});

	test('ec2.parseInstanceType', () => {
		fuzzParser({
			name: 'ec2.parseInstanceType',
			parse: parseInstanceType,
			errorClass: InstanceTypeError,
			seeds: [
				'm5.2xlarge',
				'c7gn.16xlarge',
				'c5n.xlarge',
				't3.micro',
				'u-6tb1.metal',
				'mac-m4.metal',
				'c7i-flex.large',
				'p5.48xlarge',
			],
			invariant: (parsed) => {
				expect(parsed.family.length).toBeGreaterThan(0);
				expect(parsed.size.length).toBeGreaterThan(0);
				expect(parsed.name.toLowerCase()).toContain(parsed.size);
				if (parsed.generation !== null) expect(Number.isInteger(parsed.generation) && parsed.generation > 0).toBe(true);
			},
		});
	});

	test('network.parseCidr and parseIp', () => {
		const cidrInvariant = (cidr: ReturnType<typeof parseCidr>) => {
			const max = cidr.version === 4 ? 32 : 128;
			expect(Number.isInteger(cidr.prefix) && cidr.prefix >= 0 && cidr.prefix <= max).toBe(true);
			expect(cidr.size).toBe(2n ** BigInt(max - cidr.prefix));
			// Canonical output parses back to itself.
			expect(parseCidr(`${cidr.network}/${cidr.prefix}`).network).toBe(cidr.network);
		};
		fuzzParser({
			name: 'network.parseCidr',
			parse: (text) => parseCidr(text),
			errorClass: CidrError,
			invariant: cidrInvariant,
			seeds: ['0.0.0.0/0', '10.0.0.0/16', '122.149.196.85/32', '::/0', '2001:db8::/32', '192.168.1.7/24'],
		});
		fuzzParser({
			name: 'network.parseCidr (strict)',
			parse: (text) => parseCidr(text, { strict: true }),
			errorClass: CidrError,
			invariant: cidrInvariant,
			seeds: ['10.0.0.0/16', '2001:db8::/32'],
			numRuns: 200,
		});
		fuzzParser({
			name: 'network.parseIp',
			parse: parseIp,
			errorClass: CidrError,
			seeds: ['10.0.0.1', '255.255.255.255', '::1', 'fe80::1'],
			invariant: (ip) => {
				expect([4, 6]).toContain(ip.version);
			},
		});
	});

	test('elb.matchesSuccessCode / parseMatcher: health-check success codes', () => {
		fuzzParser({
			name: 'elb.parseMatcher',
			parse: (text) => parseMatcher(text),
			errorClass: MatcherError,
			seeds: ['200', '200,202', '200-299', '200-299, 301'],
			invariant: (ranges) => {
				expect(ranges.length).toBeGreaterThan(0);
				for (const { from, to } of ranges) expect(from >= 200 && from <= to && to <= 499).toBe(true);
			},
		});
		fuzzParser({
			name: 'elb.matchesSuccessCode',
			parse: (text) => matchesSuccessCode(text, 200),
			errorClass: MatcherError,
			seeds: ['200', '200-299', '301,302'],
			invariant: (ok, input) => {
				expect(ok).toBe(parseMatcher(input).some((r) => r.from <= 200 && 200 <= r.to));
			},
			numRuns: 200,
		});
	});

	test('elb.parseXForwardedFor and parseCertificateLines', () => {
		fuzzParser({
			name: 'elb.parseXForwardedFor',
			parse: parseXForwardedFor,
			errorClass: ForwardedHeaderError,
			seeds: ['203.0.113.7', '203.0.113.7, 10.0.0.5', '2001:db8::1, 198.51.100.2'],
			numRuns: 200,
			invariant: (entries) => {
				expect(Array.isArray(entries)).toBe(true);
			},
		});
		fuzzParser({
			name: 'elb.parseCertificateLines',
			parse: parseCertificateLines,
			errorClass: SniError,
			seeds: ['example.com\n*.example.com', 'www.example.org'],
			numRuns: 200,
			invariant: (certs) => {
				expect(Array.isArray(certs)).toBe(true);
			},
		});
	});

	test('credentials.parseCredentialReport: credential report CSV', () => {
		fuzzParser({
			name: 'credentials.parseCredentialReport',
			parse: parseCredentialReport,
			errorClass: CredentialReportError,
			seeds: [credentialReportSampleCsv, `${CREDENTIAL_REPORT_COLUMNS.join(',')}\n`],
			invariant: (users, input) => {
				expect(users.length).toBeLessThanOrEqual(input.split('\n').length);
				for (const user of users) {
					expect(typeof user.user).toBe('string');
					expect(user.line).toBeGreaterThan(1);
					expect(Number.isNaN(user.created.getTime())).toBe(false);
				}
			},
			numRuns: 300,
		});
	});

	test('credentials.parseAccessKeyId and parseCliCommand', () => {
		fuzzParser({
			name: 'credentials.parseAccessKeyId',
			parse: parseAccessKeyId,
			errorClass: AccessKeyIdError,
			seeds: ['AKIAIOSFODNN7EXAMPLE', 'ASIAIOSFODNN7EXAMPLE'],
			numRuns: 200,
		});
		fuzzParser({
			name: 'credentials.parseCliCommand',
			parse: parseCliCommand,
			errorClass: CliCommandError,
			seeds: [
				'aws s3 ls',
				'aws ec2 describe-instances --region eu-west-1 --output json',
				'aws iam list-users --profile "dev team"',
			],
			numRuns: 200,
		});
	});

	test('mfa.base32Decode and parseOtpauthUri', () => {
		fuzzParser({
			name: 'mfa.base32Decode',
			parse: base32Decode,
			errorClass: Base32Error,
			seeds: ['JBSWY3DPEHPK3PXP', 'GEZD GNBV GY3T QOJQ', 'MFRGG==='],
			invariant: (bytes, input) => {
				expect(bytes).toBeInstanceOf(Uint8Array);
				const cleaned = input.replace(/[\s-]/g, '').replace(/=+$/, '');
				// Every 8 bits typed become one byte; leftover bits (< 8) are dropped, as RFC 4648 decoders do.
				expect(bytes.length).toBe(Math.floor((cleaned.length * 5) / 8));
				if (bytes.length > 0) expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
			},
		});
		fuzzParser({
			name: 'mfa.parseOtpauthUri',
			parse: parseOtpauthUri,
			errorClass: OtpauthUriError,
			seeds: ['otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example'],
			numRuns: 200,
		});
	});

	test('elb: health-check probe sequences, stickiness scripts, listener JSON', () => {
		fuzzParser({
			name: 'elb.parseProbeSequence',
			parse: parseProbeSequence,
			errorClass: ProbeSequenceError,
			seeds: ['200, 200, 503, timeout, refused, 200@7'],
			numRuns: 200,
			invariant: (probes) => {
				expect(Array.isArray(probes)).toBe(true);
			},
		});
		fuzzParser({
			name: 'elb.parseStickinessScript',
			parse: parseStickinessScript,
			errorClass: StickinessError,
			seeds: ['0 alice 198.51.100.7\n5 bob 198.51.100.7 no-cookies\n30 target-2 down\n60 target-2 up'],
			numRuns: 200,
			invariant: (events) => {
				expect(Array.isArray(events)).toBe(true);
			},
		});
		fuzzParser({
			name: 'elb.parseListenerJson',
			parse: parseListenerJson,
			errorClass: AlbRuleError,
			seeds: ['{"rules":[]}'],
			numRuns: 200,
		});
	});

	// Found by this fuzzer: a 400-digit number of seconds used to come back as Infinity.
	test('ec2.parseDurations: billed run times', () => {
		fuzzParser({
			name: 'ec2.parseDurations',
			parse: parseDurations,
			errorClass: BillingInputError,
			seeds: ['45s', '61', '1m 30s', '2h', '1h5m3s', '45s, 2h\n90'],
			numRuns: 300,
			invariant: (seconds) => {
				for (const s of seconds) expect(Number.isFinite(s) && s >= 0).toBe(true);
			},
		});
	});
});
