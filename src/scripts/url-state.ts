/**
 * Keeps a widget's input in the page URL so an example can be shared.
 *
 * Each widget owns one query parameter (its `stateKey`, e.g. `policy`), holding its state as JSON.
 * Query parameters, not the hash: Starlight uses the hash for heading anchors, and static hosts
 * ignore the query string, so the same built page serves every shared state.
 *
 * Three rules, owned here so no widget has to remember them:
 * - read through a Shape: a crafted or truncated link gives a reason, never a value of the wrong type;
 * - write only when the reader changed something (the caller decides when; nothing here runs on load);
 * - cap the size: a parameter longer than URL_STATE_MAX_LENGTH is not written (the link would fail with
 *   HTTP 431 on many servers), and the caller is told so it can say "too long to share".
 */
import { ShapeError, type Shape } from './state-shape';

/**
 * Longest encoded parameter a widget may write. Servers and CDNs commonly refuse request headers past
 * 8 KB (HTTP 431/414), and several widgets can share one page's URL; 4,000 characters keeps any one
 * widget's link safely openable.
 */
export const URL_STATE_MAX_LENGTH = 4000;

export type DecodedState<T> = { status: 'absent' } | { status: 'ok'; value: T } | { status: 'invalid'; reason: string };

/** Pure: reads and checks one widget's parameter from a query string. */
export function decodeUrlState<T>(
	search: string,
	stateKey: string,
	shape: Shape<T>,
	maxLength = URL_STATE_MAX_LENGTH,
): DecodedState<T> {
	let raw: string | null;
	try {
		raw = new URLSearchParams(search).get(stateKey);
	} catch {
		return { status: 'invalid', reason: 'the link is not a valid address' };
	}
	if (raw === null) return { status: 'absent' };
	if (encodeURIComponent(raw).length > maxLength)
		return { status: 'invalid', reason: 'the saved example is longer than this site writes' };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { status: 'invalid', reason: 'the saved example is cut off or not valid JSON' };
	}
	try {
		return { status: 'ok', value: shape(parsed, '') };
	} catch (error) {
		if (error instanceof ShapeError)
			return { status: 'invalid', reason: `the saved example is malformed (${error.message})` };
		throw error;
	}
}

/** Pure: the new query string, or `null` when the state is too long to share. */
export function encodeUrlState(
	search: string,
	stateKey: string,
	state: unknown,
	maxLength = URL_STATE_MAX_LENGTH,
): string | null {
	const params = new URLSearchParams(search);
	if (state === null || state === undefined) {
		params.delete(stateKey);
	} else {
		const json = JSON.stringify(state);
		if (encodeURIComponent(json).length > maxLength) return null;
		params.set(stateKey, json);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

export type WriteResult = 'written' | 'too-long';

/**
 * Replaces (never pushes) history, so typing does not flood the back button. A state too long to share
 * removes the parameter (an old, shorter state would be a wrong link) and answers 'too-long'.
 */
export function writeUrlState(stateKey: string, state: unknown, maxLength = URL_STATE_MAX_LENGTH): WriteResult {
	const url = new URL(window.location.href);
	const query = encodeUrlState(url.search, stateKey, state, maxLength);
	url.search = query ?? encodeUrlState(url.search, stateKey, null) ?? '';
	window.history.replaceState(window.history.state, '', url);
	return query === null ? 'too-long' : 'written';
}
