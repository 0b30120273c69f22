/** Engine re-exports for the inheritance matrix's browser script. */
export { evaluate, PolicyParseError } from '../../lib/iam';
export interface MatrixActionLike {
	action: string;
	resource: string;
	label: string;
}
