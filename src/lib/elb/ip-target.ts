/**
 * Which IP addresses an `ip`-type target group accepts as targets.
 * AWS, "Target groups for your Application Load Balancers" — Target type:
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#target-type
 * The subnets of the target group's VPC, 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16 (RFC 1918) and
 * 100.64.0.0/10 (RFC 6598). Publicly routable addresses are not allowed — which is how servers in a peered
 * VPC or on premises (over Direct Connect/VPN) can still be targets.
 */
import { cidrIncludes, formatIp, parseCidrBlock, parseIp } from './alb-ip';
import { ForwardedHeaderError } from './forwarded-headers';

export const IP_TARGET_RANGES = [
	{ cidr: '10.0.0.0/8', name: 'RFC 1918 private range' },
	{ cidr: '172.16.0.0/12', name: 'RFC 1918 private range' },
	{ cidr: '192.168.0.0/16', name: 'RFC 1918 private range' },
	{ cidr: '100.64.0.0/10', name: 'RFC 6598 shared address space' },
] as const;

export interface IpTargetCheck {
	ip: string;
	allowed: boolean;
	/** The block that allows it, e.g. "10.0.0.0/8" or the VPC CIDR. */
	range?: string;
	reason: string;
}

/** Error type shared with the X-Forwarded-For builder: both are the alb-target-groups page's input errors. */
export class IpTargetError extends ForwardedHeaderError {
	override name = 'IpTargetError';
}

export function checkIpTarget(ipText: string, vpcCidrs: string[] = []): IpTargetCheck {
	const ip = parseIp(ipText);
	if (!ip) throw new IpTargetError(`"${ipText}" is not an IPv4 or IPv6 address.`, 'ip');
	const blocks = vpcCidrs.map((text, i) => {
		const block = parseCidrBlock(text);
		if (!block) throw new IpTargetError(`"${text}" is not a CIDR block such as 10.0.0.0/16.`, `vpcCidrs[${i}]`);
		return block;
	});
	const shown = formatIp(ip);
	const vpc = blocks.find((b) => cidrIncludes(b, ip));
	if (vpc)
		return {
			ip: shown,
			allowed: true,
			range: vpc.text,
			reason: `${shown} is inside the target group's VPC (${vpc.text}).`,
		};
	for (const range of IP_TARGET_RANGES) {
		const block = parseCidrBlock(range.cidr);
		if (block && cidrIncludes(block, ip)) {
			return {
				ip: shown,
				allowed: true,
				range: range.cidr,
				reason: `${shown} is in ${range.cidr} (${range.name}): allowed, e.g. a server in a peered VPC or on premises.`,
			};
		}
	}
	return {
		ip: shown,
		allowed: false,
		reason:
			ip.version === 6
				? `${shown} is not in the VPC's IPv6 ranges; IPv6 targets must come from the target group's VPC subnets.`
				: `${shown} is not in the VPC, RFC 1918 or RFC 6598 ranges: publicly routable IPs can't be targets.`,
	};
}
