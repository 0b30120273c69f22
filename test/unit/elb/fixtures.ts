/** Requests and certificates shared by the ELB engine tests (the main files and their -edges twins). */
import type { AlbRequest, ListenerCertificate, SimulationEvent } from '../../../src/lib/elb';

/** A GET for `path` on www.example.com, with any other fields overridden. */
export const get = (path: string, extra: Partial<AlbRequest> = {}): AlbRequest => ({
	host: 'www.example.com',
	path,
	method: 'GET',
	...extra,
});

/** The sticky-session simulator's targets. */
export const targets = ['t1', 't2', 't3'];

/** One request event for the sticky-session simulator. */
export const req = (time: number, client: string, sourceIp = '198.51.100.1', sendsCookies = true): SimulationEvent => ({
	kind: 'request',
	time,
	client,
	sourceIp,
	sendsCookies,
});

/** A default certificate, a wildcard and an exact name, as on the SNI page. */
export const certs: ListenerCertificate[] = [
	{ id: 'default', domains: ['example.com'], isDefault: true },
	{ id: 'wild', domains: ['*.example.com'] },
	{ id: 'www', domains: ['www.example.com'] },
];
