/**
 * The figures AWS changes — certificate lifetimes, default security policies, quotas, volume limits,
 * Free Tier terms, sample prices, end-of-support dates — each with the AWS page it comes from and the
 * date it was checked. Pages render them with `<Fact id="…" />` (src/components/kit/Fact.astro), engines
 * and examples read `facts.<id>.value`, so a figure changes in one place. `npm run facts` lists them
 * oldest first for the yearly review; test/unit/facts/literals.test.ts fails when one is typed by hand.
 */
import type { Fact } from './types';

const ACM_CONCEPTS = {
	title: 'AWS Certificate Manager concepts — ACM certificate (ACM User Guide)',
	url: 'https://docs.aws.amazon.com/acm/latest/userguide/acm-concepts.html',
};
const ALB_SECURITY_POLICIES = {
	title: 'Security policies for your Application Load Balancer (ALB User Guide)',
	url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html',
};
const IAM_QUOTAS = {
	title: 'IAM and AWS STS quotas (IAM User Guide)',
	url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html',
};
const GP3 = {
	title: 'General Purpose SSD volumes (Amazon EBS User Guide)',
	url: 'https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html',
};
const CREATE_VOLUME = {
	title: 'CreateVolume (Amazon EC2 API Reference)',
	url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html',
};

// --- Certificates and TLS -------------------------------------------------------------------------
// ACM concepts: "ACM generates X.509 version 3 certificates. Each is valid for 198 days"; the public
// certificates page (gs-acm-request-public.html): "Expiration: Each certificate is valid for 198 days."
export const acmPublicCertificateValidity = {
	value: 198,
	text: '198 days',
	about: 'Validity of new and renewed ACM public certificates (since 18 Feb 2026; 395 days before)',
	source: ACM_CONCEPTS,
	checked: '2026-12-01',
} satisfies Fact;

export const publicTlsMaxValidity = {
	value: 200,
	text: '200 days',
	about: 'CA/Browser Forum maximum validity of a publicly trusted TLS certificate (from 15 Mar 2026)',
	source: ACM_CONCEPTS,
	checked: '2026-12-01',
} satisfies Fact;

export const elbConsoleDefaultSecurityPolicy = {
	value: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
	text: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
	about: 'Default security policy of an HTTPS (ALB) or TLS (NLB) listener created in the console',
	source: ALB_SECURITY_POLICIES,
	checked: '2026-12-01',
} satisfies Fact;

export const elbApiDefaultSecurityPolicy = {
	value: 'ELBSecurityPolicy-2016-08',
	text: 'ELBSecurityPolicy-2016-08',
	about: 'Default security policy of a listener created with the CLI, API, CloudFormation or CDK (allows TLS 1.0/1.1)',
	source: ALB_SECURITY_POLICIES,
	checked: '2026-12-01',
} satisfies Fact;

export const albCertificatesPerLoadBalancer = {
	value: 25,
	text: '25 certificates',
	about: 'Certificates per Application Load Balancer besides the default ones (adjustable quota)',
	source: {
		title: 'Quotas for your Application Load Balancers (ALB User Guide)',
		url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html',
	},
	checked: '2026-12-01',
} satisfies Fact;

export const albStickinessMaxDuration = {
	value: 604_800,
	text: '1 second to 7 days',
	about: 'Longest duration of an ALB stickiness cookie (range 1 second to 7 days)',
	source: {
		title: 'Sticky sessions for your Application Load Balancer (ALB User Guide)',
		url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/sticky-sessions.html',
	},
	checked: '2026-12-01',
	literals: [/1 second to 7 days/],
} satisfies Fact;

// --- IAM ---------------------------------------------------------------------------------------------
export const iamManagedPoliciesPerPrincipal = {
	value: 10,
	text: '10',
	about: 'Managed policies attached to one IAM user or role, default quota',
	source: IAM_QUOTAS,
	checked: '2026-12-01',
	literals: [/\b10 managed policies\b/i],
} satisfies Fact;

export const iamManagedPoliciesPerPrincipalMax = {
	value: 20,
	text: '20',
	about: 'Managed policies attached to one IAM user or role, highest value a quota increase allows',
	source: IAM_QUOTAS,
	checked: '2026-12-01',
	literals: [/\b20 managed policies\b/i],
} satisfies Fact;

export const iamManagedPoliciesPerGroup = {
	value: 10,
	text: '10',
	about: 'Managed policies attached to one IAM group (not adjustable)',
	source: IAM_QUOTAS,
	checked: '2026-12-01',
	// "10 managed policies" is already caught through iamManagedPoliciesPerPrincipal.
	literals: [],
} satisfies Fact;

export const iamLastAccessedTrackingPeriod = {
	value: 400,
	text: '400 days',
	about: 'How far back IAM last accessed information (Access Advisor) reaches',
	source: {
		title: 'Refine permissions using last accessed information (IAM User Guide)',
		url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_last-accessed.html',
	},
	checked: '2026-12-01',
} satisfies Fact;

