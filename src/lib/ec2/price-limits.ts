/**
 * Upper bounds for the prices and counts a reader types into the EC2 calculators. AWS publishes no
 * maximum price, so these sit far above any real one: the most expensive On-Demand instances and
 * Dedicated Hosts cost a few hundred dollars an hour, and a 3-year All Upfront reservation of the
 * largest hosts a few million dollars (https://aws.amazon.com/ec2/pricing/on-demand/, checked
 * 2026-12-01). They refuse only typos and crafted links such as an hourly price of 1e30, whose totals
 * would print in exponent notation.
 */
export const PRICE_LIMITS = {
	/** Any per-hour price: On-Demand, Spot, Savings Plan, Reserved Instance, Dedicated Host. */
	maxHourlyUsd: 10_000,
	/** A Reserved Instance's upfront payment. */
	maxUpfrontUsd: 100_000_000,
	/** Instances of one size packed on one Dedicated Host (real hosts hold at most a few hundred). */
	maxInstancesPerHost: 1_000,
} as const;
