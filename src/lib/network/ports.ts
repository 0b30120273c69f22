/**
 * The well-known ports the notes list, plus the ones a learner meets next on AWS, as data.
 * Used by the ports table, the self-check quiz and the simulators' "preset" buttons.
 * Sources: Security group rules for different use cases (Amazon EC2 User Guide,
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-rules-reference.html);
 * What is AWS Transfer Family? (FTP/SFTP/FTPS); Amazon EC2 quotas, "Restriction on email sent using port 25".
 */
import type { Rule } from './security-groups';

export type Transport = 'tcp' | 'udp';

export interface WellKnownPort {
	/** Stable id, e.g. "ssh". */
	id: string;
	/** Short name, e.g. "SSH". */
	service: string;
	/** Long name, e.g. "Secure Shell". */
	name: string;
	port: number;
	/** Last port when this is a range (ephemeral ports). */
	toPort?: number;
	transports: Transport[];
	/** What it is for, one sentence. */
	use: string;
	/** The usual source in an inbound security-group rule. */
	typicalSource: string;
	/** Encrypted on the wire? */
	encrypted: boolean;
	/** Listed in the original notes (false = added). */
	inNotes: boolean;
	/** A caution or correction worth knowing. */
	note?: string;
}

export const WELL_KNOWN_PORTS: readonly WellKnownPort[] = [
	{
		id: 'ftp-data',
		service: 'FTP (data)',
		name: 'File Transfer Protocol, active-mode data',
		port: 20,
		transports: ['tcp'],
		use: 'Data connection of FTP in active mode (passive mode negotiates a high port instead).',
		typicalSource: 'Specific client IPs',
		encrypted: false,
		inNotes: false,
	},
	{
		id: 'ftp',
		service: 'FTP',
		name: 'File Transfer Protocol, control',
		port: 21,
		transports: ['tcp'],
		use: 'FTP commands; files travel on separate data connections.',
		typicalSource: 'Specific client IPs',
		encrypted: false,
		inNotes: true,
		note: 'Plaintext (passwords included). Still used, but prefer SFTP or FTPS.',
	},
	{
		id: 'ssh',
		service: 'SSH',
		name: 'Secure Shell',
		port: 22,
		transports: ['tcp'],
		use: 'Secure login to Linux instances.',
		typicalSource: 'Your own IP as /32 (never 0.0.0.0/0)',
		encrypted: true,
		inNotes: true,
	},
	{
		id: 'sftp',
		service: 'SFTP',
		name: 'SSH File Transfer Protocol',
		port: 22,
		transports: ['tcp'],
		use: 'File transfer over an SSH connection — a different protocol from FTP.',
		typicalSource: 'Specific client IPs',
		encrypted: true,
		inNotes: true,
		note: 'Not "FTP made secure": that is FTPS.',
	},
	{
		id: 'smtp',
		service: 'SMTP',
		name: 'Simple Mail Transfer Protocol (relay)',
		port: 25,
		transports: ['tcp'],
		use: 'Mail servers relaying email to each other.',
		typicalSource: 'Mail servers that relay to you',
		encrypted: false,
		inNotes: true,
		note: 'EC2 restricts outbound port 25 to public IPs by default; you request removal of the restriction.',
	},
	{
		id: 'dns',
		service: 'DNS',
		name: 'Domain Name System',
		port: 53,
		transports: ['udp', 'tcp'],
		use: 'Resolves domain names to IP addresses.',
		typicalSource: 'Clients of your DNS server',
		encrypted: false,
		inNotes: true,
		note: 'Needs both UDP and TCP (large answers and zone transfers use TCP).',
	},
	{
		id: 'http',
		service: 'HTTP',
		name: 'Hypertext Transfer Protocol',
		port: 80,
		transports: ['tcp'],
		use: 'Unencrypted web traffic.',
		typicalSource: '0.0.0.0/0 for a public website',
		encrypted: false,
		inNotes: true,
	},
	{
		id: 'ntp',
		service: 'NTP',
		name: 'Network Time Protocol',
		port: 123,
		transports: ['udp'],
		use: 'Clock synchronisation (the port in the referencing example).',
		typicalSource: 'Instances that sync time from this host',
		encrypted: false,
		inNotes: false,
	},
	{
		id: 'https',
		service: 'HTTPS',
		name: 'HTTP over TLS',
		port: 443,
		transports: ['tcp'],
		use: 'Encrypted web traffic (TLS).',
		typicalSource: '0.0.0.0/0 and ::/0 for a public website',
		encrypted: true,
		inNotes: true,
	},
	{
		id: 'smtps',
		service: 'SMTPS',
		name: 'SMTP submission over implicit TLS',
		port: 465,
		transports: ['tcp'],
		use: 'Mail clients submitting email over TLS.',
		typicalSource: 'Your mail clients',
		encrypted: true,
		inNotes: false,
	},
	{
		id: 'submission',
		service: 'SMTP submission',
		name: 'Message submission',
		port: 587,
		transports: ['tcp'],
		use: 'Mail clients and apps submitting email (STARTTLS), e.g. to Amazon SES.',
		typicalSource: 'Your mail clients',
		encrypted: true,
		inNotes: false,
	},
	{
		id: 'ftps',
		service: 'FTPS',
		name: 'FTP over TLS (implicit)',
		port: 990,
		transports: ['tcp'],
		use: 'FTP secured with TLS; explicit FTPS uses port 21 instead.',
		typicalSource: 'Specific client IPs',
		encrypted: true,
		inNotes: false,
	},
	{
		id: 'mssql',
		service: 'MS SQL Server',
		name: 'Microsoft SQL Server',
		port: 1433,
		transports: ['tcp'],
		use: 'Microsoft SQL Server databases (e.g. on Amazon RDS).',
		typicalSource: 'The app tier security group',
		encrypted: false,
		inNotes: false,
	},
	{
		id: 'oracle',
		service: 'Oracle',
		name: 'Oracle Database listener',
		port: 1521,
		transports: ['tcp'],
		use: 'Oracle databases (e.g. on Amazon RDS).',
		typicalSource: 'The app tier security group',
		encrypted: false,
		inNotes: false,
	},
	{
		id: 'nfs',
		service: 'NFS',
		name: 'Network File System',
		port: 2049,
		transports: ['tcp'],
		use: 'Mounting Amazon EFS file systems.',
		typicalSource: 'The security group of the instances that mount it',
		encrypted: false,
		inNotes: false,
		note: 'EFS can encrypt in transit with TLS, still on 2049.',
	},
	{
		id: 'mysql',
		service: 'MySQL',
		name: 'MySQL / Aurora MySQL / MariaDB',
		port: 3306,
		transports: ['tcp'],
		use: 'MySQL-compatible databases.',
		typicalSource: 'The app tier security group',
		encrypted: false,
		inNotes: true,
	},
	{
		id: 'rdp',
		service: 'RDP',
		name: 'Remote Desktop Protocol',
		port: 3389,
		transports: ['tcp'],
		use: 'Log in to Windows instances remotely.',
		typicalSource: 'Your own IP as /32 (never 0.0.0.0/0)',
		encrypted: true,
		inNotes: true,
	},
	{
		id: 'postgresql',
		service: 'PostgreSQL',
		name: 'PostgreSQL / Aurora PostgreSQL',
		port: 5432,
		transports: ['tcp'],
		use: 'PostgreSQL-compatible databases.',
		typicalSource: 'The app tier security group',
		encrypted: false,
		inNotes: true,
	},
	{
		id: 'redshift',
		service: 'Redshift',
		name: 'Amazon Redshift',
		port: 5439,
		transports: ['tcp'],
		use: 'Amazon Redshift data warehouse clusters (default port).',
		typicalSource: "Analysts' IPs or the app tier group",
		encrypted: false,
		inNotes: false,
	},
	{
		id: 'ephemeral',
		service: 'Ephemeral ports',
		name: 'Client-side (ephemeral) ports',
		port: 1024,
		toPort: 65535,
		transports: ['tcp', 'udp'],
		use: 'The random port a client uses for its end of a connection; responses go back to it.',
		typicalSource: 'Only needed in network ACL rules (stateless) — security groups handle return traffic',
		encrypted: false,
		inNotes: false,
		note: 'Exact range depends on the client OS; AWS suggests 1024–65535 in NACLs.',
	},
];

