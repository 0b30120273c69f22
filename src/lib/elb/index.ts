/**
 * Elastic Load Balancing engine: the public surface of src/lib/elb.
 * Two engineers own halves of this folder; each edits only its own section below.
 */

// --- Section A: health checks, cross-zone, load-balancer chooser, scaling (owned by the LB-basics work) ---

// --- Section B: ALB listener rules, SNI, stickiness, X-Forwarded-* (owned by the ALB work) ---
