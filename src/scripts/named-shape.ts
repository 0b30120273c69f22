/**
 * A shape's error names the field by its key in the link (`p: longer than 6144 characters`,
 * `groups[0].name: expected text`); a reader knows the field by its label. `named()` rewrites the
 * error to start with the label of the link's top-level key, so the "this link could not be used"
 * notice says "Policy (JSON): longer than 6144 characters" instead.
 */
import { ShapeError, type Shape } from './state-shape';

export function named<T>(shape: Shape<T>, labels: Readonly<Record<string, string>>): Shape<T> {
	return (value, path) => {
		try {
			return shape(value, path);
		} catch (error) {
			if (!(error instanceof ShapeError)) throw error;
			const match = /^([A-Za-z0-9_-]+)[^:]*: (.*)$/.exec(error.message);
			const label = match ? labels[match[1]!] : undefined;
			throw new ShapeError(label ? `${label}: ${match![2]}` : error.message);
		}
	};
}
