/**
 * SNI certificate selection at the edges: name syntax, the tie-break order, what the explanation says.
 * AWS, "SSL certificates for your Application Load Balancer":
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/https-listener-certificates.html
 * Host-name syntax (labels of 1–63 letters, digits and hyphens, not starting or ending with a hyphen, at most
 * 253 characters): RFC 1123 §2.1 / RFC 1035 §2.3.4.
 */
import { describe, expect, test } from 'vitest';
import {
	explainCertificateSelection,
	normalizeHostname,
	parseCertificateLines,
	selectCertificate,
	SniError,
	type ListenerCertificate,
} from '../../../src/lib/elb';
import { certs } from './fixtures';

/** The error a call raises, to assert its class, path and sentence together. */
function errorOf(call: () => unknown): SniError {
	try {
		call();
	} catch (error) {
		return error as SniError;
	}
	return expect.unreachable('no error was thrown');
}
const withDomain = (domain: unknown) => () =>
	selectCertificate([{ id: 'a', domains: [domain as string], isDefault: true }]);

describe('host names', () => {
	test('normalizeHostname trims, lower-cases and drops one trailing dot', () => {
		expect(normalizeHostname('  WWW.Example.COM. ')).toBe('www.example.com');
		expect(normalizeHostname('a.com..')).toBe('a.com.');
	});
	test('labels: 1–63 characters, no hyphen at either end, no empty label; 253 characters at most', () => {
		const label63 = 'a'.repeat(63);
		expect(selectCertificate(certs, `${label63}.example.com`)).toBe('wild');
		expect(selectCertificate(certs, 'a-b.example.com')).toBe('wild');
		for (const bad of [
			`${label63}a.example.com`,
			'-a.example.com',
			'a-.example.com',
			'a..example.com',
			'example.com..',
		])
			expect(errorOf(() => selectCertificate(certs, bad)).path).toBe('serverName');
		const long = `${'a'.repeat(61)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}`;
		expect(long).toHaveLength(253);
		expect(selectCertificate(certs, long)).toBe('default');
		expect(() => selectCertificate(certs, `a${long}`)).toThrow(/not a hostname/);
	});
	test('a bad server name names the field and keeps the sentence apart', () => {
		const error = errorOf(() => selectCertificate(certs, 'bad host'));
		expect([error.name, error.path, error.reason, error.message]).toEqual([
			'SniError',
			'serverName',
			'"bad host" is not a hostname (letters, digits and hyphens between dots).',
			'serverName: "bad host" is not a hostname (letters, digits and hyphens between dots).',
		]);
	});
	test('a one-label host name is compared, and only an exact name can match it', () => {
		const list: ListenerCertificate[] = [
			{ id: 'd', domains: ['example.com'], isDefault: true },
			{ id: 'local', domains: ['intranet'] },
		];
		expect(explainCertificateSelection(list, 'intranet')).toMatchObject({ certificateId: 'local', reason: 'exact' });
		expect(explainCertificateSelection(certs, 'intranet').reason).toBe('no-match');
	});
	test('IPv6 literals are IP addresses too; whitespace alone is no SNI', () => {
		expect(explainCertificateSelection(certs, '2001:db8::1')).toMatchObject({
			reason: 'ip-literal',
			serverName: '2001:db8::1',
		});
		expect(explainCertificateSelection(certs, '   ')).toMatchObject({ reason: 'no-sni', serverName: null });
	});
});

describe('certificate list validation names the certificate', () => {
	test('shape of the list and of each certificate', () => {
		expect(errorOf(() => selectCertificate({} as ListenerCertificate[])).reason).toBe(
			'a secure listener needs at least one certificate (its default certificate).',
		);
		expect(errorOf(() => selectCertificate([certs[0]!, null as unknown as ListenerCertificate])).message).toBe(
			'certificates[1]: each certificate needs an id and a list of domain names.',
		);
		expect(errorOf(() => selectCertificate([certs[0]!, 'x' as unknown as ListenerCertificate])).path).toBe(
			'certificates[1]',
		);
		for (const id of ['', '  ', 7])
			expect(errorOf(() => selectCertificate([{ id: id as string, domains: ['a.com'], isDefault: true }])).reason).toBe(
				'each certificate needs an id (a name for it).',
			);
		expect(errorOf(() => selectCertificate([{ id: 'a', domains: [], isDefault: true }])).reason).toBe(
			'certificate "a" needs at least one domain name.',
		);
		expect(
			errorOf(() => selectCertificate([{ id: 'a', domains: 'a.com' as unknown as string[], isDefault: true }])).path,
		).toBe('certificates[0]');
		expect(errorOf(() => selectCertificate([certs[0]!, { id: 'default', domains: ['b.com'] }])).path).toBe(
			'certificates[1]',
		);
	});
	test('domain names: a wildcard only as the whole first label of a name with a dot after it', () => {
		expect(() => withDomain('*.a.com')()).not.toThrow();
		for (const domain of ['*', '*.com', '*.*.com', 'a.*', 42])
			expect(errorOf(withDomain(domain)).path).toBe('certificates[0]');
		expect(errorOf(withDomain('*.com')).reason).toBe(
			'"*.com" is not a domain name (letters, digits and hyphens between dots).',
		);
		expect(errorOf(withDomain('**.a.com')).reason).toBe(
			'"**.a.com": a wildcard must be the whole leftmost label, as in *.example.com.',
		);
	});
	test('key length: a positive whole number of bits', () => {
		for (const keyBits of [0, -256, 2048.5])
			expect(errorOf(() => selectCertificate([{ id: 'a', domains: ['a.com'], isDefault: true, keyBits }])).reason).toBe(
				'certificate "a": key length must be a positive whole number of bits.',
			);
		expect(selectCertificate([{ id: 'a', domains: ['a.com'], isDefault: true, keyBits: 1 }], 'a.com')).toBe('a');
	});
});

