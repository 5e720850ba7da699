// Checks the specialised families of fat ops (spec/fat-ops.yaml `families`) before anything is
// emitted: each family specialises a defined fat op; every form has the generic op's stack
// effect (items taken and items left, for every oparg tried); a form's guard and body read only
// cache entries it lists in `reads`, and those only from the family's declared cache; `when`
// fills only declared entries; bodies leave only through `$deopt()` (before any effect), by
// finishing, or, in an inline form, by `$call()` (its last output the callee's result) or
// `$jump()` (its inputs popped), never through the interpreter's internals.
import { Family, FatOp, Form, FormCode, Pos, Spec, SpecError, Step } from "./model.js";
import { checkCall, evalExpr } from "./validate.js";
import { CALLS, LEAVES } from "./emit-families.js";

const RESERVED = /\b(stack|sp|ip|lasti|quick|caches|warm|base)\b/;
const CONTROL = /\$(backedge|return|yield|suspend)\(/;
/** oparg values tried when comparing stack effects (as for the fat ops' own balance check) */
const SAMPLE_OPARGS = [0, 1, 2, 3, 4, 5, 7, 8, 9, 13, 15, 0x102, 0x301];

/** The place of `offset` inside a form's code text (block scalars lose their indentation). */
function posIn(code: FormCode, offset: number): Pos {
  const before = code.text.slice(0, offset);
  const line = before.split("\n").length - 1;
  const col = line === 0 ? code.pos.col + offset : code.pos.col + (offset - before.lastIndexOf("\n") - 1);
  return { file: code.pos.file, line: code.pos.line + line, col };
}

export function validateFamilies(spec: Spec): void {
  const opcodeNames = new Set(spec.version.opcodes.map((o) => o.name));
  const formNames = new Set<string>();
  for (const fam of spec.families.values()) {
    const fat = spec.fat.get(fam.name);
    if (!fat) throw new SpecError(fam.pos, `family ${fam.name}: not a fat op defined in 'ops'`);
    const declared = new Set<string>();
    for (const e of fam.cache) {
      if (!/^[a-z_][a-zA-Z0-9_]*$/.test(e.name)) throw new SpecError(e.pos, `cache entry '${e.name}' of ${fam.name} must be a lower_case name`);
      if (e.type.trim() === "") throw new SpecError(e.pos, `cache entry '${e.name}' of ${fam.name} needs a TypeScript type`);
      declared.add(e.name);
    }
    for (const form of fam.forms) {
      if (opcodeNames.has(form.name) || formNames.has(form.name)) throw new SpecError(form.pos, `form name ${form.name} is already an opcode or a form`);
      formNames.add(form.name);
      validateForm(spec, fam, fat, form, declared);
    }
  }
}

function validateForm(spec: Spec, fam: Family, fat: FatOp, form: Form, declared: Set<string>): void {
  for (const r of form.reads)
    if (!declared.has(r)) throw new SpecError(form.readsPos, `form ${form.name} reads cache entry '${r}', which family ${fam.name} does not declare (it has: ${[...declared].join(", ") || "none"})`);
  const reads = new Set(form.reads);
  const check = (code: FormCode, what: string, allowed: Set<string>, listName: string) => {
    const reserved = RESERVED.exec(code.text);
    if (reserved) throw new SpecError(posIn(code, reserved.index), `form ${form.name}: ${what} must not use '${reserved[1]}' (interpreter-internal; use the stack effect)`);
    const control = CONTROL.exec(code.text);
    if (control) throw new SpecError(posIn(code, control.index), `form ${form.name}: ${what} must not use $${control[1]}() (a form leaves only by finishing, or by $deopt() to the generic op)`);
    if (what !== "body" && /\$deopt\(/.test(code.text)) throw new SpecError(posIn(code, code.text.indexOf("$deopt(")), `form ${form.name}: $deopt() belongs in the body`);
    const leaves = LEAVES.exec(code.text);
    if (what !== "body" && leaves) throw new SpecError(posIn(code, leaves.index), `form ${form.name}: $${leaves[1]}() belongs in the body`);
    if (leaves && !form.inline) throw new SpecError(posIn(code, leaves.index), `form ${form.name}: $${leaves[1]}() leaves the instruction from the base interpreter's loop, so the form must be inline`);
    const re = what === "when" ? /\b(?:cache|prev)\??\.([A-Za-z_][A-Za-z0-9_]*)/g : /\bcache\.([A-Za-z_][A-Za-z0-9_]*)/g;
    for (let m = re.exec(code.text); m !== null; m = re.exec(code.text))
      if (!allowed.has(m[1])) throw new SpecError(posIn(code, m.index), `form ${form.name}: ${what} uses cache entry '${m[1]}', not in ${listName}`);
  };
  // (the guard first: a form without `when` has one made of its guard, `cond = <guard>`, whose
  // places are the guard's shifted by that prefix)
  check(form.guard, "guard", reads, "its reads");
  check(form.when, "when", declared, `family ${fam.name}'s cache`);
  if (Array.isArray(form.body)) checkSteps(spec, form.body);
  else {
    check(form.body, "body", reads, "its reads");
    // a call runs the callee in execute's loop, its result pushed where the form's inputs began
    if (CALLS.test(form.body.text)) {
      // its last output is what the callee returns; the ones before it, inputs left in place
      const outs = form.stack.outputs, ins = form.stack.inputs;
      const last = outs[outs.length - 1];
      if (last === undefined || last.size !== null || !new RegExp(`\\$call\\([^]*,\\s*${last.name}\\s*\\)`).test(form.body.text))
        throw new SpecError(form.stackPos, `form ${form.name}: a form that uses $call() leaves the callee's result as its last output, named in $call(callee, ${last?.name ?? "out"})`);
      outs.slice(0, -1).forEach((o, i) => {
        if (ins[i]?.name !== o.name || o.size !== null || ins[i].size !== null)
          throw new SpecError(form.stackPos, `form ${form.name}: a form that uses $call() keeps only its first inputs below the callee's result ('${o.name}' is not input ${i})`);
      });
    }
  }
  if (!/\bcond\s*=/.test(form.when.text)) throw new SpecError(form.when.pos, `form ${form.name}: 'when' must assign 'cond'`);
  for (const i of form.stack.inputs) if (i.name === "unused") throw new SpecError(form.stackPos, `form ${form.name}: 'unused' items are not supported in forms`);
  // the stack effect: items taken and items left, as the generic op's fall-through paths
  const text = JSON.stringify([fat.steps, form.stack], (k, v) => (v instanceof Map ? [...v.values()] : v));
  // a form that fits only some opargs is checked at those
  for (const oparg of form.opargs ?? (text.includes("oparg") ? SAMPLE_OPARGS : [0])) {
    const g = genericEffect(spec, fat, oparg);
    if (g === null) continue; // no path falls through for this oparg
    const size = (items: Form["stack"]["inputs"]) => items.reduce((n, it) => n + (it.size ? evalExpr(it.size, { oparg }) : 1), 0);
    const taken = size(form.stack.inputs), left = size(form.stack.outputs);
    if (taken !== g.taken || left !== g.left)
      throw new SpecError(form.stackPos, `form ${form.name} takes ${taken} and leaves ${left} stack items for oparg=${oparg}; the generic ${fam.name} takes ${g.taken} and leaves ${g.left}`);
    // a body of thin ops must do what the form's stack effect says, on every path that falls through
    if (Array.isArray(form.body)) {
      const ends: { depth: number; low: number }[] = [];
      walk(spec, form.body, 0, 0, oparg, (depth, low) => ends.push({ depth, low }));
      for (const e of ends)
        if (e.depth !== left - taken || -e.low > taken)
          throw new SpecError(form.stackPos, `form ${form.name}: its thin ops take ${-e.low} and leave ${e.depth - e.low} stack items for oparg=${oparg}, not what its stack effect says`);
    }
  }
}

function checkSteps(spec: Spec, steps: Step[]): void {
  for (const s of steps) {
    if (s.kind === "op") {
      const op = checkCall(spec, s.call, false);
      // forms run outside execute: they finish or deopt, never leave the instruction
      if (op.controls.size > 0) throw new SpecError(s.call.pos, `'${s.call.op}' leaves the instruction: a form's thin ops may not jump, return or yield`);
    }
    else if (s.kind === "if") {
      checkCall(spec, s.pred, true);
      checkSteps(spec, s.then);
      checkSteps(spec, s.else);
    } else if (s.kind === "when") {
      checkSteps(spec, s.then);
      checkSteps(spec, s.else);
    } else {
      for (const c of s.cases) checkSteps(spec, c.steps);
      checkSteps(spec, s.default);
    }
  }
}

/** Items the generic op takes (its lowest depth) and leaves, on its fall-through paths. */
function genericEffect(spec: Spec, fat: FatOp, oparg: number): { taken: number; left: number } | null {
  const ends: { depth: number; low: number }[] = [];
  walk(spec, fat.steps, 0, 0, oparg, (depth, low) => ends.push({ depth, low }));
  if (ends.length === 0) return null;
  const low = Math.min(...ends.map((e) => e.low));
  return { taken: -low, left: ends[0].depth - low };
}

function walk(spec: Spec, steps: Step[], depth: number, low: number, oparg: number, k: (depth: number, low: number) => void): void {
  const go = (i: number, d: number, lo: number): void => {
    if (i === steps.length) return k(d, lo);
    const s = steps[i];
    if (s.kind === "op" || s.kind === "if") {
      const call = s.kind === "op" ? s.call : s.pred;
      const op = spec.thin.get(call.op)!;
      const env: Record<string, number> = {};
      for (const name of op.imm) env[name] = evalExpr(call.args.get(name)!, { oparg });
      const size = (items: typeof op.stack.inputs) => items.reduce((n, it) => n + (it.size ? evalExpr(it.size, env) : 1), 0);
      const mid = d - size(op.stack.inputs);
      const nd = mid + size(op.stack.outputs);
      const nlo = Math.min(lo, mid);
      if (s.kind === "if") {
        walk(spec, s.then, nd, nlo, oparg, (d2, l2) => go(i + 1, d2, l2));
        walk(spec, s.else, nd, nlo, oparg, (d2, l2) => go(i + 1, d2, l2));
        return;
      }
      // leaves the instruction (a $call comes back to it, its output pushed)
      if (op.controls.size > 0 && !op.controls.has("suspend") && !(op.controls.size === 1 && op.controls.has("call"))) return;
      return go(i + 1, nd, nlo);
    }
    if (s.kind === "when") return walk(spec, evalExpr(s.expr, { oparg }) ? s.then : s.else, d, lo, oparg, (d2, l2) => go(i + 1, d2, l2));
    const v = evalExpr(s.expr, { oparg });
    const c = s.cases.find((c) => c.key === v);
    walk(spec, c ? c.steps : s.default, d, lo, oparg, (d2, l2) => go(i + 1, d2, l2));
  };
  go(0, depth, low);
}
