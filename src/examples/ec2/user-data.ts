import type { UserDataOptions } from '../../lib/ec2';

/** The user data script on /ec2/configuration/: installs and starts a web server at first boot. */
export const userDataScript = `#!/bin/bash
# Runs once, as root, at the end of the instance's first boot.
dnf update -y
dnf install -y httpd
systemctl enable --now httpd
echo "<h1>Hello from $(hostname -f)</h1>" > /var/www/html/index.html
`;

/** The builder's starting options — they rebuild exactly the script above (checked by a unit test). */
export const userDataBuilderStart: UserDataOptions = {
	updatePackages: true,
	installWebServer: true,
	writeIndexPage: true,
	extraCommands: '',
	runOnEveryBoot: false,
};
