/**
 * Which load balancer? A small decision table over the documented capabilities of each type
 * (What is Elastic Load Balancing? — https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/what-is-load-balancing.html,
 * and the ALB / NLB / GWLB user guides). Each answer carries the reasons, so the learner sees WHY.
 */

export type LoadBalancerType = 'alb' | 'nlb' | 'gwlb' | 'clb';
export type TrafficProtocol = 'http' | 'https' | 'tcp' | 'tls' | 'udp' | 'ip';

export const LOAD_BALANCER_NAMES: Record<LoadBalancerType, string> = {
	alb: 'Application Load Balancer (ALB)',
	nlb: 'Network Load Balancer (NLB)',
	gwlb: 'Gateway Load Balancer (GWLB)',
	clb: 'Classic Load Balancer (CLB)',
};

export interface ChooserNeeds {
	/** What the clients speak. "ip" = every IP packet, whatever the protocol (inline inspection). */
	protocol: TrafficProtocol;
	/** Route by path, host name, header, method or query string. */
	contentRouting: boolean;
	/** Clients or firewalls need fixed IP addresses (one per AZ, Elastic IPs allowed). */
	staticIp: boolean;
	/** The targets must receive the encrypted stream and terminate TLS themselves. */
	tlsPassthrough: boolean;
	/** Traffic must pass through third-party virtual appliances (firewalls, IDS/IPS). */
	appliances: boolean;
	/** Extreme performance: millions of requests per second, lowest latency. */
	extremePerformance: boolean;
	/** An existing application already on a Classic Load Balancer that you cannot change yet. */
	legacyClassic: boolean;
}

export interface ChooserAnswer {
	choice: LoadBalancerType;
	name: string;
	/** Why this type, in the order the rules fired. */
	reasons: string[];
	/** Needs that the choice does not meet on its own, with the usual way around it. */
	caveats: string[];
}

export class ChooserError extends Error {
	override name = 'ChooserError';
}

const PROTOCOLS: TrafficProtocol[] = ['http', 'https', 'tcp', 'tls', 'udp', 'ip'];
const FLAGS = [
	'contentRouting',
	'staticIp',
	'tlsPassthrough',
	'appliances',
	'extremePerformance',
	'legacyClassic',
] as const;

export const DEFAULT_NEEDS: ChooserNeeds = {
	protocol: 'https',
	contentRouting: false,
	staticIp: false,
	tlsPassthrough: false,
	appliances: false,
	extremePerformance: false,
	legacyClassic: false,
};

export function chooseLoadBalancer(needs: ChooserNeeds): ChooserAnswer {
	if (!PROTOCOLS.includes(needs.protocol))
		throw new ChooserError(`Unknown protocol "${String(needs.protocol)}": use one of ${PROTOCOLS.join(', ')}.`);
	for (const flag of FLAGS) {
		if (typeof needs[flag] !== 'boolean') throw new ChooserError(`"${flag}" must be true or false.`);
	}
	const answer = (choice: LoadBalancerType, reasons: string[], caveats: string[] = []): ChooserAnswer => ({
		choice,
		name: LOAD_BALANCER_NAMES[choice],
		reasons,
		caveats,
	});

	if (needs.appliances || needs.protocol === 'ip') {
		const caveats: string[] = [];
		if (needs.contentRouting)
			caveats.push('A GWLB does not look at HTTP; put an ALB behind the appliances for path or host routing.');
		if (needs.staticIp)
			caveats.push('A GWLB is reached through GWLB endpoints and route tables, not client-facing IP addresses.');
		return answer(
			'gwlb',
			[
				'Traffic must go through third-party virtual appliances: that is what a Gateway Load Balancer is for.',
				'It works at layer 3, takes every IP packet on every port and sends it to the appliances encapsulated in GENEVE on UDP port 6081.',
			],
			caveats,
		);
	}
	if (needs.protocol === 'udp' || needs.protocol === 'tcp' || needs.protocol === 'tls') {
		const reasons = [
			`${needs.protocol.toUpperCase()} traffic that is not HTTP needs a layer-4 load balancer: NLB listeners are TCP, TLS, UDP and TCP_UDP.`,
		];
		if (needs.staticIp)
			reasons.push(
				'An NLB has one static IP address per Availability Zone (an Elastic IP per subnet if internet-facing).',
			);
		const caveats = needs.contentRouting ? ['An NLB cannot route on HTTP content; content routing needs HTTP.'] : [];
		return answer('nlb', reasons, caveats);
	}
	// From here on the clients speak HTTP or HTTPS.
	if (needs.staticIp || needs.tlsPassthrough || needs.extremePerformance) {
		const reasons: string[] = [];
		if (needs.staticIp)
			reasons.push(
				"You need fixed IP addresses: an NLB has one static IP per Availability Zone; an ALB's IP addresses change.",
			);
		if (needs.tlsPassthrough)
			reasons.push(
				'The targets must decrypt TLS themselves: a TCP listener on port 443 passes the encrypted stream through. An ALB always terminates TLS.',
			);
		if (needs.extremePerformance)
			reasons.push('An NLB handles millions of requests per second with very low added latency.');
		const caveats = needs.contentRouting
			? [
					'An NLB cannot route on paths or hosts. To have both, register an ALB as the target of the NLB (an "alb" target group).',
				]
			: [];
		return answer('nlb', reasons, caveats);
	}
	if (needs.legacyClassic) {
		const caveats = needs.contentRouting
			? ['A CLB has no listener rules: content routing means migrating to an ALB.']
			: [];
		return answer(
			'clb',
			[
				'Only because the application already runs on one: the CLB is the previous generation.',
				'AWS recommends migrating to an ALB (HTTP/HTTPS) or NLB (TCP/TLS/UDP).',
			],
			caveats,
		);
	}
	const reasons = [
		`${needs.protocol.toUpperCase()} web traffic: an Application Load Balancer works at layer 7 (HTTP, HTTPS, HTTP/2, WebSockets, gRPC).`,
	];
	if (needs.contentRouting)
		reasons.push('Listener rules route on host, path, header, method, query string or source IP.');
	return answer('alb', reasons);
}
