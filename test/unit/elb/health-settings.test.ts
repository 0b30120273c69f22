import { describe, expect, test } from 'vitest';
import { healthExample } from '../../../src/examples/load-balancing/health';
import { healthCheckSettings } from '../../../src/components/elb/HealthCheckSimulator.fields';
import { HEALTH_NUMBER_FIELDS } from '../../../src/components/elb/HealthCheckSimulator.views';

describe('healthCheckSettings', () => {
	test('every element id and data-part is distinct', () => {
		const settings = healthCheckSettings(healthExample.config, healthExample.start);
		expect(new Set(settings.map((s) => s.id)).size).toBe(settings.length);
		expect(new Set(settings.map((s) => s.part)).size).toBe(settings.length);
	});

	test('each number field the form checks is one number input showing the config’s value', () => {
		const settings = healthCheckSettings(healthExample.config, healthExample.start);
		for (const field of HEALTH_NUMBER_FIELDS) {
			const matching = settings.filter((s) => s.kind === 'input' && s.part === field);
			expect(matching).toEqual([expect.objectContaining({ number: true, value: healthExample.config[field] })]);
		}
	});

	test.each(['initial', 'healthy', 'unhealthy'] as const)(
		'every select’s chosen value is one of its options (start %s)',
		(start) => {
			for (const setting of healthCheckSettings(healthExample.config, start))
				if (setting.kind === 'select') expect(setting.options.map((o) => o.value)).toContain(setting.selected);
		},
	);
});
