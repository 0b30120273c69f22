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
		facts.push(
			'Runs once, at the end of the first boot of the instance (cloud-init "per-instance"); rebooting, or stopping and starting, does not run it again.',
		);
		facts.push('Its output is logged in /var/log/cloud-init-output.log.');
	} else if (format === 'cloud-config') {
		facts.push('cloud-init applies these directives (packages, files, runcmd…) at first boot, as root.');
	} else if (format === 'mime-multipart') {
		facts.push(
			/\[\s*scripts-user\s*,\s*always\s*\]/.test(text)
				? 'The cloud-config part sets scripts-user to "always", so the shell script part runs as root on EVERY boot, not only the first.'
				: 'A MIME multi-part file combines shell scripts and cloud-config parts; cloud-init runs each part at first boot.',
		);
	} else {
		facts.push(
			'cloud-init runs user data only if it starts with #! (a script) or #cloud-config; this text would not be executed.',
		);
	}
	const withinLimit = sizeBytes <= USER_DATA_LIMIT_BYTES;
	facts.push(
		withinLimit
			? `${sizeBytes} bytes — within the 16 KB limit (raw, before base64 encoding).`
			: `${sizeBytes} bytes — over the 16 KB limit: download a script from S3 instead of embedding it.`,
	);
	return { format, interpreter, sizeBytes, withinLimit, facts };
}

export class UserDataError extends Error {
	override name = 'UserDataError';
}

export interface UserDataOptions {
	/** dnf update -y */
	updatePackages: boolean;
	/** Install and start the Apache web server (httpd). */
	installWebServer: boolean;
	/** Write a home page (only with the web server). */
	writeIndexPage: boolean;
	/** Extra shell commands, one per line, run last. */
	extraCommands: string;
	/** Wrap the script so cloud-init runs it on every boot (MIME multi-part with scripts-user "always"). */
	runOnEveryBoot: boolean;
}

const MIME_BOUNDARY = '//';

/**
 * Builds a user data script for Amazon Linux 2023 (dnf). With runOnEveryBoot, wraps it in the MIME
 * multi-part form AWS documents for running user data at every restart:
 * https://repost.aws/knowledge-center/execute-user-data-ec2
 */
export function buildUserDataScript(options: UserDataOptions): string {
	if (options.extraCommands.length > 8 * 1024)
		throw new UserDataError('Keep extra commands under 8 KB; for longer scripts, download them from S3 in user data.');
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(options.extraCommands))
		throw new UserDataError('The extra commands contain control characters that a shell script cannot hold.');
	const lines = [
		'#!/bin/bash',
		options.runOnEveryBoot
			? '# Runs as root on every boot (see the cloud-config part above).'
			: "# Runs once, as root, at the end of the instance's first boot.",
	];
	if (options.updatePackages) lines.push('dnf update -y');
	if (options.installWebServer) {
		lines.push('dnf install -y httpd', 'systemctl enable --now httpd');
		if (options.writeIndexPage) lines.push('echo "<h1>Hello from $(hostname -f)</h1>" > /var/www/html/index.html');
	}
	const extra = options.extraCommands
		.split(/\r?\n/)
		.map((line) => line.replace(/\s+$/, ''))
		.filter((line) => line !== '');
	lines.push(...extra);
	const script = `${lines.join('\n')}\n`;
	if (!options.runOnEveryBoot) return script;
	const part = (type: string, filename: string, body: string) =>
		[
			`--${MIME_BOUNDARY}`,
			`Content-Type: ${type}; charset="us-ascii"`,
			'MIME-Version: 1.0',
			'Content-Transfer-Encoding: 7bit',
			`Content-Disposition: attachment; filename="${filename}"`,
			'',
			body,
		].join('\n');
	return [
		`Content-Type: multipart/mixed; boundary="${MIME_BOUNDARY}"`,
		'MIME-Version: 1.0',
		'',
		part('text/cloud-config', 'cloud-config.txt', '#cloud-config\ncloud_final_modules:\n- [scripts-user, always]\n'),
		part('text/x-shellscript', 'userdata.txt', script),
		`--${MIME_BOUNDARY}--`,
		'',
	].join('\n');
}
