// Checks spec/specialise.yaml against the thin ops before anything is emitted, the way
// CPython's optimizer_generator checks each tier's override against its base op (validate_uop):
// every name resolves, every rule's replacement has its op's stack effect, every typed input of
// a replacement is proven by the rule's facts, and no two rules of one op can both apply.
import { Kind, Rule, Spec, SpecError, SpecialiseSpec, StackItem, ThinOp } from "./model.js";
import { formatStackEffect } from "./stack-effect.js";
import { analyzeBody, inTraceLoop } from "./analyze.js";

/** The kind a typed input of a thin op needs (the TypeScript types bodies use). */
export const KIND_OF_TS_TYPE: Record<string, string> = {
  number: "smallint",
  boolean: "bool",
  string: "str",
  PyFloat: "float",
  PyList: "list",
  PyTuple: "tuple",
  PyDict: "dict",
};

/** Whether kind `a` is `b` or lies inside it. */
export function isWithin(kinds: Map<string, Kind>, a: string, b: string): boolean {
  for (let k: string | null = a; k !== null; k = kinds.get(k)?.parent ?? null) if (k === b) return true;
  return false;
}

/** No value has both kinds. */
export function disjoint(kinds: Map<string, Kind>, a: string, b: string): boolean {
  return !isWithin(kinds, a, b) && !isWithin(kinds, b, a);
}

/** The size of array `item` when the op's one immediate is `arity` (null: not fixed). */
function fixedSize(op: ThinOp, item: StackItem, arity: number | null): number | null {
  if (item.size === null) return 1;
  if (arity === null || op.imm.length !== 1) return null;
  const n = (new Function(op.imm[0], `return (${item.size});`) as (v: number) => unknown)(arity);
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : null;
}

/** An op's inputs as single stack slots, bottom first, when `arity` fixes its arrays' sizes
 *  (an array's items named `args.0`, `args.1` …); null when some size is not fixed. */
export function scalarInputs(op: ThinOp, arity: number | null): StackItem[] | null {
  const out: StackItem[] = [];
  for (const item of op.stack.inputs) {
    const n = fixedSize(op, item, arity);
    if (n === null) return null;
    if (item.size === null) out.push(item);
    else for (let i = 0; i < n; i++) out.push({ ...item, name: item.name === "unused" ? "unused" : `${item.name}.${i}`, size: null });
  }
  return out;
}

/** The named scalar inputs of an op, with their distance from the top of the stack; null for
 *  an input with an array above it (its place depends on an immediate). With `arity` (a rule
 *  fixing the op's immediate), arrays have a fixed size and their items are named `args.0` …. */
export function inputDepths(op: ThinOp, arity: number | null = null): Map<string, number | null> {
  const m = new Map<string, number | null>();
  let depth: number | null = 0;
  for (let i = op.stack.inputs.length - 1; i >= 0; i--) {
    const item = op.stack.inputs[i];
    const n = fixedSize(op, item, arity);
    if (item.size === null && item.name !== "unused") m.set(item.name, depth);
    if (item.size !== null && n !== null && item.name !== "unused") for (let j = 0; j < n; j++) m.set(`${item.name}.${j}`, depth === null ? null : depth + n - 1 - j);
    depth = n !== null && depth !== null ? depth + n : null;
  }
  return m;
}

/** A rule's whole condition on the op's immediate: its `if` and its `arity`, or null. */
export function ruleCondition(op: ThinOp, rule: Rule): string | null {
  const conds = [rule.imm === null ? null : `(${rule.imm})`, rule.arity === null ? null : `${op.imm[0]} === ${rule.arity}`].filter((c) => c !== null);
  return conds.length === 0 ? null : conds.join(" && ");
}

/** An op's input and output types, for comparing two ops' signatures. */
const typesOf = (op: ThinOp) => JSON.stringify([op.stack.inputs, op.stack.outputs].map((items) => items.map((i) => i.type)));

function checkKind(s: SpecialiseSpec, name: string, pos: { file: string; line: number; col: number }): void {
  if (!s.kinds.has(name)) throw new SpecError(pos, `unknown kind '${name}' (kinds: ${[...s.kinds.keys()].join(", ")})`);
}

function checkFacts(spec: Spec, op: ThinOp, facts: Map<string, string>, pos: SpecError["pos"], arity: number | null = null): void {
  const depths = inputDepths(op, arity);
  for (const [input, kind] of facts) {
    if (!depths.has(input)) throw new SpecError(pos, `${op.name} has no input '${input}' ${formatStackEffect(op.stack)}`);
    if (depths.get(input) === null) throw new SpecError(pos, `input '${input}' of ${op.name} sits below an array; facts can only name inputs at a fixed depth`);
    checkKind(spec.specialise, kind, pos);
  }
}

function shape(items: StackItem[]): string {
  return items.map((i) => (i.name === "unused" ? `unused[${i.size}]` : i.size !== null ? `[${i.size}]` : "1")).join(",");
}

