// A compiled chart shape as a module (src/chart/compiled/shape-*.ts): Vega's parsed spec with each
// expression written out as a function (see src/chart/expressions.ts), so the page neither parses
// nor interprets expressions, and needs no eval under a strict CSP. A slot's text (a title, a
// colour: src/chart/spec-shape.ts) is never written into a function: the function reads it from
// the chart's texts, `S`, when it runs. Pure; used by scripts/compile-shapes.mjs and the tests.

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** A slot's placeholder (src/chart/spec-shape.ts), as a whole string. */
const PLACEHOLDER = /^\uE000\d+\uE001$/;
/** Where a placeholder is a whole string in an expression's code: an object's key, or a value. */
const SLOT_KEY = /([{,])"\uE000(\d+)\uE001":/g;
const SLOT = /"\uE000(\d+)\uE001"/g;
/** A placeholder's character anywhere, also written as an escape. */
const ANY_SLOT = /[\uE000\uE001]|\\u\{?0*[eE]00[01]/;

/** How many strings of an expression's syntax tree are a whole placeholder. */
function wholeSlots(node) {
  if (Array.isArray(node)) return node.reduce((n, v) => n + wholeSlots(v), 0);
  if (!isObject(node)) return 0;
  let n = node.type === 'Literal' && typeof node.value === 'string' && PLACEHOLDER.test(node.value) ? 1 : 0;
  for (const v of Object.values(node)) n += wholeSlots(v);
  return n;
}

/**
 * An expression's code with each slot's text read from `S` at run time. Its syntax tree says how
 * many slots it holds: the build stops unless each is a whole string it rewrote, so that no
 * placeholder is left in a function, nor rewritten inside another string.
 */
function withSlots({ code, ast }, where) {
  let rewritten = 0;
  const out = code
    .replace(SLOT_KEY, (_, before, n) => (rewritten++, `${before}[S[${n}]]:`))
    .replace(SLOT, (_, n) => (rewritten++, `S[${n}]`));
  if (rewritten !== wholeSlots(ast) || ANY_SLOT.test(out)) {
    throw new Error(`${where}: a slot that is not a whole string in an expression (a text goes in a parameter instead): ${code}`);
  }
  return out;
}

/** What vega-runtime adds after an encoder's channels: x2/y2 and xc/yc to x, y, width and height. */
function spatial(channels, marktype) {
  if (marktype === 'rule') return '';
  const swap = ['group', 'image', 'rect'].includes(marktype);
  let code = '';
  for (const [x, w] of [['x', 'width'], ['y', 'height']]) {
    if (channels[`${x}2`]) {
      if (channels[x]) code += `${swap ? `if(o.${x}>o.${x}2)$=o.${x},o.${x}=o.${x}2,o.${x}2=$;` : ''}o.${w}=o.${x}2-o.${x};`;
      else code += `o.${x}=o.${x}2-(o.${w}||0);`;
    }
    if (channels[`${x}c`]) code += `o.${x}=o.${x}c-(o.${w}||0)/2;`;
  }
  return code;
}

/**
 * The parsed spec with each expression (and each encoder) replaced by `{ code: n }`, and the n-th
 * function's source. An encoder is `(item, _)`, its body as vega-runtime's code generation
 * (expression.js) writes it; any other expression is `(datum, _, event)`, which
 * src/chart/expressions.ts fits to what Vega calls it with. Rows (`value`, `values`) are data.
 */
export function writeExpressions(parsed, where) {
  const sources = [];
  const add = (source) => sources.push(source) - 1;
  const walk = (node) => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    if (typeof node.marktype === 'string' && isObject(node.channels)) {
      let body = 'var o=item,datum=o.datum,m=0,$;';
      for (const [name, channel] of Object.entries(node.channels)) {
        const key = JSON.stringify(name);
        body += `$=${withSlots(channel, where)};if(o[${key}]!==$)o[${key}]=$,m=1;`;
      }
      return { code: add(`function (item, _) {${body}${spatial(node.channels, node.marktype)}return m;}`) };
    }
    if (typeof node.code === 'string' && 'ast' in node) {
      const code = withSlots(node, where);
      return { code: add(`function (datum, _, event) {${code.endsWith(';') ? code : `return(${code});`}}`) };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'value' || k === 'values' ? v : walk(v)]));
  };
  return { runtime: walk(parsed), sources };
}

/** The module of a shape parsed with syntax trees (`parse(…, { ast: true })`); `where` names it in errors. */
export function shapeModule(parsed, where) {
  const { runtime, sources } = writeExpressions(parsed, where);
  return (
    `// @ts-nocheck: written by scripts/compile-shapes.mjs from ${where}: do not edit.\n` +
    // JSON.parse of a string reads faster than the same object written as code.
    `export const runtime = JSON.parse(${JSON.stringify(JSON.stringify(runtime))});\n` +
    `export function expressions(S) {\n  return [\n${sources.map((f) => `    ${f},\n`).join('')}  ];\n}\n`
  );
}
