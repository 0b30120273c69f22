/**
 * Connectivity troubleshooter: a symptom → an ordered checklist, cheapest and most likely first.
 * Based on "Troubleshoot issues connecting to your Amazon EC2 Linux instance" (Amazon EC2 User Guide,
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/TroubleshootingInstancesConnecting.html).
 * Pure data plus a lookup, so a unit test can pin the order the page shows.
 */

export type Symptom = 'timeout' | 'refused' | 'permission-denied';

export interface CheckStep {
	id: string;
	/** What to check, as an instruction. */
	check: string;
	/** Why it produces this symptom. */
	why: string;
}

export interface SymptomGuide {
	symptom: Symptom;
	/** What the client shows, e.g. "ssh: connect to host … port 22: Operation timed out". */
	looksLike: string;
	/** What the symptom tells you in one sentence. */
	meaning: string;
	steps: CheckStep[];
}

export const SYMPTOM_GUIDES: readonly SymptomGuide[] = [
	{
		symptom: 'timeout',
		looksLike: 'ssh: connect to host 203.0.113.10 port 22: Connection timed out',
		meaning: 'Your packets got no answer at all — something on the path dropped them silently.',
		steps: [
			{
				id: 'sg-inbound',
				check:
					'Security group: is there an inbound rule for this protocol and port whose source includes YOUR public IP?',
				why: 'Security groups drop unmatched traffic without replying, which the client sees as a timeout. Your IP may have changed since you wrote the rule.',
			},
			{
				id: 'address',
				check:
					"Are you using the right address — the instance's public IPv4/Elastic IP, not its private IP (from outside the VPC)?",
				why: 'Private addresses are not reachable from the internet; packets to them go nowhere.',
			},
			{
				id: 'route',
				check:
					'Subnet route table: is there a route 0.0.0.0/0 to an internet gateway, and does the instance have a public IP?',
				why: 'Without a route to the internet, replies (and requests) cannot travel between the instance and you.',
			},
			{
				id: 'nacl',
				check:
					'Network ACL of the subnet: are inbound traffic on the port AND outbound traffic to ephemeral ports (1024–65535) allowed?',
				why: 'Network ACLs are stateless and may deny the request or its response.',
			},
			{
				id: 'os-firewall',
				check:
					'Operating-system firewall on the instance (iptables, firewalld, Windows Firewall): does it drop the port?',
				why: 'A host firewall that drops (instead of rejecting) also looks like a timeout.',
			},
			{
				id: 'local-network',
				check: 'Your own network: does your office or home firewall block outbound traffic to this port?',
				why: 'Corporate networks often block ports like 22 or 3389.',
			},
			{
				id: 'instance-state',
				check: 'Is the instance running and are its status checks passing?',
				why: 'A stopped or impaired instance cannot answer.',
			},
		],
	},
	{
		symptom: 'refused',
		looksLike: 'ssh: connect to host 203.0.113.10 port 22: Connection refused',
		meaning:
			'Your packet reached the instance and its operating system answered "nothing here" — the network path, security group included, is fine.',
		steps: [
			{
				id: 'service-running',
				check: 'Is the service running on the instance (sshd, nginx, the database)?',
				why: 'When nothing listens on a port, the OS answers a TCP connection with a reset: "connection refused".',
			},
			{
				id: 'listen-port',
				check: 'Does the service listen on the port you are connecting to?',
				why: 'An app on 8080 refuses connections to 80.',
			},
			{
				id: 'listen-address',
				check: 'Does it listen on all interfaces (0.0.0.0 or ::), not only 127.0.0.1?',
				why: 'A service bound to localhost refuses connections from outside.',
			},
			{
				id: 'os-reject',
				check: 'Does a host firewall REJECT (rather than drop) the port?',
				why: 'A reject rule sends back an error that also reads as "refused".',
			},
		],
	},
	{
		symptom: 'permission-denied',
		looksLike: 'user@203.0.113.10: Permission denied (publickey)',
		meaning: 'The network works and SSH answered — authentication failed. Security groups are not the problem.',
		steps: [
			{
				id: 'key-pair',
				check: 'Are you using the private key of the key pair the instance was launched with (ssh -i my-key.pem)?',
				why: 'The instance only trusts the public key installed at launch.',
			},
			{
				id: 'user-name',
				check: 'Is the user name right for the AMI (ec2-user on Amazon Linux, ubuntu on Ubuntu, admin on Debian)?',
				why: "The key is installed for the AMI's default user only.",
			},
			{
				id: 'key-permissions',
				check: "Are the key file's permissions private (chmod 400 my-key.pem)?",
				why: 'ssh refuses to use a key file that others can read.',
			},
			{
				id: 'alternatives',
				check: 'Still stuck? Use EC2 Instance Connect or Session Manager instead of your own key.',
				why: 'They do not depend on the key pair on your machine.',
			},
		],
	},
];

/** The guide for a symptom. Throws RangeError on an unknown symptom. */
export function troubleshoot(symptom: Symptom): SymptomGuide {
	const guide = SYMPTOM_GUIDES.find((g) => g.symptom === symptom);
	if (!guide) throw new RangeError(`unknown symptom "${String(symptom)}"`);
	return guide;
}
