/**
 * The ports table's view (src/components/network/PortsTable.views.ts): one row per port, the rows a
 * search did not match hidden (not removed), the same rows at build time and after a search.
 */
import { describe, expect, test } from 'vitest';
import { searchPorts, WELL_KNOWN_PORTS } from '../../../src/lib/network/index';
import { portRowsView, portsTableView } from '../../../src/components/network/PortsTable.views';
import { viewText, type ViewElement } from '../../../src/components/kit/view';

const cells = (row: ViewElement) => row.children as ViewElement[];

describe('portRowsView', () => {
	test('one row per port, in order, none hidden without a search', () => {
		const rows = portRowsView(WELL_KNOWN_PORTS);
		expect(rows.map((row) => row.attrs['data-port-id'])).toEqual(WELL_KNOWN_PORTS.map((p) => p.id));
		expect(rows.filter((row) => row.attrs['hidden'])).toEqual([]);
	});

	test('a search hides exactly the rows it did not match', () => {
		const matched = new Set(searchPorts('database').map((p) => p.id));
		expect(matched.size).toBeGreaterThan(0);
		expect(matched.size).toBeLessThan(WELL_KNOWN_PORTS.length);
		const shown = portRowsView(WELL_KNOWN_PORTS, matched).filter((row) => !row.attrs['hidden']);
		expect(shown.map((row) => row.attrs['data-port-id'])).toEqual(
			WELL_KNOWN_PORTS.filter((p) => matched.has(p.id)).map((p) => p.id),
		);
		expect(portRowsView(WELL_KNOWN_PORTS, new Set()).every((row) => row.attrs['hidden'] === true)).toBe(true);
	});

	test('a range reads first–last; transports upper-case; a note follows the use, if there is one', () => {
		const range = WELL_KNOWN_PORTS.find((p) => p.toPort !== undefined)!;
		const [port] = cells(portRowsView([range])[0]!);
		expect(viewText(port)).toBe(`${range.port}–${range.toPort}`);
		const noted = WELL_KNOWN_PORTS.find((p) => p.id === 'dns')!; // TCP + UDP, with a note
		const [, service, transport, use, source, inNotes] = cells(portRowsView([noted])[0]!);
		expect(viewText(service)).toBe(`${noted.service}${noted.name}`);
		expect(viewText(transport)).toBe(noted.transports.map((t) => t.toUpperCase()).join(' + '));
		expect(viewText(use)).toBe(`${noted.use}${noted.note}`);
		expect(viewText(source)).toBe(noted.typicalSource);
		expect(viewText(inNotes)).toBe(noted.inNotes ? 'Yes' : 'Added');
		const plain = WELL_KNOWN_PORTS.find((p) => !p.note)!;
		expect(viewText(cells(portRowsView([plain])[0]!)[3])).toBe(plain.use);
	});
});

test('portsTableView: the labelled region, and the rows in the tbody the script redraws', () => {
	const table = portsTableView(WELL_KNOWN_PORTS);
	expect(table.attrs['aria-label']).toBe('Well-known ports');
	// No caption: the region's label names it. [caption, thead, tbody]
	const [caption, , body] = (table.children[0] as ViewElement).children as [unknown, ViewElement, ViewElement];
	expect(caption).toBe(false);
	expect(body.attrs).toEqual({ 'data-part': 'rows' });
	expect(body.children).toEqual([portRowsView(WELL_KNOWN_PORTS)]);
});