function checkRule(spec: Spec, op: ThinOp, rule: Rule): void {
  if (rule.arity !== null && (op.imm.length !== 1 || scalarInputs(op, rule.arity) === null))
    throw new SpecError(rule.pos, `'arity' fixes the one immediate of an op whose arrays' sizes it gives; ${op.name} ${formatStackEffect(op.stack)} has immediates [${op.imm.join(", ")}]`);
  checkFacts(spec, op, rule.when, rule.pos, rule.arity);
  const target = spec.thin.get(rule.then.op);
  if (!target) throw new SpecError(rule.then.pos, `unknown thin op '${rule.then.op}'`);
  if (target.kind !== op.kind) throw new SpecError(rule.then.pos, `${op.name} is ${op.kind === "predicate" ? "a predicate" : "an op"}; its replacement ${target.name} must be too`);
  // with an arity, the op's arrays are so many single slots
  const inputs = rule.arity === null ? op.stack.inputs : scalarInputs(op, rule.arity)!;
  if (shape(target.stack.inputs) !== shape(inputs) || shape(target.stack.outputs) !== shape(op.stack.outputs))
    throw new SpecError(rule.then.pos, `${target.name} ${formatStackEffect(target.stack)} does not have the stack effect of ${op.name} ${formatStackEffect(op.stack)}`);
  for (const name of target.imm) if (!rule.then.args.has(name)) throw new SpecError(rule.then.pos, `'${target.name}' needs immediate '${name}'`);
  for (const name of rule.then.args.keys()) if (!target.imm.includes(name)) throw new SpecError(rule.then.pos, `'${target.name}' has no immediate '${name}'`);
  // every input the replacement types must be proven, position by position
  target.stack.inputs.forEach((item, i) => {
    const need = KIND_OF_TS_TYPE[item.type];
    if (item.size !== null || need === undefined) return;
    const mine = inputs[i].name;
    const have = rule.when.get(mine);
    if (have === undefined || !isWithin(spec.specialise.kinds, have, need))
      throw new SpecError(rule.pos, `rule for ${op.name} → ${target.name}: input '${mine}' must be known to be ${need} (${target.name} takes ${item.name}: ${item.type})`);
  });
}

/** Immediates a rule's `if` is tried on when checking for overlaps (opargs, op codes, indices). */
const IMM_RANGE = 1024;

/** The immediates (0 ≤ imm < IMM_RANGE) a rule applies to, all of them when it has no `if`. */
function immSet(op: ThinOp, rule: Rule): Set<number> | null {
  if (rule.imm === null && rule.arity === null) return null;
  if (op.imm.length === 0) throw new SpecError(rule.pos, `${op.name} has no immediate for 'if' or 'arity' to test`);
  const cond = ruleCondition(op, rule)!;
  let test: (v: number) => unknown;
  try {
    test = new Function(op.imm[0], `return (${cond});`) as (v: number) => unknown;
  } catch (e) {
    throw new SpecError(rule.pos, `bad 'if' condition '${rule.imm}': ${(e as Error).message}`);
  }
  const s = new Set<number>();
  for (let v = 0; v < IMM_RANGE; v++) if (test(v)) s.add(v);
  return s;
}

/** Two rules overlap when some input could satisfy both: their immediates meet and no input has
 *  disjoint kinds in them. */
function overlaps(s: SpecialiseSpec, op: ThinOp, a: Rule, b: Rule): boolean {
  const ia = immSet(op, a), ib = immSet(op, b);
  if (ia !== null && ib !== null && ![...ia].some((v) => ib.has(v))) return false;
  for (const [input, ka] of a.when) {
    const kb = b.when.get(input);
    if (kb !== undefined && disjoint(s.kinds, ka, kb)) return false;
  }
  return true;
}

