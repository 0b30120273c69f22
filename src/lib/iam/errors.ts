/** Thrown for a policy that is not valid JSON or not a valid IAM policy. Line and column are 1-based. */
export class PolicyParseError extends Error {
	override readonly name = 'PolicyParseError';
	readonly line: number;
	readonly column: number;
	constructor(message: string, line: number, column: number) {
		super(message);
		this.line = line;
		this.column = column;
	}
}

/** Thrown for a request that cannot be evaluated (e.g. an action without a service prefix). */
export class PolicyRequestError extends Error {
	override readonly name = 'PolicyRequestError';
	/** Which request field is wrong: `principal`, `action`, `resource`, `resourceAccount`, `context`. */
	readonly field: string;
	constructor(field: string, message: string) {
		super(message);
		this.field = field;
	}
}

/** Thrown by `parseArn` for a string that is not an ARN. */
export class ArnParseError extends Error {
	override readonly name = 'ArnParseError';
}