export const cliV1EndOfSupport = {
	value: '2027-07-15',
	text: '15 July 2027',
	about: 'End of support of AWS CLI version 1 (maintenance mode until then)',
	source: {
		title: 'CLI v1 Maintenance Mode Announcement (AWS Developer Tools Blog)',
		url: 'https://aws.amazon.com/blogs/developer/cli-v1-maintenance-mode-announcement/',
	},
	checked: '2026-12-01',
} satisfies Fact;

// --- EC2 ---------------------------------------------------------------------------------------------
export const ec2SampleOnDemandHourly = {
	value: 0.096,
	text: '$0.096 an hour',
	about: 'Sample On-Demand price of an m5.large, Linux, us-east-1 (illustrative, rounded)',
	source: { title: 'Amazon EC2 On-Demand Pricing', url: 'https://aws.amazon.com/ec2/pricing/on-demand/' },
	checked: '2025-01-15',
	literals: [/\b0\.096\b/],
} satisfies Fact;

export const spotMaxDiscount = {
	value: 90,
	text: 'up to 90%',
	about: 'Largest Spot discount off the On-Demand price AWS advertises',
	source: { title: 'Amazon EC2 Spot Instances', url: 'https://aws.amazon.com/ec2/spot/' },
	checked: '2026-12-01',
	literals: [/up to 90 ?%/],
} satisfies Fact;

export const futureCapacityReservationLeadTime = {
	value: '5 to 120 days',
	text: '5 to 120 days',
	about: 'How far in advance a future-dated Capacity Reservation can be requested',
	source: {
		title: 'CreateCapacityReservation — StartDate (Amazon EC2 API Reference)',
		url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateCapacityReservation.html',
	},
	checked: '2026-12-01',
	literals: [/\b5 (?:and|to) 120 days\b/],
} satisfies Fact;

export const freeTierCreditPlanStart = {
	value: '2025-07-15',
	text: '15 July 2025',
	about: 'Accounts created from this date get the credit-based AWS Free Tier',
	source: { title: 'AWS Free Tier', url: 'https://aws.amazon.com/free/' },
	checked: '2026-12-01',
} satisfies Fact;

export const freeTierLegacyLoadBalancerHours = {
	value: 750,
	text: '750 hours a month',
	about: 'Legacy 12-month Free Tier: load balancer hours shared between Classic and Application Load Balancers',
	source: { title: 'Elastic Load Balancing pricing', url: 'https://aws.amazon.com/elasticloadbalancing/pricing/' },
	checked: '2026-12-01',
	literals: [/\b750 hours\b/],
} satisfies Fact;

// --- EBS ---------------------------------------------------------------------------------------------
export const gp3MinSizeGiB = {
	value: 1,
	text: '1 GiB',
	about: 'gp3 smallest volume size',
	source: CREATE_VOLUME,
	checked: '2026-11-27',
	literals: [],
} satisfies Fact;

export const gp3MaxSizeGiB = {
	value: 65_536,
	text: '64 TiB (65,536 GiB)',
	about: 'gp3 largest volume size (16 TiB until Sep 2025)',
	source: GP3,
	checked: '2026-11-27',
	literals: [/\b65,?536 GiB\b/],
} satisfies Fact;

export const gp3BaselineIops = {
	value: 3_000,
	text: '3,000 IOPS',
	about: 'gp3 IOPS included in the price at any size',
	source: GP3,
	checked: '2026-11-27',
	literals: [/\b3,?000 IOPS\b/],
} satisfies Fact;

export const gp3MaxIops = {
	value: 80_000,
	text: '80,000 IOPS',
	about: 'gp3 largest provisioned IOPS per volume (16,000 until Sep 2025)',
	source: GP3,
	checked: '2026-11-27',
	literals: [/\b80,?000 IOPS\b/],
} satisfies Fact;

export const gp3MaxIopsPerGiB = {
	value: 500,
	text: '500 IOPS per GiB',
	about: 'gp3 IOPS-to-size ratio limit',
	source: GP3,
	checked: '2026-11-27',
	literals: [/\b500 IOPS per GiB\b/],
} satisfies Fact;

export const gp3BaselineThroughputMiBps = {
	value: 125,
	text: '125 MiB/s',
	about: 'gp3 throughput included in the price at any size',
	source: GP3,
	checked: '2026-11-27',
	literals: [/\b125 MiB\/s\b/],
} satisfies Fact;

export const gp3MaxThroughputMiBps = {
	value: 2_000,
	text: '2,000 MiB/s',
	about: 'gp3 largest provisioned throughput per volume (1,000 until Sep 2025)',
	source: CREATE_VOLUME,
	checked: '2026-11-27',
	literals: [/\b2,?000 MiB\/s\b/],
} satisfies Fact;

