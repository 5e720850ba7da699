// generated/trace-js-ops.ts: every thin op the trace compiler can inline (runtime/tracing/
// js-compile.ts, the `js` stage), as a JavaScript block to splice into a trace's own function.
// The compiler keeps a trace's stack in JavaScript variables; each op's block reads its inputs
// from the placeholders `$IN0$`, `$IN1$`… (an array input is spliced as an array literal), its
// immediate from `$IMM0$`, and leaves its outputs in the variables its stack effect names (a
// predicate also leaves `cond`): the compiler appends the code that moves them to its
// variables, and the guard.
//
// An op is inlinable when it uses no control macro and does not touch the frame's stack position
// or instruction (`frame.sp`, `frame.stack`, `frame.ip`, `frame.lasti`), which the compiled
// trace keeps to itself; the others run through execThin. An inlined op that may run Python code
// (generator/analyze.ts) gets the frame brought up to date first, as execThin would find it.
import { ts } from "ts-morph";
import { expandMacros } from "./lower.js";
import { THIN_MACROS } from "./emit-thin-ops.js";
import { Spec, StackItem, ThinOp } from "./model.js";
import { banner, format } from "./render.js";

const FRAME_STATE = new Set(["sp", "stack", "ip", "lasti"]);

/** What the body touches of the frame: its stack pointer, stack, ip or lasti (`state`), its
 *  locals array (`locals`: the identifier, or the frame handed to a helper). */
function frameUse(body: string): { state: boolean; locals: boolean } {
  const file = ts.createSourceFile("body.ts", `function __op() {\n${body}\n}`, ts.ScriptTarget.ES2022, true);
  const use = { state: false, locals: false };
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "frame") {
      if (FRAME_STATE.has(n.name.text)) use.state = true;
      if (n.name.text === "localsplus") use.locals = true;
    }
    if (ts.isIdentifier(n) && n.text === "locals") use.locals = true;
    // the interpreters' own variables, should a body name them
    if (ts.isIdentifier(n) && ["stack", "sp", "ip"].includes(n.text) && !ts.isPropertyAccessExpression(n.parent)) use.state = true;
    if (ts.isIdentifier(n) && n.text === "frame" && ts.isCallExpression(n.parent) && n.parent.arguments.includes(n)) use.locals = true;
    ts.forEachChild(n, visit);
  };
  visit(file);
  return use;
}

export function jsInlinable(op: ThinOp): boolean {
  return op.controls.size === 0 && op.imm.length <= 1 && !frameUse(op.body).state;
}

/** TypeScript → JavaScript for one block (types and casts stripped). */
function toJs(block: string): string {
  const wrapped = `function __op() {\n${block}\n}`;
  const js = ts.transpileModule(wrapped, { compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: true } }).outputText;
  const open = js.indexOf("{");
  const close = js.lastIndexOf("}");
  return js
    .slice(open + 1, close)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("\n");
}

/**
 * Unboxed floats, derived from the body's syntax tree: `x.value` of an input typed PyFloat reads
 * the placeholder `$NUM<k>$` (the compiler gives the number it holds, unboxed or not), the input
 * itself is bound only if the body still uses it otherwise, and an output every assignment of
 * which is `new rt.PyFloat(e)` gets the number `e`: the compiler boxes it only where a box is
 * needed (another op's input, a list, the frame at an exit).
 */
