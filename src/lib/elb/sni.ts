/**
 * Which certificate an HTTPS (ALB) or TLS (NLB) listener presents for the hostname a client sends in
 * the TLS Server Name Indication (SNI) extension.
 *
 * AWS, "SSL certificates for your Application Load Balancer" (Default certificate, Certificate list):
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/https-listener-certificates.html
 * - The default certificate is used when the client sends no SNI or no certificate in the list matches.
 * - "smart certificate selection algorithm": if the hostname matches one certificate, that one; if it
 *   matches several, the best one the client supports, by (1) public key algorithm, ECDSA over RSA,
 *   (2) hashing algorithm, SHA over MD5, (3) key length, largest, (4) validity period.
 * - A wildcard `*.example.com` must be the leftmost label and covers exactly one label: corp.example.com,
 *   not test.login.example.com, and not the apex example.com. Names compare case-insensitively.
 * Assumption (not spelled out by AWS): an exact name beats a wildcard — the usual rule of TLS servers and
 * of this site's brief. The documented criteria then break ties between equally specific matches; for
 * (4) we prefer the certificate that stays valid longest, and finally the id, so the answer never depends
 * on the order certificates were added.
 * Classic Load Balancer: no SNI, one certificate per HTTPS/SSL listener
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-https-load-balancers.html).
 */
import { parseIp } from './alb-ip';

export interface ListenerCertificate {
	id: string;
	/** Subject and Subject Alternative Names, e.g. ["example.com", "*.example.com"]. */
	domains: string[];
	isDefault?: boolean;
	keyAlgorithm?: 'RSA' | 'ECDSA';
	keyBits?: number;
	signatureHash?: 'SHA' | 'MD5';
	/** Last day of validity, YYYY-MM-DD. */
	notAfter?: string;
}
export interface SelectionOptions {
	/** false = Classic Load Balancer: no SNI, the listener's one certificate for everyone. Default true. */
	sni?: boolean;
	/** false = a legacy client that can't use ECDSA certificates. Default true. */
	clientSupportsEcdsa?: boolean;
}
export type MatchKind = 'exact' | 'wildcard' | 'none';
export interface CertificateMatch {
	id: string;
	isDefault: boolean;
	kind: MatchKind;
	/** The certificate name that matched, e.g. "*.example.com". */
	matchedName?: string;
	/** false when the client can't use this certificate (ECDSA to a client without ECDSA support). */
	usable: boolean;
	chosen: boolean;
	note: string;
}
export type SelectionReason = 'no-sni' | 'ip-literal' | 'exact' | 'wildcard' | 'no-match' | 'clb';
export interface CertificateSelection {
	certificateId: string;
	reason: SelectionReason;
	/** The hostname as compared (lower case, no trailing dot), or null when none was sent. */
	serverName: string | null;
	explanation: string;
	/** Every certificate, in the order given, with how it compares to the hostname. */
	matches: CertificateMatch[];
	/** CLB only: whether the one certificate covers the hostname (if not, browsers warn). */
	coversHostname?: boolean;
}

export class SniError extends Error {
	override name = 'SniError';
	constructor(
		/** The sentence alone, for a widget that shows it beside the field it belongs to. */
		readonly reason: string,
		readonly path = '',
	) {
		super(path ? `${path}: ${reason}` : reason);
	}
}

function isHostname(name: string): boolean {
	// The label pattern sits here, not in a module constant, so that its mutants are not static (`npm run mutation`).
	return name.length <= 253 && name.split('.').every((label) => /^(?!-)[a-z0-9-]{1,63}(?<!-)$/.test(label));
}

/** Lower-cases and drops one trailing dot; DNS names compare case-insensitively. */
export function normalizeHostname(name: string): string {
	return name.trim().toLowerCase().replace(/\.$/, '');
}

