/**
 * Browser side of HealthCheckSimulator.astro: re-simulates on every edit with the same engine and view,
 * and steps or plays through the checks (the step controls only exist with JavaScript).
 */
import { HEALTH_CHECK_PRESETS, type HealthCheckLoadBalancer } from '../../lib/elb/index';
import { onFrame } from '../../scripts/dom';
import { boolean, oneOf, record, text } from '../../scripts/state-shape';
import { mountWidget } from '../../scripts/widget';
import { mountTryInAccount } from '../kit/TryInAccount.client';
import { healthCliState } from './health-cli-views';
import {
	evaluateHealthForm,
	healthForm,
	healthOutputView,
	HEALTH_NUMBER_FIELDS,
	type HealthErrorField,
	type HealthForm,
} from './HealthCheckSimulator.views';

export interface HealthInitial {
	stateKey: string;
}

const NUMBER = text(12);
// AWS: a health-check path is at most 1,024 characters; the engine reads at most 2,000 characters of checks.
const STATE = record({
	loadBalancer: oneOf('alb', 'nlb', 'clb'),
	protocol: oneOf('HTTP', 'HTTPS', 'TCP', 'SSL'),
	port: text(16),
	path: text(1024),
	matcher: text(200),
	intervalSeconds: NUMBER,
	timeoutSeconds: NUMBER,
	healthyThreshold: NUMBER,
	unhealthyThreshold: NUMBER,
	grpc: boolean,
	probes: text(2000),
	start: oneOf('initial', 'healthy', 'unhealthy'),
});
const TEXT_FIELDS = ['port', 'path', 'matcher', ...HEALTH_NUMBER_FIELDS, 'probes'] as const;
const ERROR_FIELDS: HealthErrorField[] = ['protocol', ...TEXT_FIELDS];

mountWidget<HealthInitial>('health-check', (ctx) => {
	const url = ctx.urlState(ctx.initial.stateKey, STATE);
	const select = (name: string) => ctx.part<HTMLSelectElement>(name);
	const input = (name: string) => ctx.part<HTMLInputElement>(name);
	const play = ctx.part<HTMLButtonElement>('play');
	const panel = mountTryInAccount(ctx.root);
	let shown = Number.POSITIVE_INFINITY;
	let timer: number | undefined;

	const read = (): HealthForm => ({
		loadBalancer: select('preset').value as HealthForm['loadBalancer'],
		protocol: select('protocol').value as HealthForm['protocol'],
		port: input('port').value,
		path: input('path').value,
		matcher: input('matcher').value,
		intervalSeconds: input('intervalSeconds').value,
		timeoutSeconds: input('timeoutSeconds').value,
		healthyThreshold: input('healthyThreshold').value,
		unhealthyThreshold: input('unhealthyThreshold').value,
		grpc: input('grpc').checked,
		probes: input('probes').value,
		start: select('start').value as HealthForm['start'],
	});
	const write = (form: HealthForm) => {
		select('preset').value = form.loadBalancer;
		select('protocol').value = form.protocol;
		select('start').value = form.start;
		for (const field of TEXT_FIELDS) input(field).value = form[field];
		input('grpc').checked = form.grpc;
	};
	let evaluation = evaluateHealthForm(read());
	const render = () => ctx.show('output', healthOutputView(evaluation, shown));
	const evaluate = () => {
		evaluation = evaluateHealthForm(read());
		for (const field of ERROR_FIELDS)
			ctx.fieldError(
				field === 'protocol' ? select(field) : input(field),
				`${field}-error`,
				evaluation.error?.field === field ? evaluation.error.message : null,
			);
		render();
		panel.show(healthCliState(evaluation));
	};
	const stop = () => {
		if (timer !== undefined) window.clearInterval(timer);
		timer = undefined;
		play.setAttribute('aria-pressed', 'false');
		play.textContent = 'Play';
	};
	const changed = () => {
		stop();
		shown = Number.POSITIVE_INFINITY;
		url.write(read());
		evaluate();
	};

	const saved = url.read();
	if (saved) write(saved);
	evaluate();

	const update = onFrame(changed);
	ctx.root.addEventListener('input', (event) => {
		const part = (event.target as HTMLElement).dataset['part'];
		if (part !== 'preset' && part !== 'grpc') update();
	});
	input('grpc').addEventListener('change', () => {
		// Switching to gRPC swaps the matcher to gRPC's default code (12) and the AWS default gRPC path.
		const grpc = input('grpc').checked;
		input('matcher').value = grpc ? '12' : HEALTH_CHECK_PRESETS.alb.matcher;
		input('path').value = grpc ? '/AWS.ALB/healthcheck' : HEALTH_CHECK_PRESETS.alb.path;
		changed();
	});
	select('preset').addEventListener('change', () => {
		const preset = HEALTH_CHECK_PRESETS[select('preset').value as HealthCheckLoadBalancer];
		write({ ...healthForm(preset, input('probes').value, read().start) });
		changed();
	});
	ctx.part('reset').addEventListener('click', () => {
		stop();
		shown = 0;
		render();
	});
	ctx.part('all').addEventListener('click', () => {
		stop();
		shown = Number.POSITIVE_INFINITY;
		render();
	});
	const step = () => {
		const total = evaluation.timeline?.steps.length;
		if (total === undefined) return stop();
		if (shown >= total) shown = 0;
		shown += 1;
		render();
		if (shown >= total) stop();
	};
	ctx.part('step').addEventListener('click', () => {
		stop();
		step();
	});
	play.addEventListener('click', () => {
		if (timer !== undefined) return stop();
		if (evaluation.timeline && shown >= evaluation.timeline.steps.length) shown = 0;
		play.setAttribute('aria-pressed', 'true');
		play.textContent = 'Pause';
		timer = window.setInterval(step, 800);
	});
});
