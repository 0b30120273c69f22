/**
 * IPv4/IPv6 addresses and CIDR ranges for the IpAddress / NotIpAddress condition operators.
 * Addresses become 4 or 16 bytes; a range matches when the first `prefix` bits are equal.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IPAddress
 */

export interface IpRange {
	bytes: Uint8Array;
	prefix: number;
}

export function parseIpv4(text: string): Uint8Array | undefined {
	const parts = text.split('.');
	if (parts.length !== 4) return undefined;
	const bytes = new Uint8Array(4);
	for (let i = 0; i < 4; i++) {
		const part = parts[i] ?? '';
		if (!/^\d{1,3}$/.test(part)) return undefined;
		const n = Number(part);
		if (n > 255) return undefined;
		bytes[i] = n;
	}
	return bytes;
}

export function parseIpv6(text: string): Uint8Array | undefined {
	if (!/^[0-9a-fA-F:.]+$/.test(text) || text.length > 45) return undefined;
	const halves = text.split('::');
	if (halves.length > 2) return undefined;
	const groupsOf = (half: string): number[] | undefined => {
		if (half === '') return [];
		const out: number[] = [];
		const pieces = half.split(':');
		for (let i = 0; i < pieces.length; i++) {
			const piece = pieces[i] ?? '';
			if (i === pieces.length - 1 && piece.includes('.')) {
				const v4 = parseIpv4(piece);
				if (!v4) return undefined;
				out.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
				continue;
			}
			if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return undefined;
			out.push(parseInt(piece, 16));
		}
		return out;
	};
	const head = groupsOf(halves[0] ?? '');
	const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
	if (!head || !tail) return undefined;
	let groups: number[];
	if (halves.length === 2) {
		const missing = 8 - head.length - tail.length;
		if (missing < 1) return undefined;
		groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
	} else {
		groups = head;
	}
	if (groups.length !== 8) return undefined;
	const bytes = new Uint8Array(16);
	groups.forEach((g, i) => {
		bytes[i * 2] = g >> 8;
		bytes[i * 2 + 1] = g & 255;
	});
	return bytes;
}

export function parseIp(text: string): Uint8Array | undefined {
	return text.includes(':') ? parseIpv6(text) : parseIpv4(text);
}

/** "203.0.113.0/24", "2001:db8::/32", or a bare address (a /32 or /128). */
export function parseCidr(text: string): IpRange | undefined {
	const trimmed = text.trim();
	const slash = trimmed.indexOf('/');
	const address = slash === -1 ? trimmed : trimmed.slice(0, slash);
	const bytes = parseIp(address);
	if (!bytes) return undefined;
	const max = bytes.length * 8;
	if (slash === -1) return { bytes, prefix: max };
	const prefixText = trimmed.slice(slash + 1);
	if (!/^\d{1,3}$/.test(prefixText)) return undefined;
	const prefix = Number(prefixText);
	if (prefix > max) return undefined;
	return { bytes, prefix };
}

export function rangeContains(range: IpRange, address: Uint8Array): boolean {
	if (range.bytes.length !== address.length) return false;
	let bits = range.prefix;
	for (let i = 0; bits > 0; i++, bits -= 8) {
		const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
		if (((range.bytes[i] ?? 0) & mask) !== ((address[i] ?? 0) & mask)) return false;
	}
	return true;
}
