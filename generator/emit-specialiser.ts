// generated/specialiser.ts: the type specialiser's knowledge, from spec/specialise.yaml — the
// kinds of value it tracks and how to recognise them, each op's result kind, the ops that move
// values between stack and frame, what each predicate proves, and the replacement rules as one
// generated `rewrite()` (an abstract interpreter step with kinds in place of values). The pass
// that walks a trace with it is runtime/tracing/specialise.ts.
import { Spec, ThinOp } from "./model.js";
import { banner, format } from "./render.js";
import { thinIds } from "./emit-thin-ops.js";
import { inputDepths, isWithin, ruleCondition } from "./validate-specialise.js";

export async function emitSpecialiser(spec: Spec): Promise<string> {
  const s = spec.specialise;
  const kinds = [...s.kinds.values()];
  const kindId = new Map(kinds.map((k, i) => [k.name, i]));
  const ops = [...spec.thin.values()];
  const ids = thinIds(spec);
  // most specific kinds first, so kindOf() answers the narrowest kind
  const depth = (name: string) => kinds.filter((k) => isWithin(s.kinds, name, k.name)).length;
  const testOrder = [...kinds].sort((a, b) => depth(b.name) - depth(a.name) || kindId.get(a.name)! - kindId.get(b.name)!);
  const moveCode = { load_local: 1, store_local: 2, const: 3 } as const;
  const factsOf = (op: ThinOp, facts: Map<string, string>) => {
    const d = inputDepths(op);
    return [...facts].flatMap(([input, kind]) => [d.get(input)!, kindId.get(kind)!]);
  };
  const rewriteCases: string[] = [];
  for (const [name, rules] of s.rules) {
    const op = spec.thin.get(name)!;
    const lines = op.imm.length > 0 ? [`const ${op.imm[0]} = imm;`] : [];
    for (const r of rules) {
      const d = inputDepths(op, r.arity);
      const conds = [...r.when].map(([input, kind]) => `within(fact(${d.get(input)}), Kind.${kind})`);
      const cond = ruleCondition(op, r);
      if (cond !== null) conds.unshift(`(${cond})`);
      if (conds.length === 0) conds.push("true");
      const target = spec.thin.get(r.then.op)!;
      const imm = target.imm.length > 0 ? `(${r.then.args.get(target.imm[0])})` : "0";
      lines.push(`if (${conds.join(" && ")}) return [${ids.get(target.name)} /* ${target.name} */, ${imm}];`);
    }
    lines.push("return null;");
    rewriteCases.push(`case ${ids.get(name)} /* ${name} */: { ${lines.join(" ")} }`);
  }
  const checkCases = [...s.checked.values()].map((c) => {
    const op = spec.thin.get(c.op)!;
    const test = c.imm === null ? "true" : `((${op.imm[0]}: number) => ${c.imm})(imm)`;
    return `case ${ids.get(c.op)} /* ${c.op} */: return ${test} ? ${ids.get(c.check)} /* ${c.check} */ : -1;`;
  });
  const code = `${banner([s.file, "spec/thin-ops.yaml"], "generator/emit-specialiser.ts")}
// What the type specialiser knows (see spec/specialise.yaml for the meaning of each part).
import type { Thin } from "./thin-ops.js";
import type { Slot } from "../runtime/interp/frame.js";
import type { PyCode } from "../runtime/objects/core.js";
import * as rt from "../runtime/interp/support.js";

/** The kinds of value the specialiser tracks; -1 (UNKNOWN) is "nothing known". */
export const enum Kind {
  ${kinds.map((k, i) => `${k.name} = ${i},`).join("\n  ")}
}
export const UNKNOWN = -1;
export const KIND_NAMES: readonly string[] = ${JSON.stringify(kinds.map((k) => k.name))};
/** each kind's test as JavaScript over \`v\` (and \`rt\`), for checks compiled at run time */
export const KIND_TESTS: readonly string[] = ${JSON.stringify(kinds.map((k) => k.test))};
/** the wider kind each kind lies in, or -1 */
export const KIND_PARENT: readonly number[] = [${kinds.map((k) => (k.parent === null ? -1 : kindId.get(k.parent))).join(", ")}];

/** Whether kind \`k\` is \`of\` or lies inside it (false for UNKNOWN). */
export function within(k: number, of: number): boolean {
  for (; k >= 0; k = KIND_PARENT[k]) if (k === of) return true;
  return false;
}

/** The narrowest kind of a value, or UNKNOWN. */
export function kindOf(v: Slot | undefined): number {
  ${testOrder.map((k) => `if (${k.test.replace(/\bv\b/g, "v")}) return Kind.${k.name};`).join("\n  ")}
  return UNKNOWN;
}

/** Whether a value is of kind \`k\` (a kind's own test: true too for the values of the kinds
 *  inside it). */
export function isKind(k: number, v: Slot | undefined): boolean {
  switch (k) {
    ${kinds.map((k) => `case Kind.${k.name}: return ${k.test};`).join("\n    ")}
  }
  return false;
}

/** Each thin op's result kind (its single output), or UNKNOWN. */
export const THIN_RESULT: readonly number[] = [${ops.map((o) => (o.result === null ? -1 : kindId.get(o.result))).join(", ")}];

/** Ops that move a value between the stack and the frame: 0 none, 1 load_local, 2 store_local
 *  (the immediate is the local's index), 3 const (the immediate indexes the code's constants). */
export const THIN_MOVE: readonly number[] = [${ops.map((o) => (s.moves.has(o.name) ? moveCode[s.moves.get(o.name)!.kind] : 0)).join(", ")}];

/** Per load_local move: the op it becomes where the local is known to be bound, or -1; and per
 *  op, whether it is such an op (a read that cannot raise). */
export const THIN_MOVE_BOUND: readonly number[] = [${ops.map((o) => { const b = s.moves.get(o.name)?.bound; return b ? ids.get(b) : -1; }).join(", ")}];
export const THIN_READS_BOUND: readonly number[] = [${ops.map((o) => ([...s.moves.values()].some((m) => m.bound === o.name) ? 1 : 0)).join(", ")}];
/** the kind of what an unbound local holds (\`unbound\`), or -1 */
export const KIND_UNBOUND: number = ${kindId.get("unbound") ?? -1};

/** What each predicate stands for, as [depth from the top of its inputs, kind, …]: it is true
 *  exactly when every one holds. null: it proves nothing. */
export const THIN_PROVES: readonly (readonly number[] | null)[] = [${ops.map((o) => (s.proves.has(o.name) ? JSON.stringify(factsOf(o, s.proves.get(o.name)!.facts)) : "null")).join(", ")}];

/**
 * The replacement rules: for op \`id\` with immediate \`imm\`, whose input at depth d from the top
 * of its inputs is known to be of kind fact(d) (UNKNOWN if nothing is known), in \`code\`, the
 * cheaper op and immediate to run instead, or null to keep it.
 */
export function rewrite(id: Thin, imm: number, fact: (depth: number) => number, code: PyCode): readonly [Thin, number] | null {
  switch (id as number) {
    ${rewriteCases.join("\n    ")}
  }
  return null;
}

/** Per op: the guard that, right after it and consuming its one result, fuses with it, and the
 *  predicate doing both ([guard, predicate]), or null. */
export const THIN_FUSED: readonly (readonly [number, number] | null)[] = [${ops.map((o) => (s.fused.has(o.name) ? `[${ids.get(s.fused.get(o.name)!.guard)}, ${ids.get(s.fused.get(o.name)!.into)}]` : "null")).join(", ")}];

/**
 * The checked ops: for op \`id\` with immediate \`imm\`, the predicate that computes the same
 * result and is true exactly when it is of the predicate's result kind (run as a guard in the
 * op's place), or -1.
 */
export function checkedBy(id: Thin, imm: number): number {
  switch (id as number) {
    ${checkCases.join("\n    ")}
  }
  return -1;
}
`;
  return format(code);
}
