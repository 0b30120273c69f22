/**
 * Certificate-selection examples for the SNI and SSL/TLS pages. Certificates are typed one per line in
 * the widget's format (see parseCertificateLines); each example lists what the page says happens, and
 * test/unit/elb/sni-examples.test.ts checks the engine agrees.
 */
export interface SniExample {
	hostname: string;
	clb: boolean;
	/** Certificate id the page shows. */
	expected: string;
}

/** SNI page: one ALB HTTPS listener on 443 serving three sites. */
export const sniCertificateLines = [
	'myapp-default: myapp.com, www.myapp.com [default] [RSA-2048]',
	'myapp-wildcard: *.myapp.com [RSA-2048]',
	'api-exact: api.myapp.com [ECDSA-256]',
	'shop: myshop.com, www.myshop.com [RSA-2048]',
].join('\n');

export const sniExamples: SniExample[] = [
	{ hostname: 'api.myapp.com', clb: false, expected: 'api-exact' },
	{ hostname: 'admin.myapp.com', clb: false, expected: 'myapp-wildcard' },
	{ hostname: 'v2.api.myapp.com', clb: false, expected: 'myapp-default' },
	{ hostname: 'WWW.MyShop.com', clb: false, expected: 'shop' },
	{ hostname: '', clb: false, expected: 'myapp-default' },
	{ hostname: 'unknown.example.org', clb: false, expected: 'myapp-default' },
	{ hostname: 'www.myshop.com', clb: true, expected: 'myapp-default' },
];
export const defaultSniExample = sniExamples[0] as SniExample;

/** SSL/TLS page: an HTTPS listener with its default certificate plus one SAN certificate in the list. */
export const tlsCertificateLines = [
	'myshop-com: myshop.com, www.myshop.com [default] [RSA-2048] [expires 2027-03-01]',
	'blog-and-docs: blog.myshop.com, docs.myshop.com [RSA-2048] [expires 2027-01-15]',
].join('\n');

export const tlsExamples: SniExample[] = [
	{ hostname: 'www.myshop.com', clb: false, expected: 'myshop-com' },
	{ hostname: 'docs.myshop.com', clb: false, expected: 'blog-and-docs' },
	{ hostname: 'docs.myshop.com', clb: true, expected: 'myshop-com' },
];
export const defaultTlsExample = tlsExamples[1] as SniExample;
