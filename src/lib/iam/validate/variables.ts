/**
 * Policy variable syntax in Resource and Condition values: ${aws:username}, with an optional default
 * ${aws:username, 'anonymous'}, and the escapes ${*}, ${?}, ${$}. Variables need "Version": "2012-10-17".
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
 */
import type { Located, StatementModel } from './document';
import type { Context } from './context';

export function checkVariables(ctx: Context, s: StatementModel): void {
	const values: Located[] = [
		...(s.resource ?? []),
		...(s.notResource ?? []),
		...s.conditions.flatMap((c) => c.values.filter((v): v is Located => typeof v.value === 'string')),
	];
	for (const v of values) {
		if (!v.value.includes('${')) continue;
		if (!ctx.variablesEnabled) {
			ctx.add(
				'VARIABLE_UNSUPPORTED_IN_VERSION',
				v.span,
				`"${v.value}" uses a policy variable, which only works with "Version": "2012-10-17"; here it is plain text.`,
			);
			continue;
		}
		checkSyntax(ctx, v);
	}
}

function checkSyntax(ctx: Context, v: Located): void {
	let from = 0;
	while (true) {
		const open = v.value.indexOf('${', from);
		if (open < 0) return;
		const close = v.value.indexOf('}', open);
		if (close < 0) {
			ctx.add('MISSING_BRACE_IN_VARIABLE', v.span, `A variable in "${v.value}" has no closing brace: write \${name}.`);
			return;
		}
		const inside = v.value.slice(open + 2, close);
		from = close + 1;
		if (inside === '*' || inside === '?' || inside === '$') continue;
		const [name = '', ...rest] = inside.split(',');
		if (inside.trim() === '')
			ctx.add('EMPTY_VARIABLE', v.span, '"${}" is an empty variable. Put a key inside, e.g. ${aws:username}.');
		else if (/\s/.test(name.trim()) || name !== name.trimStart())
			ctx.add('UNSUPPORTED_SPACE_IN_VARIABLE', v.span, `"\${${inside}}": a variable name cannot contain spaces.`);
		else if (!/^[A-Za-z0-9:/_.-]+$/.test(name.trim()))
			ctx.add(
				'UNSUPPORTED_SYMBOL_IN_VARIABLE',
				v.span,
				`"\${${inside}}": a variable name holds letters, digits and : / _ . - only.`,
			);
		else if (rest.length > 0 && !/^\s*'[^']*'\s*$/.test(rest.join(',')))
			ctx.add(
				'MISSING_QUOTE_IN_VARIABLE',
				v.span,
				`"\${${inside}}": a default value goes in single quotes, e.g. \${aws:username, 'anonymous'}.`,
			);
	}
}
