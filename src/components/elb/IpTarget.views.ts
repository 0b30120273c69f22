/**
 * Views for IpTarget: pure functions from an engine result to what the widget shows, rendered by
 * <View> at build time and by ctx.show() in the browser (src/components/kit/view.ts). One module per
 * widget, so a page loads only its own widgets' views and engines.
 */
import { badge, type ViewNode } from '../kit/view';
import { checkIpTarget, IpTargetError, type IpTargetCheck } from '../../lib/elb/index';

export interface IpTargetForm {
	ip: string;
	/** Comma-separated VPC CIDR blocks, as typed. */
	vpc: string;
}
export interface IpTargetEvaluation {
	result: IpTargetCheck | null;
	error: { field: 'ip' | 'vpc'; message: string } | null;
}

export function evaluateIpTarget(form: IpTargetForm): IpTargetEvaluation {
	const blocks = form.vpc
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);
	try {
		return { result: checkIpTarget(form.ip.trim(), blocks), error: null };
	} catch (error) {
		if (!(error instanceof IpTargetError)) throw error;
		// error.reason, not error.message: the reader sees "VPC CIDR blocks", never the engine's "vpcCidrs[0]".
		return { result: null, error: { field: error.path === 'ip' ? 'ip' : 'vpc', message: error.reason } };
	}
}

export function ipTargetView({ result }: IpTargetEvaluation): ViewNode {
	if (!result) return [badge('warn', 'Input error'), ' Fix the field marked above.'];
	return [badge(result.allowed ? 'allow' : 'deny', result.allowed ? 'Allowed' : 'Rejected'), ' ', result.reason];
}
