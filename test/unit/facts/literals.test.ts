/**
 * One home for time-sensitive facts: a registered figure typed by hand into a page or an example (instead
 * of `<Fact id="…" />` or `facts.<id>.value`) goes stale silently when AWS changes it. This test scans
 * every page and example file and fails on such a literal. Lines that quote an OLD or example figure on
 * purpose carry the `fact-literal-ok` marker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { facts, findHandTypedFacts, type Fact, type SourceText } from '../../../src/lib/facts';

const root = join(import.meta.dirname, '../../..');

function filesUnder(dir: string, extensions: readonly string[]): SourceText[] {
	return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => extensions.some((ext) => name.endsWith(ext)))
		.map((name) => {
			const path = join(dir, name);
			return { path, text: readFileSync(join(root, path), 'utf8') };
		});
}

const scanned = [...filesUnder('src/content/docs', ['.mdx', '.md']), ...filesUnder('src/examples', ['.ts'])];

describe('registered facts are not typed by hand', () => {
	test('scans every page and example', () => {
		expect(scanned.length).toBeGreaterThan(60);
	});

	test('no page or example types a registered figure by hand', () => {
		const found = findHandTypedFacts(scanned).map(
			(f) =>
				`${relative(root, join(root, f.path))}:${f.line}:${f.column} "${f.match}" → use <Fact id="${f.id}" /> or facts.${f.id}`,
		);
		expect(found).toEqual([]);
	});

	test('a planted hand-typed figure is found, with its place', () => {
		const planted: SourceText = {
			path: 'src/content/docs/planted.mdx',
			text: 'Intro.\nACM certificates last 198 days; listeners default to `ELBSecurityPolicy-2016-08`.\n',
		};
		const found = findHandTypedFacts([planted]);
		expect(found).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ id: 'acmPublicCertificateValidity', line: 2, column: 23, match: '198 days' }),
				expect.objectContaining({ id: 'elbApiDefaultSecurityPolicy', line: 2, match: 'ELBSecurityPolicy-2016-08' }),
			]),
		);
	});

	test('a planted figure in an example file is found through its own pattern', () => {
		const planted: SourceText = { path: 'src/examples/ec2/x.ts', text: 'export const p = { onDemandHourly: 0.096 };' };
		expect(findHandTypedFacts([planted]).map((f) => f.id)).toEqual(['ec2SampleOnDemandHourly']);
	});

	test('the marker lets a line quote an old figure on purpose', () => {
		const text = 'Raised from 16,000 IOPS to 80,000 IOPS. {/* fact-literal-ok: history */}';
		expect(findHandTypedFacts([{ path: 'a.mdx', text }])).toEqual([]);
		expect(findHandTypedFacts([{ path: 'a.mdx', text: 'Now 80,000 IOPS.' }])).toHaveLength(1);
	});

	test('a custom registry is honoured (the scanner is not tied to today’s figures)', () => {
		const registry: Record<string, Fact> = {
			x: {
				value: 7,
				text: '7 widgets',
				about: 'x',
				source: { title: 't', url: 'https://docs.aws.amazon.com/' },
				checked: '2026-01-01',
			},
		};
		expect(findHandTypedFacts([{ path: 'a.mdx', text: 'We have 7 widgets.' }], registry)).toHaveLength(1);
	});
});

describe('the registry itself', () => {
	test.each(Object.entries(facts))('%s has an AWS source, a date and a description', (_id, fact: Fact) => {
		expect(fact.source.url).toMatch(/^https:\/\/(docs\.)?aws\.amazon\.com\//);
		expect(fact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(fact.about.length).toBeGreaterThan(10);
	});
});
