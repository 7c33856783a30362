/**
 * Vega's expressions for a shape the build compiled: functions the build wrote into the shape's
 * module (`scripts/shape-module.mjs`), handed to Vega's view in place of the code it would generate
 * and evaluate with `new Function` (vega-runtime's expression.js). The page neither parses nor
 * interprets an expression, and runs no eval (strict CSP). A shape compiled on
 * the page has syntax trees instead, for Vega's interpreter (`compiler.ts`).
 */
import type { Runtime } from 'vega';

/** An expression as the build wrote it: an encoder is `(item, _)`, any other `(datum, _, event)`. */
type Written = (this: unknown, a?: unknown, b?: unknown, c?: unknown) => unknown;

/** A shape the build compiled: the parsed spec, and its expressions with the chart's texts (`S`, its slots) in them. */
export interface BuiltShape {
  runtime: Runtime;
  expressions(texts: readonly string[]): Written[];
}

/** A shape ready to draw: its parsed spec, and the `expr` option of a view of it with a chart's texts. */
export interface Shape {
  runtime: Runtime;
  expr(texts: readonly string[]): object;
}

/** A built shape as the chart runtime draws it. */
export function builtShape(built: BuiltShape): Shape {
  return { runtime: built.runtime, expr: (texts) => writtenExpressions(built.expressions(texts)) };
}

/** What Vega's runtime asks of the `expr` option of its view (vega-runtime's context.js). */
export interface ExpressionSet {
  operator(ctx: Context, expr: Expr): (_: unknown) => unknown;
  parameter(ctx: Context, expr: Expr): (datum: unknown, _: unknown) => unknown;
  event(ctx: Context, expr: Expr): (event: unknown) => unknown;
  handler(ctx: Context, expr: Expr): (_: unknown, event: { item?: { datum?: unknown } }) => unknown;
  encode(ctx: Context, expr: Expr): (item: unknown, _: unknown) => unknown;
}
type Context = { functions?: object };
type Expr = { code: number };

/** The `expr` of a view of a built shape: each expression is the written function of its number, its `this` Vega's functions. */
export function writtenExpressions(written: Written[]): ExpressionSet {
  const fn = (ctx: Context, expr: Expr) => {
    const f = written[expr.code];
    if (!f) throw new Error(`no expression ${expr.code} in the compiled shape`);
    return f.bind(ctx.functions);
  };
  return {
    operator: (ctx, expr) => {
      const f = fn(ctx, expr);
      return (_) => f(undefined, _);
    },
    parameter: fn,
    event: (ctx, expr) => {
      const f = fn(ctx, expr);
      return (event) => f(undefined, undefined, event);
    },
    handler: (ctx, expr) => {
      const f = fn(ctx, expr);
      return (_, event) => f(event.item && event.item.datum, _, event);
    },
    encode: fn,
  };
}
