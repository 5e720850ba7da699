// Checks the spec before anything is emitted: every opcode accounted for, every reference
// resolves, immediates match signatures, stack effects balance on every path of a surrogate.
import { FatOp, OpCall, Spec, SpecError, Step, ThinOp } from "./model.js";
import { formatStackEffect } from "./stack-effect.js";

/** Identifiers that belong to the interpreters, not to op bodies. */
const RESERVED = /\b(stack|sp|ip|oparg|opcode)\b/;

export function validate(spec: Spec): void {
  for (const op of spec.thin.values()) validateThinOp(op);
  accountForEveryOpcode(spec);
  for (const fat of spec.fat.values()) validateFatOp(spec, fat);
  validateHot(spec);
}

/** `hot` names fat ops defined in `ops`, and every family's generic op (its forms' cases sit
 *  beside it in the dispatch loop). */
function validateHot(spec: Spec): void {
  if (spec.hot === null) return;
  for (const [name, pos] of spec.hot) {
    if (spec.fat.has(name)) continue;
    const why = spec.absorbed.has(name) ? "is absorbed" : spec.unsupported.has(name) ? "is unsupported" : spec.version.opcodes.some((o) => o.name === name) ? "has no decomposition in ops" : `is not an opcode of CPython ${spec.version.version}`;
    throw new SpecError(pos, `hot: '${name}' ${why}; hot lists fat ops defined in ops`);
  }
  // (a family of an op not defined in ops is reported by validate-families.ts)
  for (const fam of spec.families.values())
    if (spec.fat.has(fam.name) && !spec.hot.has(fam.name)) throw new SpecError(fam.pos, `family ${fam.name}: its generic op must be listed in hot (its specialised forms run in the dispatch loop)`);
}

function validateThinOp(op: ThinOp): void {
  const m = RESERVED.exec(op.body);
  if (m) throw new SpecError(op.bodyPos, `thin op ${op.name}: body must not use '${m[1]}' (interpreter-internal; use immediates and the stack effect)`);
  const { inputs, outputs } = op.stack;
  // `unused` arrays must sit at the same offset on both sides.
  const prefix = (items: typeof inputs, idx: number) => items.slice(0, idx).map((i) => i.size ?? "1").join("+");
  inputs.forEach((item, idx) => {
    if (item.name !== "unused") return;
    const j = outputs.findIndex((o) => o.name === "unused");
    if (j < 0 || prefix(inputs, idx) !== prefix(outputs, j) || outputs[j].size !== item.size)
      throw new SpecError(op.pos, `thin op ${op.name}: 'unused' must stay in place ${formatStackEffect(op.stack)}`);
  });
  for (const imm of op.imm) {
    if (!/^[a-z_][a-z0-9_]*$/.test(imm)) throw new SpecError(op.pos, `thin op ${op.name}: immediate '${imm}' must be lower_case`);
    if (inputs.some((i) => i.name === imm) || outputs.some((o) => o.name === imm))
      throw new SpecError(op.pos, `thin op ${op.name}: immediate '${imm}' clashes with a stack item`);
  }
  if (op.kind === "predicate" && (op.controls.size > 0))
    throw new SpecError(op.pos, `predicate ${op.name} must not jump, return or yield`);
  if (op.kind === "predicate" && !/\bcond\s*=/.test(op.body)) throw new SpecError(op.bodyPos, `predicate ${op.name} must assign 'cond'`);
}

function accountForEveryOpcode(spec: Spec): void {
  const where = new Map<string, string>();
  const note = (name: string, section: string, pos: { file: string; line: number; col: number }) => {
    const prev = where.get(name);
    if (prev) throw new SpecError(pos, `opcode ${name} is both in '${prev}' and '${section}'`);
    where.set(name, section);
  };
  for (const f of spec.fat.values()) note(f.name, "ops", f.pos);
  for (const [n, a] of spec.absorbed) note(n, "absorbed", a.pos);
  for (const [n, u] of spec.unsupported) note(n, "unsupported", u.pos);
  const missing = spec.version.opcodes.filter((o) => !where.has(o.name)).map((o) => o.name);
  if (missing.length > 0)
    throw new SpecError(
      { file: "spec/fat-ops.yaml", line: 1, col: 1 },
      `opcodes of CPython ${spec.version.version} with neither a definition nor an 'unsupported' entry: ${missing.join(", ")}`,
    );
}

export function checkCall(spec: Spec, call: OpCall, predicate: boolean): ThinOp {
  const op = spec.thin.get(call.op);
  if (!op) throw new SpecError(call.pos, `unknown thin op '${call.op}'`);
  if (predicate && op.kind !== "predicate") throw new SpecError(call.pos, `'${call.op}' is not a predicate (kind: predicate) and cannot be branched on`);
  if (!predicate && op.kind === "predicate") throw new SpecError(call.pos, `predicate '${call.op}' can only be used in 'if:'`);
  for (const name of op.imm) if (!call.args.has(name)) throw new SpecError(call.pos, `'${call.op}' needs immediate '${name}'`);
  for (const name of call.args.keys()) if (!op.imm.includes(name)) throw new SpecError(call.pos, `'${call.op}' has no immediate '${name}' (it takes: ${op.imm.join(", ") || "none"})`);
  return op;
}

