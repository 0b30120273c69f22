/** Load-balancer-types page: the chooser's scenarios, one per line of the notes' "Quick decision guide". */
import { DEFAULT_NEEDS, type ChooserNeeds, type LoadBalancerType } from '../../lib/elb/index';

export interface ChooserScenario {
	label: string;
	needs: ChooserNeeds;
	expected: LoadBalancerType;
}

export const chooserScenarios: ChooserScenario[] = [
	{
		label: 'Traditional web app with /api and /images routes',
		needs: { ...DEFAULT_NEEDS, protocol: 'https', contentRouting: true },
		expected: 'alb',
	},
	{
		label: 'Real-time game server on UDP',
		needs: { ...DEFAULT_NEEDS, protocol: 'udp', extremePerformance: true },
		expected: 'nlb',
	},
	{
		label: 'Firewalls that inspect all traffic',
		needs: { ...DEFAULT_NEEDS, protocol: 'ip', appliances: true },
		expected: 'gwlb',
	},
	{
		label: 'Old application already on a Classic Load Balancer',
		needs: { ...DEFAULT_NEEDS, protocol: 'http', legacyClassic: true },
		expected: 'clb',
	},
	{
		label: 'HTTPS API whose partners allow-list fixed IPs',
		needs: { ...DEFAULT_NEEDS, protocol: 'https', staticIp: true },
		expected: 'nlb',
	},
];

/** The chooser widget's starting answers. */
export const chooserInitial: ChooserNeeds = chooserScenarios[0]!.needs;
