/**
 * Elastic Load Balancing engine: the public surface of src/lib/elb.
 * Addresses come from src/lib/network, wildcards from src/lib/wildcard and JSON positions from src/lib/json
 * (one primitive each).
 */

// Health checks, cross-zone, round robin, load-balancer chooser.
export {
	parseMatcher,
	matchesSuccessCode,
	validateHealthCheckConfig,
	parseProbeSequence,
	formatProbe,
	simulateHealthChecks,
	usesHttp,
	matcherKindFor,
	MatcherError,
	HealthCheckConfigError,
	ProbeSequenceError,
	HEALTH_CHECK_PRESETS,
	MATCHER_BOUNDS,
	type HealthCheckConfig,
	type HealthCheckLoadBalancer,
	type HealthCheckProtocol,
	type TargetHealthState,
	type MatcherKind,
	type CodeRange,
	type Probe,
	type HealthCheckStep,
	type HealthCheckTimeline,
} from './health-checks';
export {
	computeTrafficShares,
	validateZones,
	formatShare,
	CrossZoneError,
	CROSS_ZONE_DEFAULTS,
	type CrossZoneLoadBalancer,
	type CrossZoneDefault,
	type ZoneTargets,
	type TargetShare,
	type CrossZoneResult,
} from './cross-zone';
export {
	routeRoundRobin,
	RoundRobinError,
	MAX_REQUESTS_PER_BATCH,
	type RoundRobinTarget,
	type RoundRobinResult,
} from './round-robin';
export {
	chooseLoadBalancer,
	ChooserError,
	DEFAULT_NEEDS,
	LOAD_BALANCER_NAMES,
	type ChooserNeeds,
	type ChooserAnswer,
	type LoadBalancerType,
	type TrafficProtocol,
} from './chooser';

// ALB listener rules, SNI, stickiness, X-Forwarded-*, IP targets.
export {
	routeRequest,
	validateListener,
	parseQueryString,
	AlbRuleError,
	ALB_LIMITS,
	type Condition,
	type ConditionField,
	type ListenerRule,
	type Listener,
	type AlbRequest,
	type ConditionEvaluation,
	type RuleEvaluation,
	type RuleStatus,
	type RoutingResult,
} from './alb-rules';
export {
	parseListenerJson,
	formatListenerJson,
	describeCondition,
	parseRequestUrl,
	REQUEST_URL_LIMITS,
	parseHeaderLines,
	type ParsedUrl,
} from './alb-rules-text';
export { conditionValueMatches, countWildcards } from './wildcard';
export {
	selectCertificate,
	explainCertificateSelection,
	parseCertificateLines,
	normalizeHostname,
	SniError,
	type ListenerCertificate,
	type SelectionOptions,
	type CertificateSelection,
	type CertificateMatch,
	type MatchKind,
	type SelectionReason,
} from './sni';
export {
	simulateStickiness,
	parseStickinessScript,
	StickinessError,
	STICKINESS_LIMITS,
	RESERVED_COOKIE_NAMES,
	type StickinessMode,
	type StickinessConfig,
	type SimulationEvent,
	type RoutedRequest,
	type StickinessResult,
} from './stickiness';
export {
	simulateForwarding,
	parseXForwardedFor,
	extractClientIp,
	parseProxyLines,
	ForwardedHeaderError,
	type XffMode,
	type Proxy,
	type ForwardingScenario,
	type ForwardedHeaders,
	type Hop,
	type ForwardingResult,
	type XffEntry,
	type ClientIpResult,
} from './forwarded-headers';
export { checkIpTarget, IpTargetError, IP_TARGET_RANGES, type IpTargetCheck } from './ip-target';
export { ELB_PLACEHOLDERS, RECOMMENDED_SSL_POLICY } from './cli-export';
export { createRuleCommand, ruleAction, ruleCondition } from './cli-export-rules';
export {
	healthCheckCommand,
	healthCheckParameters,
	healthCheckProperties,
	healthCheckTemplate,
} from './cli-export-health';
export {
	stickinessAttributes,
	stickinessCommand,
	stickinessCommands,
	stickinessTemplate,
} from './cli-export-stickiness';
export { httpsListenerCommands, httpsListenerTemplate } from './cli-export-listener';
