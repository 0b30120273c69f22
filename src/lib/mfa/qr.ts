/**
 * QR code as one SVG path, computed by the `uqr` library (no network, no canvas). Returning path data
 * (a string of M/h/v commands) instead of SVG markup means the page builds the <svg> with its own
 * elements and only sets the `d` attribute — never HTML from data.
 */
import { encode } from 'uqr';

export interface QrPath {
	/** Modules per side, including the quiet-zone border. */
	size: number;
	/** SVG path data drawing every dark module as a 1×1 square. */
	d: string;
}

export function qrPath(text: string, border = 2): QrPath {
	const { data, size } = encode(text, { ecc: 'M', border });
	let d = '';
	data.forEach((row, y) => {
		row.forEach((dark, x) => {
			if (dark) d += `M${x} ${y}h1v1h-1z`;
		});
	});
	return { size, d };
}
