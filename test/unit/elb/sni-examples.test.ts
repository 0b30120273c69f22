/** The certificate examples on the ssl-tls-and-acm and sni pages. */
import { expect, test } from 'vitest';
import {
	sniCertificateLines,
	sniExamples,
	tlsCertificateLines,
	tlsExamples,
} from '../../../src/examples/load-balancing/sni-certificates';
import { explainCertificateSelection, parseCertificateLines } from '../../../src/lib/elb';

test.each(sniExamples.map((e) => [e.hostname || '(no SNI)', e.clb, e] as const))(
	'sni page: %s (CLB %s)',
	(_h, _c, example) => {
		expect(
			explainCertificateSelection(parseCertificateLines(sniCertificateLines), example.hostname, { sni: !example.clb })
				.certificateId,
		).toBe(example.expected);
	},
);
test.each(tlsExamples.map((e) => [e.hostname, e.clb, e] as const))('ssl-tls page: %s (CLB %s)', (_h, _c, example) => {
	expect(
		explainCertificateSelection(parseCertificateLines(tlsCertificateLines), example.hostname, { sni: !example.clb })
			.certificateId,
	).toBe(example.expected);
});
test('the sni page shows why: exact ECDSA certificate beats the wildcard; two labels fall back to the default', () => {
	const certs = parseCertificateLines(sniCertificateLines);
	expect(
		explainCertificateSelection(certs, 'api.myapp.com')
			.matches.filter((m) => m.kind !== 'none')
			.map((m) => [m.id, m.kind]),
	).toEqual([
		['myapp-wildcard', 'wildcard'],
		['api-exact', 'exact'],
	]);
	expect(explainCertificateSelection(certs, 'v2.api.myapp.com').reason).toBe('no-match');
	expect(explainCertificateSelection(certs, 'www.myshop.com', { sni: false })).toMatchObject({
		reason: 'clb',
		coversHostname: false,
	});
});
