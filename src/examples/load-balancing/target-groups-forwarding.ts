/**
 * X-Forwarded-For builder and IP-target examples for the alb-target-groups page.
 * test/unit/elb/forwarded-examples.test.ts imports these and asserts what the page shows.
 */
import type { ForwardingScenario } from '../../lib/elb';

/** A client behind a corporate proxy reaches an HTTPS listener; it also forges an X-Forwarded-For. */
export const forwardingScenario: ForwardingScenario = {
	clientIp: '198.51.100.7',
	clientXff: '10.9.9.9',
	proxies: [{ name: 'corporate proxy', ip: '203.0.113.10' }],
	alb: { protocol: 'https', port: 443, privateIp: '10.0.1.25', xffMode: 'append' },
};
/** The page trusts one proxy in front of the ALB (the corporate proxy). */
export const forwardingTrustedProxies = 1;

export const forwardingExpected = {
	xffAtTarget: '10.9.9.9, 198.51.100.7, 203.0.113.10',
	clientIp: '198.51.100.7',
	protoAtTarget: 'https',
	portAtTarget: '443',
};

/** VPC of the target group, and addresses to try as `ip` targets. */
export const ipTargetVpcCidrs = ['10.0.0.0/16'];
export const ipTargetExamples = [
	{ ip: '10.0.3.15', allowed: true },
	{ ip: '172.31.8.4', allowed: true },
	{ ip: '100.64.12.1', allowed: true },
	{ ip: '54.239.28.85', allowed: false },
];