function unboxFloats(op: ThinOp, body: string): { body: string; boxedInputs: Set<string>; numOutputs: Set<string> } {
  const file = ts.createSourceFile("body.ts", body, ts.ScriptTarget.ES2022, true);
  const floats = new Map<string, number>();
  op.stack.inputs.forEach((it, k) => {
    if (it.size === null && it.type === "PyFloat") floats.set(it.name, k);
  });
  const outputs = new Set(op.stack.outputs.filter((o) => o.size === null && o.name !== "unused").map((o) => o.name));
  const edits: { start: number; end: number; text: string }[] = [];
  const boxedInputs = new Set(op.stack.inputs.filter((it) => !floats.has(it.name)).map((it) => it.name));
  const boxedAssign = new Map<string, number>();
  const anyAssign = new Map<string, number>();
  const newFloats: { node: ts.NewExpression; out: string }[] = [];
  const isNewFloat = (e: ts.Expression): e is ts.NewExpression =>
    ts.isNewExpression(e) && e.arguments?.length === 1 && e.expression.getText(file) === "rt.PyFloat";
  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n) && ts.isIdentifier(n.expression) && floats.has(n.expression.text) && n.name.text === "value" &&
      !(ts.isBinaryExpression(n.parent) && n.parent.left === n && isAssignment(n.parent.operatorToken.kind))) {
      edits.push({ start: n.getStart(file), end: n.getEnd(), text: `$NUM${floats.get(n.expression.text)}$` });
      return;
    }
    if (ts.isIdentifier(n) && floats.has(n.text)) boxedInputs.add(n.text);
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(n.left) && outputs.has(n.left.text)) {
      const out = n.left.text;
      anyAssign.set(out, (anyAssign.get(out) ?? 0) + 1);
      if (isNewFloat(n.right)) {
        boxedAssign.set(out, (boxedAssign.get(out) ?? 0) + 1);
        newFloats.push({ node: n.right, out });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(file);
  const numOutputs = new Set([...anyAssign.keys()].filter((o) => anyAssign.get(o) === boxedAssign.get(o) && !floats.has(o)));
  for (const { node, out } of newFloats) {
    if (!numOutputs.has(out)) continue;
    const arg = node.arguments![0];
    edits.push({ start: node.getStart(file), end: arg.getStart(file), text: "(" });
    edits.push({ start: arg.getEnd(), end: node.getEnd(), text: ")" });
  }
  // (the `.value` reads inside a replaced `new rt.PyFloat(…)` are separate, inner edits)
  edits.sort((a, b) => b.start - a.start);
  let text = body;
  for (const e of edits) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  return { body: text, boxedInputs, numOutputs };
}

function isAssignment(k: ts.SyntaxKind): boolean {
  return k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;
}

/** The op's block, up to where the compiler appends its outputs' moves. */
function block(op: ThinOp): { code: string; numOutputs: Set<string> } {
  const expanded = expandMacros(op.body, THIN_MACROS, `op_${op.name}`).trim();
  const { body, boxedInputs, numOutputs } = unboxFloats(op, expanded);
  const lines: string[] = [];
  op.stack.inputs.forEach((item, k) => {
    if (item.name !== "unused" && boxedInputs.has(item.name)) lines.push(`const ${item.name} = $IN${k}$;`);
  });
  if (op.imm.length) lines.push(`const ${op.imm[0]} = $IMM0$;`);
  const inputNames = new Set(op.stack.inputs.map((i) => i.name));
  for (const o of op.stack.outputs) if (o.name !== "unused" && !inputNames.has(o.name)) lines.push(`let ${o.name};`);
  if (op.kind === "predicate") lines.push("let cond;");
  // (a block of its own: the body may declare names the ones above use)
  if (body) lines.push(`{\n${body}\n}`);
  return { code: toJs(lines.join("\n")), numOutputs };
}

/** An item's size as a function of the op's immediate (null: one value). */
function sizeFn(op: ThinOp, item: StackItem): string {
  return item.size === null ? "null" : `(${op.imm[0] ?? "_"}: number) => ${item.size}`;
}

function items(op: ThinOp, list: StackItem[]): string {
  return `[${list.map((it) => `{ name: ${JSON.stringify(it.name)}, size: ${sizeFn(op, it)} }`).join(", ")}]`;
}

export async function emitTraceJs(spec: Spec): Promise<string> {
  const entries = [...spec.thin.values()].map((op) => {
    if (!jsInlinable(op)) return `  null, // ${op.name}`;
    const { code, numOutputs } = block(op);
    return `  { // ${op.name}
    inputs: ${items(op, op.stack.inputs)},
    outputs: ${items(op, op.stack.outputs)},
    code: ${JSON.stringify(code)},
    numOutputs: ${JSON.stringify(op.stack.outputs.map((o) => numOutputs.has(o.name)))},
    raises: ${op.props.raises},
    escapes: ${op.props.escapes},
    locals: ${frameUse(op.body).locals},
    predicate: ${op.kind === "predicate"},
  },`;
  });
  const code = `${banner(["spec/thin-ops.yaml"], "generator/emit-trace-js.ts")}
// Thin ops as JavaScript blocks for the trace compiler (runtime/tracing/js-compile.ts), indexed by
// thin op id; null: not inlinable (it runs through execThin). See generator/emit-trace-js.ts.
// array sizes in stack effects may call runtime helpers (rt.popcount4)
import * as rt from "../runtime/interp/support.js";

/** A stack item: its name ("unused": left in place) and its array size over the immediate. */
export interface JsItem {
  name: string;
  size: ((imm: number) => number) | null;
}

export interface JsOp {
  inputs: readonly JsItem[];
  outputs: readonly JsItem[];
  /** the block's statements: inputs from \`$IN<k>$\` (and the number a float input holds from
   *  \`$NUM<k>$\`), the immediate from \`$IMM0$\` */
  code: string;
  /** per output: it is left as a JavaScript number, the value of the float it stands for */
  numOutputs: readonly boolean[];
  /** it may run Python code (the compiler brings the frame up to date first) */
  escapes: boolean;
  /** it may throw a Python exception (the compiler must be able to rebuild the frame then) */
  raises: boolean;
  /** it reads or writes the frame's locals array (the compiler brings it up to date first) */
  locals: boolean;
  /** it sets \`cond\` */
  predicate: boolean;
}

// (keeps the import used when no size calls a helper)
void rt;

export const JS_OPS: readonly (JsOp | null)[] = [
${entries.join("\n")}
];
`;
  return format(code);
}
