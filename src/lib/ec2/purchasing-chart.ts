/**
 * Geometry for the "monthly cost vs hours used per month" chart: every option is a straight line
 * (fixed cost per month + rate × hours), On-Demand crossings are the break-even points. Pure numbers,
 * so the page renders the SVG at build time and the widget redraws it with the same values.
 */
import { HOURS_PER_MONTH, comparePurchasingOptions, type OptionId, type PurchasingInput } from './purchasing';

export interface ChartLine {
	id: OptionId;
	label: string;
	/** SVG coordinates of the line from 0 h to 730 h (clipped to the plot box by the caller's viewBox). */
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** Monthly cost at 0 and at 730 hours, for text alternatives. */
	costAtZero: number;
	costAtFull: number;
}

export interface ChartMarker {
	id: OptionId;
	label: string;
	x: number;
	y: number;
	hours: number;
	monthlyCost: number;
}
export interface ChartTick {
	value: number;
	position: number;
	text: string;
}

export interface PurchasingChart {
	width: number;
	height: number;
	plot: { left: number; top: number; right: number; bottom: number };
	lines: ChartLine[];
	/** Where each option crosses On-Demand (its break-even), inside 0–730 h. */
	breakEvens: ChartMarker[];
	/** The reader's current usage as an x position. */
	usageX: number;
	xTicks: ChartTick[];
	yTicks: ChartTick[];
	maxCost: number;
}

function niceStep(max: number, count: number): number {
	const raw = max / count;
	const magnitude = 10 ** Math.floor(Math.log10(raw));
	for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= raw) return step * magnitude;
	return 10 * magnitude;
}

export function formatMoney(value: number): string {
	const digits = value !== 0 && Math.abs(value) < 10 ? 2 : 0;
	return `$${value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

export function purchasingChart(input: PurchasingInput, width = 640, height = 360): PurchasingChart {
	const comparison = comparePurchasingOptions(input);
	const plot = { left: 64, top: 16, right: width - 16, bottom: height - 44 };
	const months = (term: number) => term * 12;
	const costAt = (fixedPerMonth: number, rate: number, hours: number) => fixedPerMonth + rate * hours * input.instances;
	const raw = comparison.options.map((o) => {
		const fixedPerMonth = o.fixedCost / months(o.termYears);
		return {
			o,
			fixedPerMonth,
			zero: costAt(fixedPerMonth, o.variableHourly, 0),
			full: costAt(fixedPerMonth, o.variableHourly, HOURS_PER_MONTH),
		};
	});
	// Scale to the On-Demand line at full usage (plus headroom) so an expensive option (a Dedicated Host
	// for one instance) cannot squash the others; its line simply leaves the top of the plot.
	const onDemandFull = raw.find((r) => r.o.id === 'on-demand')!.full;
	const highest = Math.max(...raw.map((r) => r.full));
	const target = Math.max(onDemandFull * 1.15, Math.min(highest, onDemandFull * 1.6), 1);
	const step = niceStep(target, 5);
	const maxCost = Math.ceil(target / step) * step;
	const x = (hours: number) => plot.left + (hours / HOURS_PER_MONTH) * (plot.right - plot.left);
	const y = (cost: number) => plot.bottom - (cost / maxCost) * (plot.bottom - plot.top);
	const round = (n: number) => Math.round(n * 10) / 10;

	const lines: ChartLine[] = raw.map(({ o, zero, full }) => ({
		id: o.id,
		label: o.label,
		x1: round(x(0)),
		y1: round(y(zero)),
		x2: round(x(HOURS_PER_MONTH)),
		y2: round(y(full)),
		costAtZero: zero,
		costAtFull: full,
	}));
	const breakEvens: ChartMarker[] = [];
	for (const { o, fixedPerMonth } of raw) {
		// No marker when there is no crossing, or when the option is cheaper from the first hour (Spot).
		if (o.breakEvenHoursPerMonth === null || o.breakEvenHoursPerMonth === 0 || o.id === 'on-demand') continue;
		const hours = o.breakEvenHoursPerMonth;
		const cost = costAt(fixedPerMonth, o.variableHourly, hours);
		if (cost > maxCost) continue;
		breakEvens.push({ id: o.id, label: o.label, hours, monthlyCost: cost, x: round(x(hours)), y: round(y(cost)) });
	}
	const xTicks: ChartTick[] = [0, 100, 200, 300, 400, 500, 600, 730].map((h) => ({
		value: h,
		position: round(x(h)),
		text: String(h),
	}));
	const yTicks: ChartTick[] = [];
	for (let v = 0; v <= maxCost + 1e-9; v += step)
		yTicks.push({ value: v, position: round(y(v)), text: formatMoney(v) });
	return { width, height, plot, lines, breakEvens, usageX: round(x(input.hoursPerMonth)), xTicks, yTicks, maxCost };
}
