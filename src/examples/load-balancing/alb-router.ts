/**
 * Listener-rule presets for the ALB page, built from the examples in the original notes (L970–1054).
 * The page's router widget and test/unit/elb/alb-examples.test.ts both import this file.
 */
import type { Listener } from '../../lib/elb';

/** One HTTPS listener for "myapp.com" holding the notes' host, path, query and header examples. */
export const myappListener: Listener = {
	rules: [
		{
			priority: 10,
			conditions: [{ field: 'host-header', values: ['admin.myapp.com'] }],
			action: 'forward to admin-tg',
		},
		{ priority: 20, conditions: [{ field: 'host-header', values: ['api.myapp.com'] }], action: 'forward to api-tg' },
		{ priority: 30, conditions: [{ field: 'path-pattern', values: ['/images/*'] }], action: 'forward to images-tg' },
		{ priority: 40, conditions: [{ field: 'path-pattern', values: ['/api/*'] }], action: 'forward to api-tg' },
		{
			priority: 50,
			conditions: [{ field: 'query-string', values: [{ key: 'category', value: 'toys' }] }],
			action: 'forward to toys-tg',
		},
		{
			priority: 60,
			conditions: [{ field: 'http-header', name: 'X-Region', values: ['EU'] }],
			action: 'forward to eu-tg',
		},
		{
			priority: 70,
			conditions: [{ field: 'http-header', name: 'Cookie', values: ['*user=premium*'] }],
			action: 'forward to premium-tg',
		},
	],
	defaultAction: 'forward to web-tg',
};

/** The notes' HTTP → HTTPS example: an HTTP :80 listener whose default action is a redirect. */
export const httpRedirectListener: Listener = {
	rules: [],
	defaultAction: 'redirect to https://#{host}:443/#{path}?#{query} (HTTP 301)',
};

/** Diagram D22: /profile → User service, /search → Search service. */
export const microservicesListener: Listener = {
	rules: [
		{
			priority: 10,
			conditions: [{ field: 'path-pattern', values: ['/profile', '/profile/*'] }],
			action: 'forward to user-service-tg',
		},
		{
			priority: 20,
			conditions: [{ field: 'path-pattern', values: ['/search', '/search/*'] }],
			action: 'forward to search-service-tg',
		},
	],
	defaultAction: 'fixed-response 404 "Not found"',
};

export interface AlbPreset {
	id: string;
	label: string;
	listener: Listener;
	url: string;
	method: string;
	/** "Name: value" lines. */
	headers: string;
	sourceIp: string;
	/** What the page says happens; the unit test checks the engine agrees. */
	expected: { action: string; priority: number | 'default' };
}

const client = '198.51.100.23';

export const albPresets: AlbPreset[] = [
	{
		id: 'images',
		label: '/images/* → image servers',
		listener: myappListener,
		url: 'https://www.myapp.com/images/cat.png',
		method: 'GET',
		headers: '',
		sourceIp: client,
		expected: { action: 'forward to images-tg', priority: 30 },
	},
	{
		id: 'api-path',
		label: '/api/* → API servers',
		listener: myappListener,
		url: 'https://www.myapp.com/api/orders?id=7',
		method: 'GET',
		headers: '',
		sourceIp: client,
		expected: { action: 'forward to api-tg', priority: 40 },
	},
	{
		id: 'api-host',
		label: 'api.myapp.com → API target group',
		listener: myappListener,
		url: 'https://api.myapp.com/v1/users',
		method: 'POST',
		headers: '',
		sourceIp: client,
		expected: { action: 'forward to api-tg', priority: 20 },
	},
	{
		id: 'admin-host',
		label: 'admin.myapp.com → admin dashboard',
		listener: myappListener,
		url: 'https://ADMIN.myapp.com/images/logo.png',
		method: 'GET',
		headers: '',
		sourceIp: client,
		expected: { action: 'forward to admin-tg', priority: 10 },
	},
	{
		id: 'toys',
		label: '?category=toys → toy catalog',
		listener: myappListener,
		url: 'https://www.myapp.com/shop?category=toys',
		method: 'GET',
		headers: '',
		sourceIp: client,
		expected: { action: 'forward to toys-tg', priority: 50 },
	},
	{
		id: 'eu',
		label: 'X-Region: EU → EU servers',
		listener: myappListener,
		url: 'https://www.myapp.com/shop',
		method: 'GET',
		headers: 'X-Region: EU',
		sourceIp: client,
		expected: { action: 'forward to eu-tg', priority: 60 },
	},
	{
		id: 'premium',
		label: 'Cookie user=premium → premium pool',
		listener: myappListener,
		url: 'https://www.myapp.com/shop',
		method: 'GET',
		headers: 'Cookie: theme=dark; user=premium',
		sourceIp: client,
		expected: { action: 'forward to premium-tg', priority: 70 },
	},
	{
		id: 'default',
		label: 'Nothing matches → default rule',
		listener: myappListener,
		url: 'https://www.myapp.com/Images/cat.png',
		method: 'GET',
		headers: '',
		sourceIp: client,
		expected: { action: 'forward to web-tg', priority: 'default' },
	},
	{
		id: 'redirect',
		label: 'HTTP → HTTPS redirect (port 80 listener)',
		listener: httpRedirectListener,
		url: 'http://myshop.com/cart?item=42',
		method: 'GET',
		headers: '',
		sourceIp: client,
		expected: { action: 'redirect to https://#{host}:443/#{path}?#{query} (HTTP 301)', priority: 'default' },
	},
	{
		id: 'profile',
		label: '/profile → User service (diagram)',
		listener: microservicesListener,
		url: 'https://example.com/profile',
		method: 'GET',
		headers: '',
		sourceIp: client,
		expected: { action: 'forward to user-service-tg', priority: 10 },
	},
	{
		id: 'search',
		label: '/search → Search service (diagram)',
		listener: microservicesListener,
		url: 'https://example.com/search?q=boots',
		method: 'GET',
		headers: '',
		sourceIp: client,
		expected: { action: 'forward to search-service-tg', priority: 20 },
	},
];

export const defaultAlbPreset = albPresets[0] as AlbPreset;
