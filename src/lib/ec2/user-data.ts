/**
 * What EC2 does with a user data script: which format cloud-init sees, who runs it and when.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/user-data.html — shell scripts (`#!`) and
 * cloud-config (`#cloud-config`) run as root, only during the first boot of the instance by default;
 * user data is limited to 16 KB in raw form, before base64 encoding.
 */

export const USER_DATA_LIMIT_BYTES = 16 * 1024;

export type UserDataFormat = 'shell-script' | 'cloud-config' | 'mime-multipart' | 'unknown';

export interface UserDataReport {
	format: UserDataFormat;
	/** The interpreter from the `#!` line, e.g. /bin/bash. */
	interpreter: string | null;
	sizeBytes: number;
	withinLimit: boolean;
	/** Plain sentences: when it runs, as whom, what to watch out for. */
	facts: string[];
}

export function analyzeUserData(text: string): UserDataReport {
	const sizeBytes = new TextEncoder().encode(text).length;
	const firstLine = text.split('\n', 1)[0]!.trim();
	let format: UserDataFormat = 'unknown';
	let interpreter: string | null = null;
	if (firstLine.startsWith('#!')) {
		format = 'shell-script';
		interpreter = firstLine.slice(2).trim().split(/\s+/)[0] ?? null;
	} else if (firstLine === '#cloud-config') format = 'cloud-config';
	else if (/^content-type:\s*multipart\//i.test(firstLine)) format = 'mime-multipart';

	const facts: string[] = [];
	if (format === 'shell-script') {
		facts.push(`Runs with ${interpreter} as the root user — no sudo needed.`);
		facts.push('Runs once, at the end of the first boot of the instance (cloud-init "per-instance"); rebooting, or stopping and starting, does not run it again.');
		facts.push('Its output is logged in /var/log/cloud-init-output.log.');
	} else if (format === 'cloud-config') {
		facts.push('cloud-init applies these directives (packages, files, runcmd…) at first boot, as root.');
	} else if (format === 'mime-multipart') {
		facts.push('A MIME multi-part file lets you combine scripts and cloud-config, and set parts to run on every boot.');
	} else {
		facts.push('cloud-init runs user data only if it starts with #! (a script) or #cloud-config; this text would not be executed.');
	}
	const withinLimit = sizeBytes <= USER_DATA_LIMIT_BYTES;
	facts.push(withinLimit
		? `${sizeBytes} bytes — within the 16 KB limit (raw, before base64 encoding).`
		: `${sizeBytes} bytes — over the 16 KB limit: download a script from S3 instead of embedding it.`);
	return { format, interpreter, sizeBytes, withinLimit, facts };
}
