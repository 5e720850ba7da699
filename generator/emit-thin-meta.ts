// generated/thin-meta.ts: one metadata table for every thin op — its stack effect as data (how
// many values it pops and, for each value it pushes, which input it is a copy of), and the
// properties derived from its body (generator/analyze.ts). The recorder, the specialiser and
// later passes read these instead of re-deriving facts about ops at run time.
import { Spec, StackItem, ThinOp } from "./model.js";
import { banner, format } from "./render.js";

/** TypeScript for the size of a stack item (1, or its array size over the immediate). */
function size(item: StackItem): string {
  return item.size === null ? "1" : `(${item.size})`;
}

/**
 * The body of `effect()` for one op: `pops` and `outs`, where outs[k] is the index (from the
 * bottom of the popped inputs) of the input the k-th pushed value is a copy of, or -1.
 */
function effectCase(op: ThinOp): string {
  const lines: string[] = [];
  if (op.imm.length > 0) lines.push(`const ${op.imm[0]} = imm;`);
  // where each input starts, from the bottom of the popped values
  const start = new Map<string, string>();
  let offset = "0";
  for (const item of op.stack.inputs) {
    if (item.name !== "unused" || !start.has("unused")) start.set(item.name, offset);
    offset = `${offset} + ${size(item)}`;
  }
  lines.push(`const outs: number[] = [];`);
  for (const item of op.stack.outputs) {
    const alias = start.has(item.name) ? item.name : op.props.aliases.get(item.name);
    const from = alias !== undefined ? start.get(alias) : undefined;
    if (item.size === null) lines.push(`outs.push(${from ?? "-1"});`);
    else if (from !== undefined) lines.push(`for (let i = 0; i < ${size(item)}; i++) outs.push(${from} + i);`);
    else lines.push(`for (let i = 0; i < ${size(item)}; i++) outs.push(-1);`);
  }
  lines.push(`return { pops: ${offset}, outs };`);
  return `case ${JSON.stringify(op.name)}: { ${lines.join(" ")} }`;
}

/** Pops scalars and pushes the same ones back in the same order. */
function identity(op: ThinOp): boolean {
  const { inputs, outputs } = op.stack;
  return inputs.length === outputs.length && inputs.every((i, k) => i.size === null && outputs[k].size === null && outputs[k].name === i.name);
}

function flags(spec: Spec, pick: (op: ThinOp) => boolean): string {
  return `[${[...spec.thin.values()].map((op) => (pick(op) ? 1 : 0)).join(", ")}]`;
}

export async function emitThinMeta(spec: Spec): Promise<string> {
  const ops = [...spec.thin.values()];
  const code = `${banner(["spec/thin-ops.yaml"], "generator/emit-thin-meta.ts")}
// Metadata of every thin op, indexed by its id (generated/thin-ops.ts \`Thin\`).
import { THIN_NAMES } from "./thin-ops.js";
import type { Thin } from "./thin-ops.js";
// array sizes in stack effects may call runtime helpers (rt.popcount4)
import * as rt from "../runtime/interp/support.js";

/** A thin op's stack effect for one immediate: it pops \`pops\` values; the k-th value it pushes
 *  is a copy of popped input outs[k] (counted from the bottom of the inputs), or new (-1). */
export interface Effect {
  pops: number;
  outs: number[];
}

// Properties derived from each body's syntax tree (generator/analyze.ts); 1 = yes.
/** may run arbitrary Python code */
export const THIN_ESCAPES: readonly number[] = ${flags(spec, (o) => o.props.escapes)};
/** marked \`hot: true\` in the spec: a case of execThin and (when it cannot escape) of the trace
 *  interpreters' loop, not a cold op function (generator/outline.ts) */
export const THIN_HOT: readonly number[] = ${flags(spec, (o) => o.hot)};
/** may raise a Python exception */
export const THIN_RAISES: readonly number[] = ${flags(spec, (o) => o.props.raises)};
/** creates an object */
export const THIN_ALLOCATES: readonly number[] = ${flags(spec, (o) => o.props.allocates)};
/** may change the frame's locals */
export const THIN_WRITES_LOCALS: readonly number[] = ${flags(spec, (o) => o.props.writesLocals)};
/** outputs depend only on inputs and immediates, no effect, cannot fail */
export const THIN_PURE: readonly number[] = ${flags(spec, (o) => o.props.pure)};
/** a predicate: it sets a condition that traces turn into a guard */
export const THIN_IS_PREDICATE: readonly number[] = ${flags(spec, (o) => o.kind === "predicate")};
/** what it may do to control flow: 0 none, 1 jump, 2 leaves the frame (return/yield) */
export const THIN_CONTROL: readonly number[] = [${ops.map((o) => (o.controls.has("return") || o.controls.has("yield") || o.controls.has("suspend") ? 2 : o.controls.has("jump") ? 1 : 0)).join(", ")}];
/** its stack effect leaves every slot as it was (it only looks at its inputs) */
export const THIN_EFFECT_IDENTITY: readonly number[] = ${flags(spec, identity)};
/** how many immediates it takes (0 or 1) */
export const THIN_IMM_COUNT: readonly number[] = [${ops.map((o) => o.imm.length).join(", ")}];

/** The stack effect of op \`id\` with immediate \`imm\`. */
export function thinEffect(id: Thin, imm: number): Effect {
  switch (THIN_NAMES[id]) {
    ${ops.map(effectCase).join("\n    ")}
  }
  throw new Error(\`no stack effect for thin op \${id}\`);
}
`;
  return format(code);
}
