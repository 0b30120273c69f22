/**
 * The one error type the storage engine throws for bad input. `field` names the input at fault
 * (e.g. `sizeGiB`), so a widget can show the message beside the right control.
 */
export class StorageInputError extends Error {
	override readonly name = 'StorageInputError';
	readonly field: string | undefined;
	constructor(message: string, field?: string) {
		super(message);
		this.field = field;
	}
}

/** Thrown when a lifecycle action is not possible in the instance's current state (e.g. start a running instance). */
export class LifecycleError extends Error {
	override readonly name = 'LifecycleError';
	readonly action: string;
	constructor(message: string, action: string) {
		super(message);
		this.action = action;
	}
}

/**
 * Parses a whole number typed by a reader ("3000", " 3,000 ") for the field `label`.
 * Thousands separators are accepted because the page itself writes numbers that way.
 */
export function parseWholeNumber(text: string, field: string, label: string): number {
	const cleaned = text.trim().replace(/[,_\s]/g, '');
	if (cleaned === '') throw new StorageInputError(`${label} is empty: type a whole number.`, field);
	if (!/^-?\d+$/.test(cleaned))
		throw new StorageInputError(`${label} must be a whole number (digits only), not "${text.trim()}".`, field);
	const value = Number(cleaned);
	if (!Number.isSafeInteger(value)) throw new StorageInputError(`${label} is too large to be a real value.`, field);
	return value;
}
