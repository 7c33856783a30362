// A compiled chart shape as a module (src/chart/compiled/shape-*.ts): Vega's parsed spec with each
// expression written out as a function (see src/chart/expressions.ts), so the page neither parses
// nor interprets expressions, and needs no eval under a strict CSP. A slot's text (a title, a
// colour: src/chart/spec-shape.ts) is never written into a function: the function reads it from
// the chart's texts, `S`, when it runs. Pure; used by scripts/compile-shapes.mjs and the tests.

const OPEN = '\uE000';
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Where a slot's placeholder is a whole string in an expression: an object's key, or a value. */
const SLOT_KEY = /([{,])"\uE000(\d+)\uE001":/g;
const SLOT = /"\uE000(\d+)\uE001"/g;

/** An expression's code with each slot's text read from `S` at run time. */
function withSlots(code, where) {
  const out = code.replace(SLOT_KEY, '$1[S[$2]]:').replace(SLOT, 'S[$1]');
  if (out.includes(OPEN)) throw new Error(`${where}: a slot inside a longer string in an expression: ${code}`);
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
 * function's source: an encoder as `(item, _)`, any other expression as `(datum, _, event)`, as
 * Vega's own code generation writes them (vega-runtime's expression.js).
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
        body += `$=${withSlots(channel.code, where)};if(o[${key}]!==$)o[${key}]=$,m=1;`;
      }
      return { code: add(`function (item, _) {${body}${spatial(node.channels, node.marktype)}return m;}`) };
    }
    if (typeof node.code === 'string' && 'ast' in node) {
      const code = withSlots(node.code, where);
      return { code: add(`function (datum, _, event) {${code.endsWith(';') ? code : `return(${code});`}}`) };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
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