/** The table rows matching a free-text query (service, name, use, port number). Empty query = all. */
export function searchPorts(query: string, ports: readonly WellKnownPort[] = WELL_KNOWN_PORTS): WellKnownPort[] {
	const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
	if (terms.length === 0) return [...ports];
	// A number finds the service on that port; the ephemeral range only when no service uses it.
	const exactPorts = new Set(ports.filter((p) => p.toPort === undefined).map((p) => p.port));
	return ports.filter((entry) =>
		terms.every((term) => {
			if (/^\d+$/.test(term)) {
				const n = Number(term);
				return entry.toPort === undefined
					? entry.port === n
					: !exactPorts.has(n) && entry.port <= n && n <= entry.toPort;
			}
			return [entry.service, entry.name, entry.use, entry.id, ...entry.transports]
				.join(' ')
				.toLowerCase()
				.includes(term);
		}),
	);
}

/** One inbound rule per transport for a port preset (e.g. "ssh" → TCP 22). Throws on an unknown id. */
export function rulesForPort(id: string, peer: { cidr?: string; sourceGroupId?: string }): Rule[] {
	const entry = WELL_KNOWN_PORTS.find((p) => p.id === id);
	if (!entry) throw new RangeError(`no well-known port "${id}"`);
	return entry.transports.map((protocol) => ({
		protocol,
		fromPort: entry.port,
		toPort: entry.toPort ?? entry.port,
		...peer,
		description: entry.service,
	}));
}

