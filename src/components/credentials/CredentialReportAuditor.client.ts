/**
 * Browser side of CredentialReportAuditor.astro: audits on every change with the same engine and
 * view. The report is read locally (paste, drop or file picker) and never put in the link.
 */
import { auditCredentialReport, CredentialReportError, type CredentialAudit } from '../../lib/credentials';
import { onFrame } from '../../scripts/dom';
import { named } from '../../scripts/named-shape';
import { number, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { auditView } from './views';

export interface AuditInitial {
	csv: string;
	asOf: string;
	maxKeyAgeDays: number;
	unusedDays: number;
	stateKey: string;
}

const DAYS = number({ min: 1, max: 3650, integer: true });
const STATE = named(record({ asOf: text(10), maxKeyAgeDays: DAYS, unusedDays: DAYS }), {
	asOf: 'Audit as of',
	maxKeyAgeDays: 'Rotate keys older than',
	unusedDays: 'Unused after',
});
type Settings = ReturnType<typeof STATE>;
const DAY_FIELDS = ['maxKeyAgeDays', 'unusedDays'] as const;

const WAITING_SETTINGS = 'Fix the setting marked above to see the audit.';
const WAITING_REPORT = 'The report could not be read — see the message under the text box.';

mountWidget<AuditInitial>('credential-report', (ctx) => {
	const { stateKey, ...example } = ctx.initial;
	const csv = ctx.part<HTMLTextAreaElement>('csv');
	const inputs = {
		asOf: ctx.part<HTMLInputElement>('asOf'),
		maxKeyAgeDays: ctx.part<HTMLInputElement>('maxKeyAgeDays'),
		unusedDays: ctx.part<HTMLInputElement>('unusedDays'),
	};
	const url = ctx.urlState(stateKey, STATE);

	/** The settings, or null with each invalid one marked beside its input. */
	const readSettings = (): Settings | null => {
		const asOf = inputs.asOf.value;
		const dateOk = /^\d{4}-\d{2}-\d{2}$/.test(asOf) && !Number.isNaN(Date.parse(`${asOf}T00:00:00Z`));
		ctx.fieldError(inputs.asOf, 'asOf-error', dateOk ? null : 'Choose a date.');
		let ok = dateOk;
		const days: Record<string, number> = {};
		for (const name of DAY_FIELDS) {
			const raw = inputs[name].value.trim();
			const value = raw === '' ? Number.NaN : Number(raw);
			const valid = Number.isInteger(value) && value >= 1 && value <= 3650;
			ctx.fieldError(inputs[name], `${name}-error`, valid ? null : 'A whole number of days from 1 to 3650.');
			days[name] = value;
			ok &&= valid;
		}
		return ok ? { asOf, maxKeyAgeDays: days['maxKeyAgeDays']!, unusedDays: days['unusedDays']! } : null;
	};

	const render = (): Settings | null => {
		const settings = readSettings();
		if (!settings) {
			ctx.fieldError(csv, 'csv-error', null);
			ctx.show('output', auditView(null, WAITING_SETTINGS));
			return null;
		}
		let audit: CredentialAudit | null = null;
		try {
			audit = auditCredentialReport(csv.value, new Date(`${settings.asOf}T00:00:00Z`), settings);
			ctx.fieldError(csv, 'csv-error', null);
		} catch (error) {
			if (!(error instanceof CredentialReportError)) throw error;
			ctx.fieldError(csv, 'csv-error', error.message);
		}
		ctx.show('output', auditView(audit, WAITING_REPORT));
		return settings;
	};
	/** A settings change goes in the link (when valid); the report never does. */
	const settingsChanged = () => {
		const settings = render();
		if (!settings) return;
		const isExample = DAY_FIELDS.every((name) => settings[name] === example[name]) && settings.asOf === example.asOf;
		url.write(isExample ? null : settings);
	};

	const saved = url.read();
	if (saved) {
		inputs.asOf.value = saved.asOf;
		inputs.maxKeyAgeDays.value = String(saved.maxKeyAgeDays);
		inputs.unusedDays.value = String(saved.unusedDays);
	}
	render();

	const load = async (file: File | undefined) => {
		if (!file) return;
		csv.value = await file.text(); // read locally; nothing is uploaded
		render();
	};
	csv.addEventListener('input', onFrame(render));
	for (const input of Object.values(inputs)) input.addEventListener('input', settingsChanged);
	const picker = ctx.part<HTMLInputElement>('file');
	picker.addEventListener('change', () => void load(picker.files?.[0]));
	csv.addEventListener('dragover', (event) => {
		event.preventDefault();
		csv.dataset['drop'] = 'true';
	});
	csv.addEventListener('dragleave', () => {
		delete csv.dataset['drop'];
	});
	csv.addEventListener('drop', (event) => {
		event.preventDefault();
		delete csv.dataset['drop'];
		void load(event.dataTransfer?.files[0]);
	});
	ctx.part('sample').addEventListener('click', () => {
		csv.value = example.csv;
		inputs.asOf.value = example.asOf;
		settingsChanged();
	});
	ctx.part('today').addEventListener('click', () => {
		inputs.asOf.value = new Date(Date.now()).toISOString().slice(0, 10); // the clock, read only here
		settingsChanged();
	});
});