export const gp3MaxThroughputPerIops = {
	value: 0.25,
	text: '0.25 MiB/s per provisioned IOPS',
	about: 'gp3 throughput-to-IOPS ratio limit',
	source: CREATE_VOLUME,
	checked: '2026-11-27',
	literals: [/\b0\.25 MiB\/s per\b/],
} satisfies Fact;

export const io2MaxIops = {
	value: 256_000,
	text: '256,000 IOPS',
	about: 'io2 Block Express largest provisioned IOPS per volume (on Nitro instances)',
	source: {
		title: 'Provisioned IOPS SSD volumes (Amazon EBS User Guide)',
		url: 'https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html',
	},
	checked: '2026-12-01',
	literals: [/\b256,?000 IOPS\b/],
} satisfies Fact;

// --- "What a learner meets next" (issue 14) -----------------------------------------------------------
export const roleDefaultSessionDuration = {
	value: 3_600,
	text: '1 hour',
	about: 'Default length of a role session (AssumeRole DurationSeconds) and default maximum session duration',
	source: {
		title: 'Update the maximum session duration for a role (IAM User Guide)',
		url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-settings.html',
	},
	checked: '2026-12-01',
	literals: [],
} satisfies Fact;

export const roleMaxSessionDurationLimit = {
	value: 43_200,
	text: '12 hours',
	about: 'Highest maximum session duration a role can be given (role chaining: 1 hour at most)',
	source: {
		title: 'Update the maximum session duration for a role (IAM User Guide)',
		url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-settings.html',
	},
	checked: '2026-12-01',
	literals: [/\b1 (?:hour )?(?:to|and) 12 hours\b/],
} satisfies Fact;

// ModifyVolume: "You can modify a volume up to four times within a rolling 24-hour period, as long as the
// volume is in the in-use or available state, and all previous modifications for that volume are completed."
export const ebsModificationsPer24Hours = {
	value: 4,
	text: 'four times',
	about:
		'Elastic Volumes: modifications of one volume within a rolling 24 hours (each after the previous completes; was one per 6 hours)',
	source: {
		title: 'ModifyVolume (Amazon EC2 API Reference)',
		url: 'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyVolume.html',
	},
	checked: '2026-12-01',
	literals: [/\bfour (?:times|modifications) (?:within|in) a rolling 24/],
} satisfies Fact;

export const albIdleTimeoutDefault = {
	value: 60,
	text: '60 seconds',
	about: 'Default connection idle timeout of an Application Load Balancer (1–4,000 s)',
	source: {
		title: 'Edit attributes for your Application Load Balancer — Connection idle timeout (ALB User Guide)',
		url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-load-balancer-attributes.html',
	},
	checked: '2026-12-01',
	literals: [/\bidle timeout[^.]{0,40}\b60 s(?:econds)?\b/i],
} satisfies Fact;

export const deregistrationDelayDefault = {
	value: 300,
	text: '300 seconds',
	about: 'Default deregistration delay (connection draining) of a target group (0–3,600 s)',
	source: {
		title: 'Edit target group attributes — Deregistration delay (ALB User Guide)',
		url: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/edit-target-group-attributes.html',
	},
	checked: '2026-12-01',
	literals: [/\b300 seconds\b/],
} satisfies Fact;

/**
 * Every registered fact, by id. Browser code should import single facts (`import { gp3MaxIops } …`) so the
 * bundler leaves the rest of the registry out of the page's JavaScript.
 */
export const facts = {
	acmPublicCertificateValidity,
	publicTlsMaxValidity,
	elbConsoleDefaultSecurityPolicy,
	elbApiDefaultSecurityPolicy,
	albCertificatesPerLoadBalancer,
	albStickinessMaxDuration,
	iamManagedPoliciesPerPrincipal,
	iamManagedPoliciesPerPrincipalMax,
	iamManagedPoliciesPerGroup,
	iamLastAccessedTrackingPeriod,
	cliV1EndOfSupport,
	ec2SampleOnDemandHourly,
	spotMaxDiscount,
	futureCapacityReservationLeadTime,
	freeTierCreditPlanStart,
	freeTierLegacyLoadBalancerHours,
	gp3MinSizeGiB,
	gp3MaxSizeGiB,
	gp3BaselineIops,
	gp3MaxIops,
	gp3MaxIopsPerGiB,
	gp3BaselineThroughputMiBps,
	gp3MaxThroughputMiBps,
	gp3MaxThroughputPerIops,
	io2MaxIops,
	roleDefaultSessionDuration,
	roleMaxSessionDurationLimit,
	ebsModificationsPer24Hours,
	albIdleTimeoutDefault,
	deregistrationDelayDefault,
} satisfies Record<string, Fact>;

export type FactId = keyof typeof facts;