export interface QuizQuestion {
	id: string;
	prompt: string;
	choices: string[];
	answer: string;
	explanation: string;
}

/**
 * A self-check quiz generated from the table: "Which port does X use?" with three distractors.
 * Deterministic: `random` (0 ≤ r < 1) is passed in, so a test or a seed reproduces the same quiz.
 * Skips ranges and entries that share a port with another (SSH/SFTP) to keep one right answer.
 */
export function buildPortQuiz(
	count: number,
	random: () => number,
	ports: readonly WellKnownPort[] = WELL_KNOWN_PORTS,
): QuizQuestion[] {
	const portCounts = new Map<number, number>();
	for (const p of ports) portCounts.set(p.port, (portCounts.get(p.port) ?? 0) + 1);
	const pool = ports.filter((p) => p.toPort === undefined && portCounts.get(p.port) === 1);
	const shuffled = shuffle(pool, random);
	return shuffled.slice(0, Math.max(0, Math.min(count, pool.length))).map((entry) => {
		const distractors = shuffle(
			pool.filter((p) => p.port !== entry.port),
			random,
		)
			.slice(0, 3)
			.map((p) => String(p.port));
		const choices = shuffle([String(entry.port), ...distractors], random);
		return {
			id: entry.id,
			prompt: `Which port does ${entry.service} (${entry.name}) use by default?`,
			choices,
			answer: String(entry.port),
			explanation: `${entry.service}: ${entry.transports.map((t) => t.toUpperCase()).join(' and ')} ${entry.port}. ${entry.use}`,
		};
	});
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[copy[i], copy[j]] = [copy[j]!, copy[i]!];
	}
	return copy;
}

/** A small seeded generator (mulberry32) so a quiz can be reproduced from a number in the URL. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