describe('tie-break between equally specific matches', () => {
	const tie = (extra: ListenerCertificate[], host = 'a.example.com') =>
		selectCertificate([{ id: 'd', domains: ['d.example.org'], isDefault: true }, ...extra], host);
	test('a key length beats an unknown one; a known expiry beats an unknown one', () => {
		expect(
			tie([
				{ id: 'x', domains: ['a.example.com'] },
				{ id: 'y', domains: ['a.example.com'], keyBits: 1024 },
			]),
		).toBe('y');
		expect(
			tie([
				{ id: 'x', domains: ['a.example.com'] },
				{ id: 'y', domains: ['a.example.com'], notAfter: '2027-01-01' },
			]),
		).toBe('y');
	});
	test('the algorithm outranks the hash, the hash outranks the key length, the key outranks the expiry', () => {
		const host = 'a.example.com';
		expect(
			tie([
				{ id: 'rsa-sha', domains: [host], keyAlgorithm: 'RSA' },
				{ id: 'ec-md5', domains: [host], keyAlgorithm: 'ECDSA', signatureHash: 'MD5' },
			]),
		).toBe('ec-md5');
		expect(
			tie([
				{ id: 'md5-long', domains: [host], signatureHash: 'MD5', keyBits: 4096 },
				{ id: 'sha-short', domains: [host], signatureHash: 'SHA', keyBits: 2048 },
			]),
		).toBe('sha-short');
		expect(
			tie([
				{ id: 'short-late', domains: [host], keyBits: 2048, notAfter: '2030-01-01' },
				{ id: 'long-soon', domains: [host], keyBits: 4096, notAfter: '2027-01-01' },
			]),
		).toBe('long-soon');
	});
	test('identical certificates: the id decides, whatever the order', () => {
		expect(
			tie([
				{ id: 'b', domains: ['a.example.com'] },
				{ id: 'a', domains: ['a.example.com'] },
			]),
		).toBe('a');
		expect(
			tie([
				{ id: 'a', domains: ['a.example.com'] },
				{ id: 'b', domains: ['a.example.com'] },
			]),
		).toBe('a');
	});
	test('several wildcards tie-break the same way', () => {
		expect(
			explainCertificateSelection(
				[
					{ id: 'd', domains: ['d.example.org'], isDefault: true },
					{ id: 'w-rsa', domains: ['*.example.com'], keyAlgorithm: 'RSA' },
					{ id: 'w-ec', domains: ['*.example.com'], keyAlgorithm: 'ECDSA' },
				],
				'a.example.com',
			),
		).toMatchObject({ certificateId: 'w-ec', reason: 'wildcard' });
	});
});

