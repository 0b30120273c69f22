/**
 * SNI certificate selection. AWS, "SSL certificates for your Application Load Balancer":
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/https-listener-certificates.html
 * (default certificate, certificate list, smart certificate selection, wildcard = one label).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	explainCertificateSelection,
	parseCertificateLines,
	selectCertificate,
	SniError,
	type ListenerCertificate,
} from '../../../src/lib/elb';
import { certs } from './fixtures';

describe('documented behaviour', () => {
	test('no SNI → default certificate', () => {
		expect(selectCertificate(certs)).toBe('default');
		expect(selectCertificate(certs, '')).toBe('default');
		expect(explainCertificateSelection(certs).reason).toBe('no-sni');
	});
	test('no matching certificate → default', () => {
		expect(selectCertificate(certs, 'other.org')).toBe('default');
		expect(explainCertificateSelection(certs, 'other.org').reason).toBe('no-match');
	});
	test('*.example.com protects corp.example.com and images.example.com, not test.login.example.com nor example.com', () => {
		expect(selectCertificate(certs, 'corp.example.com')).toBe('wild');
		expect(selectCertificate(certs, 'images.example.com')).toBe('wild');
		expect(selectCertificate(certs, 'test.login.example.com')).toBe('default');
		expect(explainCertificateSelection(certs, 'example.com').matches.find((m) => m.id === 'wild')?.kind).toBe('none');
	});
	test('exact name beats a wildcard; names compare case-insensitively; trailing dot ignored', () => {
		expect(selectCertificate(certs, 'www.example.com')).toBe('www');
		expect(selectCertificate(certs, 'WWW.Example.COM.')).toBe('www');
	});
	test('several matches: ECDSA over RSA, then SHA over MD5, then the longest key, then validity', () => {
		const tie = (extra: ListenerCertificate[]) =>
			selectCertificate([{ id: 'd', domains: ['d.example.org'], isDefault: true }, ...extra], 'a.example.com');
		expect(
			tie([
				{ id: 'rsa', domains: ['a.example.com'], keyAlgorithm: 'RSA', keyBits: 4096 },
				{ id: 'ec', domains: ['a.example.com'], keyAlgorithm: 'ECDSA', keyBits: 256 },
			]),
		).toBe('ec');
		expect(
			tie([
				{ id: 'md5', domains: ['a.example.com'], signatureHash: 'MD5', keyBits: 4096 },
				{ id: 'sha', domains: ['a.example.com'], keyBits: 2048 },
			]),
		).toBe('sha');
		expect(
			tie([
				{ id: 'short', domains: ['a.example.com'], keyBits: 2048 },
				{ id: 'long', domains: ['a.example.com'], keyBits: 3072 },
			]),
		).toBe('long');
		expect(
			tie([
				{ id: 'soon', domains: ['a.example.com'], notAfter: '2026-01-01' },
				{ id: 'later', domains: ['a.example.com'], notAfter: '2027-01-01' },
			]),
		).toBe('later');
	});
	test('"the best certificate that the client can support": no ECDSA for a client without it', () => {
		const list: ListenerCertificate[] = [
			{ id: 'd', domains: ['x.org'], isDefault: true },
			{ id: 'ec', domains: ['a.example.com'], keyAlgorithm: 'ECDSA' },
			{ id: 'rsa', domains: ['*.example.com'], keyAlgorithm: 'RSA' },
		];
		expect(selectCertificate(list, 'a.example.com')).toBe('ec');
		expect(selectCertificate(list, 'a.example.com', { clientSupportsEcdsa: false })).toBe('rsa');
	});
	test('an IP literal is never sent as SNI (RFC 6066) → default', () => {
		expect(explainCertificateSelection(certs, '192.0.2.1')).toMatchObject({
			certificateId: 'default',
			reason: 'ip-literal',
		});
	});
	test('Classic Load Balancer: no SNI, the one certificate for everyone; says whether it covers the host', () => {
		expect(explainCertificateSelection(certs, 'www.example.com', { sni: false })).toMatchObject({
			certificateId: 'default',
			reason: 'clb',
			coversHostname: false,
		});
		expect(explainCertificateSelection(certs, 'example.com', { sni: false }).coversHostname).toBe(true);
	});
});

describe('bad input', () => {
	test('exactly one default certificate', () => {
		expect(() => selectCertificate([{ id: 'a', domains: ['a.com'] }], 'a.com')).toThrow(
			/mark one certificate as the default/,
		);
		expect(() =>
			selectCertificate([
				{ id: 'a', domains: ['a.com'], isDefault: true },
				{ id: 'b', domains: ['b.com'], isDefault: true },
			]),
		).toThrow(/2 certificates are marked default/);
		expect(() => selectCertificate([])).toThrow(SniError);
	});
	test('wildcards only as the whole leftmost label; valid names only', () => {
		expect(() => selectCertificate([{ id: 'a', domains: ['www.*.com'], isDefault: true }])).toThrow(/leftmost label/);
		expect(() => selectCertificate([{ id: 'a', domains: ['w*.example.com'], isDefault: true }])).toThrow(
			/leftmost label/,
		);
		expect(() => selectCertificate([{ id: 'a', domains: ['bad_name.com'], isDefault: true }])).toThrow(
			/not a domain name/,
		);
		expect(() => selectCertificate(certs, 'bad host')).toThrow(/not a hostname/);
	});
	test('duplicate ids', () => {
		expect(() =>
			selectCertificate([
				{ id: 'a', domains: ['a.com'], isDefault: true },
				{ id: 'a', domains: ['b.com'] },
			]),
		).toThrow(/two certificates are called "a"/);
	});
	test('certificate lines: flags and errors name the line', () => {
		expect(
			parseCertificateLines('a: a.com, www.a.com [default] [ECDSA-384] [expires 2027-01-31]\n\nb: *.a.com [MD5]'),
		).toEqual([
			{
				id: 'a',
				domains: ['a.com', 'www.a.com'],
				isDefault: true,
				keyAlgorithm: 'ECDSA',
				keyBits: 384,
				notAfter: '2027-01-31',
			},
			{ id: 'b', domains: ['*.a.com'], signatureHash: 'MD5' },
		]);
		expect(() => parseCertificateLines('a a.com')).toThrow(/line 1/);
		expect(() => parseCertificateLines('a: a.com [default]\nb: b.com [gold]')).toThrow(/line 2: unknown flag \[gold\]/);
		expect(() => parseCertificateLines('a: [default]')).toThrow(/needs at least one domain/);
	});
});

describe('properties', () => {
	const names = [
		'a.example.com',
		'b.example.com',
		'*.example.com',
		'example.com',
		'x.y.example.com',
		'*.y.example.com',
		'other.org',
	];
	const certArb = fc.record({
		domains: fc.subarray(names, { minLength: 1, maxLength: 3 }),
		keyAlgorithm: fc.constantFrom('RSA' as const, 'ECDSA' as const),
		keyBits: fc.constantFrom(256, 384, 2048, 4096),
	});
	const listArb = fc
		.array(certArb, { minLength: 1, maxLength: 6 })
		.map((list) =>
			list.map((c, i): ListenerCertificate => ({ id: `c${i}`, ...c, ...(i === 0 ? { isDefault: true } : {}) })),
		);
	const hostArb = fc.constantFrom(
		'',
		'a.example.com',
		'B.example.com',
		'example.com',
		'x.y.example.com',
		'z.y.example.com',
		'q.other.org',
		'other.org',
	);

	test('the choice does not depend on the order of the certificate list', () => {
		fc.assert(
			fc.property(listArb, hostArb, fc.func(fc.integer()), (list, host, key) => {
				const shuffled = [...list].sort((a, b) => key(a.id) - key(b.id) || a.id.localeCompare(b.id));
				expect(selectCertificate(shuffled, host)).toBe(selectCertificate(list, host));
			}),
		);
	});
	test('the chosen certificate covers the host, or is the default', () => {
		fc.assert(
			fc.property(listArb, hostArb, (list, host) => {
				const result = explainCertificateSelection(list, host);
				const chosen = result.matches.find((m) => m.chosen);
				expect(chosen?.kind !== 'none' || chosen.isDefault).toBe(true);
				if (result.matches.some((m) => m.kind === 'exact')) expect(chosen?.kind).toBe('exact');
			}),
		);
	});
	test('parseCertificateLines throws only SniError', () => {
		fc.assert(
			fc.property(fc.string(), (text) => {
				try {
					parseCertificateLines(text);
				} catch (error) {
					expect(error).toBeInstanceOf(SniError);
				}
			}),
		);
	});
});