function validateCertificates(certs: unknown): ListenerCertificate[] {
	if (!Array.isArray(certs) || certs.length === 0)
		throw new SniError('a secure listener needs at least one certificate (its default certificate).');
	const ids = new Set<string>();
	let defaults = 0;
	certs.forEach((cert, i) => {
		const at = `certificates[${i}]`;
		if (typeof cert !== 'object' || cert === null)
			throw new SniError('each certificate needs an id and a list of domain names.', at);
		const { id, domains, isDefault, keyBits } = cert as ListenerCertificate;
		if (typeof id !== 'string' || id.trim() === '')
			throw new SniError('each certificate needs an id (a name for it).', at);
		if (ids.has(id)) throw new SniError(`two certificates are called "${id}"; give each a different id.`, at);
		ids.add(id);
		if (!Array.isArray(domains) || domains.length === 0)
			throw new SniError(`certificate "${id}" needs at least one domain name.`, at);
		for (const domain of domains) {
			const name = typeof domain === 'string' ? normalizeHostname(domain) : '';
			const rest = name.startsWith('*.') ? name.slice(2) : name;
			if (rest.includes('*'))
				throw new SniError(
					`"${String(domain)}": a wildcard must be the whole leftmost label, as in *.example.com.`,
					at,
				);
			if (!isHostname(rest) || (!rest.includes('.') && name.startsWith('*.')))
				throw new SniError(`"${String(domain)}" is not a domain name (letters, digits and hyphens between dots).`, at);
		}
		if (keyBits !== undefined && (!Number.isInteger(keyBits) || keyBits <= 0))
			throw new SniError(`certificate "${id}": key length must be a positive whole number of bits.`, at);
		if (isDefault) defaults++;
	});
	if (defaults !== 1)
		throw new SniError(
			defaults === 0
				? 'mark one certificate as the default; every HTTPS/TLS listener has exactly one.'
				: `${defaults} certificates are marked default; a listener has exactly one default certificate.`,
		);
	return certs as ListenerCertificate[];
}

function matchOne(cert: ListenerCertificate, host: string): { kind: MatchKind; name?: string } {
	const names = cert.domains.map(normalizeHostname);
	const exact = names.find((n) => n === host);
	if (exact !== undefined) return { kind: 'exact', name: exact };
	// A wildcard stands for exactly one label: strip the first label of the host and compare the rest. (A host
	// without a dot keeps its whole name here, which no wildcard matches: validation requires a dot after "*.".)
	const parent = host.slice(host.indexOf('.') + 1);
	const wildcard = names.find((n) => n.startsWith('*.') && n.slice(2) === parent);
	return wildcard !== undefined ? { kind: 'wildcard', name: wildcard } : { kind: 'none' };
}

/** AWS's documented tie-break order; negative = a is better. */
function compareCertificates(a: ListenerCertificate, b: ListenerCertificate): number {
	const algorithm = (c: ListenerCertificate) => (c.keyAlgorithm === 'ECDSA' ? 0 : 1);
	const hash = (c: ListenerCertificate) => (c.signatureHash === 'MD5' ? 1 : 0);
	return (
		algorithm(a) - algorithm(b) ||
		hash(a) - hash(b) ||
		(b.keyBits ?? 0) - (a.keyBits ?? 0) ||
		(b.notAfter ?? '').localeCompare(a.notAfter ?? '') ||
		// ids are unique (validated), so this never ties.
		a.id.localeCompare(b.id)
	);
}

