import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	buildPortQuiz,
	rulesForPort,
	searchPorts,
	seededRandom,
	troubleshoot,
	SYMPTOM_GUIDES,
	WELL_KNOWN_PORTS,
} from '../../../src/lib/network';

describe('ports data', () => {
	test("every port the notes list is there, with the notes' numbers", () => {
		const notes = Object.fromEntries(WELL_KNOWN_PORTS.filter((p) => p.inNotes).map((p) => [p.id, p.port]));
		expect(notes).toEqual({
			ssh: 22,
			ftp: 21,
			sftp: 22,
			http: 80,
			https: 443,
			dns: 53,
			rdp: 3389,
			smtp: 25,
			mysql: 3306,
			postgresql: 5432,
		});
	});
	test('the additions from erratum A-PORTS-1', () => {
		const ports = new Set(WELL_KNOWN_PORTS.map((p) => p.port));
		for (const port of [1433, 1521, 2049, 5439, 587, 465, 990]) expect(ports.has(port)).toBe(true);
	});
	test('DNS uses both UDP and TCP 53 (erratum A-PORTS-1)', () => {
		expect(rulesForPort('dns', { cidr: '10.0.0.0/16' }).map((r) => `${r.protocol} ${r.fromPort}`)).toEqual([
			'udp 53',
			'tcp 53',
		]);
	});
	test('ids are unique and ports are in range', () => {
		expect(new Set(WELL_KNOWN_PORTS.map((p) => p.id)).size).toBe(WELL_KNOWN_PORTS.length);
		for (const p of WELL_KNOWN_PORTS)
			expect(p.port >= 0 && (p.toPort ?? p.port) <= 65535 && p.port <= (p.toPort ?? p.port)).toBe(true);
	});
	test('search by name, by number and inside a range', () => {
		expect(searchPorts('ssh').map((p) => p.id)).toEqual(['ssh', 'sftp']);
		expect(searchPorts('3306').map((p) => p.id)).toEqual(['mysql']);
		expect(searchPorts('50000').map((p) => p.id)).toEqual(['ephemeral']);
		expect(searchPorts('  ')).toHaveLength(WELL_KNOWN_PORTS.length);
		expect(searchPorts('<img src=x>')).toEqual([]);
		expect(() => rulesForPort('nope', { cidr: '0.0.0.0/0' })).toThrow(RangeError);
	});
});

describe('port quiz', () => {
	test('is reproducible from a seed', () => {
		expect(buildPortQuiz(5, seededRandom(42))).toEqual(buildPortQuiz(5, seededRandom(42)));
	});
	test("every question has four distinct choices, one of them right, and the answer is the table's", () => {
		fc.assert(
			fc.property(fc.integer(), fc.integer({ min: 0, max: 30 }), (seed, count) => {
				const quiz = buildPortQuiz(count, seededRandom(seed));
				expect(quiz.length).toBe(Math.min(count, WELL_KNOWN_PORTS.length - 3)); // minus SSH, SFTP (shared 22) and the range
				for (const q of quiz) {
					expect(new Set(q.choices).size).toBe(4);
					expect(q.choices).toContain(q.answer);
					expect(WELL_KNOWN_PORTS.find((p) => p.id === q.id)!.port).toBe(Number(q.answer));
				}
				expect(new Set(quiz.map((q) => q.id)).size).toBe(quiz.length);
			}),
		);
	});
	test('never asks about the shared SSH/SFTP port or the ephemeral range', () => {
		const ids = buildPortQuiz(100, seededRandom(1)).map((q) => q.id);
		expect(ids).not.toContain('ssh');
		expect(ids).not.toContain('ephemeral');
	});
});

describe('troubleshooter', () => {
	test('a timeout starts with the security group, refused with the service', () => {
		expect(troubleshoot('timeout').steps[0]!.id).toBe('sg-inbound');
		expect(troubleshoot('timeout').steps.map((s) => s.id)).toContain('nacl');
		expect(troubleshoot('refused').steps[0]!.id).toBe('service-running');
		expect(troubleshoot('permission-denied').steps[0]!.id).toBe('key-pair');
		expect(SYMPTOM_GUIDES).toHaveLength(3);
		expect(() => troubleshoot('nope' as 'timeout')).toThrow(RangeError);
	});
});

import { ruleFromText, ruleToText, SecurityGroupError } from '../../../src/lib/network';
describe('rule text (what the reader types in a rule row)', () => {
	test('parses console-style rows', () => {
		expect(ruleFromText({ protocol: 'TCP', ports: '1024 - 65535', peer: '0.0.0.0/0' }, 'r')).toEqual({
			protocol: 'tcp',
			fromPort: 1024,
			toPort: 65535,
			cidr: '0.0.0.0/0',
		});
		expect(ruleFromText({ protocol: 'icmp', ports: '8', peer: '::/0' }, 'r')).toEqual({
			protocol: 'icmp',
			fromPort: 8,
			toPort: -1,
			cidr: '::/0',
		});
		expect(ruleFromText({ protocol: '-1', ports: 'whatever', peer: 'sg-lb', description: ' LB ' }, 'r')).toEqual({
			protocol: '-1',
			sourceGroupId: 'sg-lb',
			description: 'LB',
		});
	});
	test.each([
		[{ protocol: 'tcp', ports: '22-', peer: '0.0.0.0/0' }, /port range "22-"/],
		[{ protocol: 'tcp', ports: '70000', peer: '0.0.0.0/0' }, /out of range/],
		[{ protocol: 'tcp', ports: '90-80', peer: '0.0.0.0/0' }, /backwards/],
		[{ protocol: 'tcp', ports: '22', peer: '' }, /needs a source/],
		[{ protocol: 'tcp', ports: '22', peer: '1.2.3.4' }, /add \/32/],
		[{ protocol: 'tcp', ports: '22', peer: 'sg-unknown' }, /does not exist/],
		[{ protocol: 'http', ports: '80', peer: '0.0.0.0/0' }, /unknown protocol "http"/],
	])('rejects %j', (row, message) => {
		expect(() => ruleFromText(row, 'sg-web inbound rule 1', new Set(['sg-web']))).toThrow(SecurityGroupError);
		expect(() => ruleFromText(row, 'sg-web inbound rule 1', new Set(['sg-web']))).toThrow(message);
	});
	test('round-trips', () => {
		for (const rule of [
			{ protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '1.2.3.4/32', description: 'SSH' },
			{ protocol: 'icmp', fromPort: 3, toPort: 4, cidr: '0.0.0.0/0', description: '' },
			{ protocol: 'udp', fromPort: 1, toPort: 9, sourceGroupId: 'sg-web', description: '' },
		] as const) {
			const back = ruleFromText(ruleToText(rule), 'r', new Set(['sg-web']));
			expect({ description: '', ...back }).toEqual(rule);
		}
	});
});