export function validateSpecialise(spec: Spec): void {
  const s = spec.specialise;
  for (const k of s.kinds.values()) {
    if (k.parent !== null) checkKind(s, k.parent, k.pos);
    for (let p = k.parent, n = 0; p !== null; p = s.kinds.get(p)!.parent, n++)
      if (p === k.name || n > s.kinds.size) throw new SpecError(k.pos, `kind ${k.name} is its own parent`);
  }
  for (const op of spec.thin.values()) if (op.result !== null) checkKind(s, op.result, op.pos);
  for (const m of s.moves.values()) {
    const op = spec.thin.get(m.op);
    if (!op) throw new SpecError(m.pos, `unknown thin op '${m.op}'`);
    if (!op.imm.includes(m.imm)) throw new SpecError(m.pos, `${m.op} has no immediate '${m.imm}'`);
    const want = m.kind === "store_local" ? [1, 0] : [0, 1];
    if (op.stack.inputs.length !== want[0] || op.stack.outputs.length !== want[1])
      throw new SpecError(m.pos, `a ${m.kind} move must ${m.kind === "store_local" ? "pop one value and push none" : "push one value and pop none"}; ${m.op} is ${formatStackEffect(op.stack)}`);
    if (m.bound !== null) {
      const to = s.moves.get(m.bound);
      if (!spec.thin.has(m.bound)) throw new SpecError(m.pos, `unknown thin op '${m.bound}' (bound of ${m.op})`);
      if (to === undefined || to.kind !== "load_local" || to.bound !== null) throw new SpecError(m.pos, `${m.bound} (bound of ${m.op}) must be a load_local move of its own, without a bound op`);
      if (spec.thin.get(m.bound)!.imm.join() !== op.imm.join() || to.imm !== m.imm) throw new SpecError(m.pos, `${m.bound} (bound of ${m.op}) must have ${m.op}'s immediates`);
      if (spec.thin.get(m.bound)!.props.raises) throw new SpecError(m.pos, `${m.bound} (bound of ${m.op}) must not raise: it reads a local known to be bound`);
      if (!s.kinds.has("unbound")) throw new SpecError(m.pos, `a bound op needs the kind 'unbound' (what an unbound local holds)`);
    }
  }
  for (const [name, p] of s.proves) {
    const op = spec.thin.get(name);
    if (!op) throw new SpecError(p.pos, `unknown thin op '${name}'`);
    if (op.kind !== "predicate") throw new SpecError(p.pos, `${name} is not a predicate; only predicates prove facts`);
    checkFacts(spec, op, p.facts, p.pos);
  }
  for (const c of s.checked.values()) {
    const op = spec.thin.get(c.op);
    if (!op) throw new SpecError(c.pos, `unknown thin op '${c.op}'`);
    const check = spec.thin.get(c.check);
    if (!check) throw new SpecError(c.pos, `unknown thin op '${c.check}'`);
    if (op.kind !== "op") throw new SpecError(c.pos, `${c.op} is a predicate; only an op is checked`);
    if (check.kind !== "predicate") throw new SpecError(c.pos, `${c.check} must be a predicate (true when the result is of its result kind)`);
    if (formatStackEffect(check.stack) !== formatStackEffect(op.stack) || typesOf(check) !== typesOf(op) || check.imm.join() !== op.imm.join())
      throw new SpecError(c.pos, `${c.check} ${formatStackEffect(check.stack)} must take the inputs and immediates of ${c.op} ${formatStackEffect(op.stack)}`);
    if (check.result === null) throw new SpecError(c.pos, `${c.check} needs a 'result:' kind: what its guard holding proves of the result`);
    if (c.imm !== null) immSet(op, { op: c.op, pos: c.pos, when: new Map(), imm: c.imm, arity: null, then: { op: c.check, args: new Map(), pos: c.pos } });
  }
  for (const u of s.fused.values()) {
    const [op, guard, into] = [u.op, u.guard, u.into].map((n) => {
      const o = spec.thin.get(n);
      if (!o) throw new SpecError(u.pos, `unknown thin op '${n}'`);
      return o;
    });
    if (op.kind !== "op" || op.stack.outputs.length !== 1 || op.stack.outputs[0].size !== null || !analyzeBody(op).pure)
      throw new SpecError(u.pos, `${op.name} must be a pure op (no exit, exception or Python code) with one output to be fused`);
    if (guard.kind !== "predicate" || guard.stack.inputs.length !== 1 || guard.stack.outputs.length !== 0)
      throw new SpecError(u.pos, `${guard.name} must be a predicate that pops one value and pushes none`);
    if (into.kind !== "predicate" || into.stack.outputs.length !== 0 || shape(into.stack.inputs) !== shape(op.stack.inputs) || JSON.stringify(into.stack.inputs.map((i) => i.type)) !== JSON.stringify(op.stack.inputs.map((i) => i.type)) || into.imm.join() !== op.imm.join())
      throw new SpecError(u.pos, `${into.name} ${formatStackEffect(into.stack)} must be a predicate with the inputs and immediates of ${op.name} ${formatStackEffect(op.stack)} and no outputs`);
  }
  const seen = new Set<string>();
  for (const pr of s.pairs) {
    for (const n of [pr.first, pr.second]) {
      const o = spec.thin.get(n);
      if (!o) throw new SpecError(pr.pos, `unknown thin op '${n}'`);
      if (!inTraceLoop(o) || o.controls.has("jump"))
        throw new SpecError(pr.pos, `${n} is not a case of the trace interpreter's loop (hot, runs no Python code, does not jump): it cannot be half of a pair`);
    }
    const key = `${pr.first} ${pr.second}`;
    if (seen.has(key)) throw new SpecError(pr.pos, `the pair [${pr.first}, ${pr.second}] is listed twice`);
    seen.add(key);
  }
  for (const [name, rules] of s.rules) {
    const op = spec.thin.get(name);
    if (!op) throw new SpecError(rules[0]?.pos ?? { file: s.file, line: 1, col: 1 }, `unknown thin op '${name}'`);
    rules.forEach((r, i) => {
      checkRule(spec, op, r);
      immSet(op, r);
      for (const earlier of rules.slice(0, i))
        if (overlaps(s, op, earlier, r)) throw new SpecError(r.pos, `this rule for ${name} overlaps the one at line ${earlier.pos.line}: some inputs satisfy both`);
    });
  }
}