export function explainCertificateSelection(
	certs: ListenerCertificate[],
	serverName?: string,
	options: SelectionOptions = {},
): CertificateSelection {
	const list = validateCertificates(certs);
	const fallback = list.find((c) => c.isDefault) as ListenerCertificate;
	const sent = serverName === undefined ? '' : normalizeHostname(serverName);
	if (sent !== '' && !parseIp(sent) && !isHostname(sent))
		throw new SniError(`"${serverName}" is not a hostname (letters, digits and hyphens between dots).`, 'serverName');
	const ipLiteral = sent !== '' && parseIp(sent) !== null;
	const host = ipLiteral ? '' : sent;
	const supportsEcdsa = options.clientSupportsEcdsa ?? true;
	const matched = list.map((cert) => ({
		cert,
		...(host ? matchOne(cert, host) : { kind: 'none' as MatchKind }),
		usable: supportsEcdsa || cert.keyAlgorithm !== 'ECDSA',
	}));

	let chosen: ListenerCertificate;
	let reason: SelectionReason;
	let explanation: string;
	let coversHostname: boolean | undefined;
	if (options.sni === false) {
		chosen = fallback;
		reason = 'clb';
		// With no hostname every entry is 'none', so this is false.
		coversHostname = matched.some((m) => m.cert === fallback && m.kind !== 'none');
		explanation =
			`A Classic Load Balancer has no SNI: the listener presents its one certificate, "${fallback.id}", to every client. ` +
			(host === ''
				? 'No hostname to check.'
				: coversHostname
					? `It covers ${host}, so the browser accepts it.`
					: `It does not cover ${host}, so browsers show a name-mismatch warning — add ${host} as a Subject Alternative Name or move to ALB/NLB.`);
	} else if (sent === '') {
		chosen = fallback;
		reason = 'no-sni';
		explanation = `The client sent no SNI hostname, so the listener presents its default certificate, "${fallback.id}".`;
	} else if (ipLiteral) {
		chosen = fallback;
		reason = 'ip-literal';
		explanation = `"${sent}" is an IP address; SNI carries host names only (RFC 6066), so the client sends none and gets the default certificate, "${fallback.id}".`;
	} else {
		const usable = matched.filter((m) => m.usable);
		const exact = usable.filter((m) => m.kind === 'exact');
		const candidates = exact.length > 0 ? exact : usable.filter((m) => m.kind === 'wildcard');
		if (candidates.length === 0) {
			chosen = fallback;
			reason = 'no-match';
			explanation = `No certificate in the list matches ${host}, so the listener presents its default certificate, "${fallback.id}" (the browser will warn if it does not cover ${host}).`;
		} else {
			const [best] = [...candidates].sort((a, b) => compareCertificates(a.cert, b.cert));
			chosen = (best as (typeof candidates)[number]).cert;
			reason = exact.length > 0 ? 'exact' : 'wildcard';
			const kind = reason === 'exact' ? 'exactly' : 'by wildcard';
			explanation =
				candidates.length === 1
					? `"${chosen.id}" is the only certificate that matches ${host} ${kind}.`
					: `${candidates.length} certificates match ${host} ${kind}; "${chosen.id}" wins on AWS's tie-break (ECDSA over RSA, SHA over MD5, longest key, longest validity).`;
			const wildcards = usable.filter((m) => m.kind === 'wildcard');
			if (reason === 'exact' && wildcards.length > 0)
				explanation += ` An exact name beats the wildcard ${wildcards.map((m) => m.name).join(', ')}.`;
		}
	}
	const matches = matched.map((m): CertificateMatch => {
		const note = !host
			? 'not compared (no hostname)'
			: m.kind === 'exact'
				? `exact match on ${m.name}`
				: m.kind === 'wildcard'
					? `wildcard ${m.name} covers one label of ${host}`
					: `no name covers ${host}`;
		return {
			id: m.cert.id,
			isDefault: m.cert.isDefault === true,
			kind: m.kind,
			...(m.name === undefined ? {} : { matchedName: m.name }),
			usable: m.usable,
			chosen: m.cert === chosen,
			note: m.usable ? note : `${note}; the client can't use an ECDSA certificate`,
		};
	});
	return {
		certificateId: chosen.id,
		reason,
		serverName: sent === '' ? null : sent,
		explanation,
		matches,
		...(coversHostname === undefined ? {} : { coversHostname }),
	};
}

/** The id of the certificate the listener presents for `serverName` (undefined or "" = no SNI sent). */
export function selectCertificate(
	certs: ListenerCertificate[],
	serverName?: string,
	options: SelectionOptions = {},
): string {
	return explainCertificateSelection(certs, serverName, options).certificateId;
}

/**
 * Parses a certificate list typed one per line: `id: name, name [default] [ECDSA-256] [expires 2027-01-31]`.
 * Flags in brackets are optional: default, RSA-n / ECDSA-n, MD5, expires YYYY-MM-DD.
 */
export function parseCertificateLines(text: string): ListenerCertificate[] {
	const certs: ListenerCertificate[] = [];
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (line === '') return;
		const at = `line ${index + 1}`;
		const colon = line.indexOf(':');
		if (colon <= 0) throw new SniError('write a certificate as "id: example.com, www.example.com [default]".', at);
		const id = line.slice(0, colon).trim();
		const flags = [...line.slice(colon + 1).matchAll(/\[([^\]]*)\]/g)].map((m) => (m[1] as string).trim());
		const names = line
			.slice(colon + 1)
			.replace(/\[[^\]]*\]/g, ' ')
			.split(/[,\s]+/)
			.filter(Boolean);
		const cert: ListenerCertificate = { id, domains: names };
		for (const flag of flags) {
			const key = /^(rsa|ecdsa)-(\d+)$/i.exec(flag);
			const expires = /^expires (\d{4}-\d{2}-\d{2})$/i.exec(flag);
			if (/^default$/i.test(flag)) cert.isDefault = true;
			else if (key) {
				cert.keyAlgorithm = (key[1] as string).toUpperCase() as 'RSA' | 'ECDSA';
				cert.keyBits = Number(key[2]);
			} else if (/^md5$/i.test(flag)) cert.signatureHash = 'MD5';
			else if (expires) cert.notAfter = expires[1] as string;
			else
				throw new SniError(
					`unknown flag [${flag}]; use [default], [RSA-2048], [ECDSA-256], [MD5] or [expires 2027-01-31].`,
					at,
				);
		}
		if (names.length === 0)
			throw new SniError(`certificate "${id}" needs at least one domain name after the colon.`, at);
		certs.push(cert);
	});
	validateCertificates(certs);
	return certs;
}
