/**
 * Shared text primitives. Pure TypeScript, no DOM. `editDistance` (optimal string alignment, with an
 * optional give-up limit) is the one edit distance behind the EC2 instance-type and IAM "did you mean".
 */
export { editDistance } from './edit-distance';