describe('what the selection reports', () => {
	test('every certificate, in order, with how it compares to the host', () => {
		const result = explainCertificateSelection(certs, 'www.example.com');
		expect(result).toEqual({
			certificateId: 'www',
			reason: 'exact',
			serverName: 'www.example.com',
			explanation:
				'"www" is the only certificate that matches www.example.com exactly. An exact name beats the wildcard *.example.com.',
			matches: [
				{
					id: 'default',
					isDefault: true,
					kind: 'none',
					usable: true,
					chosen: false,
					note: 'no name covers www.example.com',
				},
				{
					id: 'wild',
					isDefault: false,
					kind: 'wildcard',
					matchedName: '*.example.com',
					usable: true,
					chosen: false,
					note: 'wildcard *.example.com covers one label of www.example.com',
				},
				{
					id: 'www',
					isDefault: false,
					kind: 'exact',
					matchedName: 'www.example.com',
					usable: true,
					chosen: true,
					note: 'exact match on www.example.com',
				},
			],
		});
	});
	test('a wildcard choice, and several candidates, are explained', () => {
		expect(explainCertificateSelection(certs, 'api.example.com').explanation).toBe(
			'"wild" is the only certificate that matches api.example.com by wildcard.',
		);
		const two: ListenerCertificate[] = [
			{ id: 'd', domains: ['example.com'], isDefault: true },
			{ id: 'a', domains: ['a.example.com'], keyBits: 2048 },
			{ id: 'b', domains: ['a.example.com'], keyBits: 4096 },
		];
		expect(explainCertificateSelection(two, 'a.example.com').explanation).toBe(
			'2 certificates match a.example.com exactly; "b" wins on AWS\'s tie-break (ECDSA over RSA, SHA over MD5, longest key, longest validity).',
		);
	});
	test('no hostname: nothing is compared', () => {
		const result = explainCertificateSelection(certs);
		expect(result.matches.map((m) => [m.kind, m.note, m.chosen])).toEqual([
			['none', 'not compared (no hostname)', true],
			['none', 'not compared (no hostname)', false],
			['none', 'not compared (no hostname)', false],
		]);
		expect(result.explanation).toBe(
			'The client sent no SNI hostname, so the listener presents its default certificate, "default".',
		);
		expect('coversHostname' in result).toBe(false);
	});
	test('a client without ECDSA: the ECDSA certificate is marked unusable and skipped', () => {
		const list: ListenerCertificate[] = [
			{ id: 'd', domains: ['x.org'], isDefault: true },
			{ id: 'ec', domains: ['a.example.com'], keyAlgorithm: 'ECDSA' },
		];
		const result = explainCertificateSelection(list, 'a.example.com', { clientSupportsEcdsa: false });
		expect(result).toMatchObject({ certificateId: 'd', reason: 'no-match' });
		expect(result.matches[1]).toMatchObject({
			kind: 'exact',
			usable: false,
			note: "exact match on a.example.com; the client can't use an ECDSA certificate",
		});
		expect(explainCertificateSelection(list, 'a.example.com', { clientSupportsEcdsa: true }).certificateId).toBe('ec');
	});
	test('Classic Load Balancer: covered, not covered, or no hostname at all', () => {
		expect(explainCertificateSelection(certs, 'example.com', { sni: false }).explanation).toBe(
			'A Classic Load Balancer has no SNI: the listener presents its one certificate, "default", to every client. It covers example.com, so the browser accepts it.',
		);
		expect(explainCertificateSelection(certs, undefined, { sni: false })).toMatchObject({
			reason: 'clb',
			coversHostname: false,
			explanation:
				'A Classic Load Balancer has no SNI: the listener presents its one certificate, "default", to every client. No hostname to check.',
		});
		expect(explainCertificateSelection(certs, 'www.example.com', { sni: true }).certificateId).toBe('www');
	});
	test('no match and IP literal explanations name the default certificate', () => {
		expect(explainCertificateSelection(certs, 'other.org').explanation).toBe(
			'No certificate in the list matches other.org, so the listener presents its default certificate, "default" (the browser will warn if it does not cover other.org).',
		);
		expect(explainCertificateSelection(certs, '192.0.2.1').explanation).toMatch(
			/gets the default certificate, "default"/,
		);
	});
});

describe('certificate lines', () => {
	test('flags in any case, spaces inside brackets, CRLF line ends', () => {
		expect(
			parseCertificateLines('a: a.com [ Default ] [rsa-2048]\r\nb:b.com,c.com [ecdsa-256] [md5] [EXPIRES 2027-01-31]'),
		).toEqual([
			{ id: 'a', domains: ['a.com'], isDefault: true, keyAlgorithm: 'RSA', keyBits: 2048 },
			{
				id: 'b',
				domains: ['b.com', 'c.com'],
				keyAlgorithm: 'ECDSA',
				keyBits: 256,
				signatureHash: 'MD5',
				notAfter: '2027-01-31',
			},
		]);
	});
	test('a flag must be exactly one of the known ones', () => {
		for (const flag of [
			'defaults',
			'RSA-2048x',
			'xRSA-2048',
			'RSA-',
			'md5x',
			'expires 2027-1-31',
			'expires 2027-01-31x',
		])
			expect(errorOf(() => parseCertificateLines(`a: a.com [default] [${flag}]`)).reason).toMatch(/^unknown flag/);
	});
	test('the id comes before a colon; the list must have one default', () => {
		expect(errorOf(() => parseCertificateLines(': a.com [default]')).message).toBe(
			'line 1: write a certificate as "id: example.com, www.example.com [default]".',
		);
		expect(() => parseCertificateLines('a: a.com')).toThrow(/mark one certificate as the default/);
		expect(() => parseCertificateLines('\n\n')).toThrow(/at least one certificate/);
	});
});
