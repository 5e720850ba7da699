// generated/trace-js-ops.ts: every thin op the trace compiler can inline (runtime/tracing/
// js-compile.ts, the `js` stage), as a JavaScript block to splice into a trace's own function.
// The compiler keeps a trace's stack in JavaScript variables; each op's block reads its inputs
// from the placeholders `$IN0$`, `$IN1$`… (an array input is spliced as an array literal), its
// immediate from `$IMM0$`, and leaves its outputs in the variables its stack effect names (a
// predicate also leaves `cond`): the compiler appends the code that moves them to its
// variables, and the guard.
//
// An op is inlinable when it cannot run Python code (generator/analyze.ts), uses no control
// macro, and does not touch the frame's stack position or instruction (`frame.sp`,
// `frame.stack`, `frame.ip`, `frame.lasti`), which the compiled trace keeps to itself; the
// others run through execThin with the frame brought up to date first.
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
    if (ts.isIdentifier(n) && n.text === "frame" && ts.isCallExpression(n.parent) && n.parent.arguments.includes(n)) use.locals = true;
    ts.forEachChild(n, visit);
  };
  visit(file);
  return use;
}

export function jsInlinable(op: ThinOp): boolean {
  return !op.props.escapes && op.controls.size === 0 && op.imm.length <= 1 && !frameUse(op.body).state;
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

/** The op's block, up to where the compiler appends its outputs' moves. */
function block(op: ThinOp): string {
  const lines: string[] = [];
  op.stack.inputs.forEach((item, k) => {
    if (item.name !== "unused") lines.push(`const ${item.name} = $IN${k}$;`);
  });
  if (op.imm.length) lines.push(`const ${op.imm[0]} = $IMM0$;`);
  const inputNames = new Set(op.stack.inputs.map((i) => i.name));
  for (const o of op.stack.outputs) if (o.name !== "unused" && !inputNames.has(o.name)) lines.push(`let ${o.name};`);
  if (op.kind === "predicate") lines.push("let cond;");
  // (a block of its own: the body may declare names the ones above use)
  const body = expandMacros(op.body, THIN_MACROS, `op_${op.name}`).trim();
  if (body) lines.push(`{\n${body}\n}`);
  return toJs(lines.join("\n"));
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
    return `  { // ${op.name}
    inputs: ${items(op, op.stack.inputs)},
    outputs: ${items(op, op.stack.outputs)},
    code: ${JSON.stringify(block(op))},
    raises: ${op.props.raises},
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
  /** the block's statements: inputs from \`$IN<k>$\`, the immediate from \`$IMM0$\` */
  code: string;
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