/** oparg values tried when checking stack balance. */
const SAMPLE_OPARGS = [0, 1, 2, 3, 4, 5, 7, 8, 9, 13, 15, 0x102, 0x301];

export function evalExpr(expr: string, env: Record<string, number>): number {
  const names = Object.keys(env);
  // eslint-disable-next-line no-new-func
  const fn = new Function("rt", ...names, `return (${expr});`) as (...a: unknown[]) => number;
  const rt = { popcount4: (f: number) => (f & 1) + ((f >> 1) & 1) + ((f >> 2) & 1) + ((f >> 3) & 1) };
  return Number(fn(rt, ...names.map((n) => env[n])));
}

interface PathEnd {
  depth: number;
  how: "fall" | "jump" | "exit";
}

function validateFatOp(spec: Spec, fat: FatOp): void {
  // references first
  const walk = (steps: Step[]) => {
    steps.forEach((s, i) => {
      if (s.kind === "op") {
        const op = checkCall(spec, s.call, false);
        const ends = op.controls.has("jump") || op.controls.has("return") || op.controls.has("yield");
        if (ends && i !== steps.length - 1) throw new SpecError(s.call.pos, `'${s.call.op}' leaves the instruction: nothing may follow it on this path`);
      } else if (s.kind === "if") {
        checkCall(spec, s.pred, true);
        walk(s.then);
        walk(s.else);
      } else if (s.kind === "when") {
        walk(s.then);
        walk(s.else);
      } else {
        for (const c of s.cases) walk(c.steps);
        walk(s.default);
      }
    });
  };
  walk(fat.steps);
  const usesOparg = JSON.stringify(fat.steps, (k, v) => (v instanceof Map ? [...v.values()] : v)).includes("oparg");
  for (const oparg of usesOparg ? SAMPLE_OPARGS : [0]) {
    const ends = fatOpEnds(spec, fat, oparg);
    const falls = new Set(ends.filter((e) => e.how === "fall").map((e) => e.depth));
    const jumps = new Set(ends.filter((e) => e.how === "jump").map((e) => e.depth));
    if (falls.size > 1 || jumps.size > 1)
      throw new SpecError(fat.pos, `stack imbalance in ${fat.name} (oparg=${oparg}): paths end at depths ${[...falls].join(", ")}${jumps.size ? ` / jumps at ${[...jumps].join(", ")}` : ""}`);
  }
}

function explore(spec: Spec, fat: FatOp, steps: Step[], depth: number, oparg: number, ends: PathEnd[], k: (d: number) => void): void {
  // Continuation-passing walk over every path of the decomposition for one oparg.
  const go = (i: number, d: number): void => {
    if (i === steps.length) {
      k(d);
      return;
    }
    const s = steps[i];
    if (s.kind === "op" || s.kind === "if") {
      const call = s.kind === "op" ? s.call : s.pred;
      const op = spec.thin.get(call.op)!;
      const env: Record<string, number> = {};
      for (const name of op.imm) env[name] = evalExpr(call.args.get(name)!, { oparg });
      const size = (items: ThinOp["stack"]["inputs"]) => items.reduce((n, it) => n + (it.size ? evalExpr(it.size, env) : 1), 0);
      const inN = size(op.stack.inputs), outN = size(op.stack.outputs);
      if (Number.isNaN(inN) || Number.isNaN(outN) || inN < 0 || outN < 0)
        throw new SpecError(call.pos, `stack effect of '${call.op}' does not evaluate to a size for oparg=${oparg}`);
      const nd = d - inN + outN;
      if (s.kind === "if") {
        explore(spec, fat, s.then, nd, oparg, ends, (d2) => go(i + 1, d2));
        explore(spec, fat, s.else, nd, oparg, ends, (d2) => go(i + 1, d2));
        return;
      }
      if (op.controls.has("jump")) {
        ends.push({ depth: nd, how: "jump" });
        return;
      }
      if (op.controls.has("return") || op.controls.has("yield")) {
        ends.push({ depth: nd, how: "exit" });
        return;
      }
      go(i + 1, nd);
      return;
    }
    if (s.kind === "when") {
      explore(spec, fat, evalExpr(s.expr, { oparg }) ? s.then : s.else, d, oparg, ends, (d2) => go(i + 1, d2));
      return;
    }
    const v = evalExpr(s.expr, { oparg });
    const c = s.cases.find((c) => c.key === v);
    explore(spec, fat, c ? c.steps : s.default, d, oparg, ends, (d2) => go(i + 1, d2));
  };
  go(0, depth);
}

/** Record the end of a fat op's fall-through path (top-level continuation). */
export function fatOpEnds(spec: Spec, fat: FatOp, oparg: number): PathEnd[] {
  const ends: PathEnd[] = [];
  explore(spec, fat, fat.steps, 0, oparg, ends, (d) => ends.push({ depth: d, how: "fall" }));
  return ends;
}
