// generated/base-interpreter.ts: one switch case per fat op, lowered from its decomposition.
import { BASE_MACROS, Lowerer } from "./lower.js";
import { Spec, SpecError } from "./model.js";
import { banner, format, render } from "./render.js";
import { opcodeStatus } from "./emit-opcodes.js";
import { emitFamily } from "./emit-families.js";
import { BASE_COLD, BASE_DISPATCH_VARS, coldBody, outlineBody } from "./outline.js";
import { needsLasti } from "./fat-props.js";

/** Case bodies shorter than this (characters of lowered code) stay inline in `execute`: below
 *  it a call costs more than the code (see generator/outline.ts). At 300 the 17 largest bodies
 *  move out (BINARY_OP, COMPARE_OP, BINARY_SUBSCR, UNPACK_SEQUENCE…) and `execute` goes from
 *  22.0 to 14.9 kB of V8 bytecode, its stack frame from 5.5 to 3.1 kB. */
const OUTLINE_MIN_CHARS = 300;

export async function emitBaseInterpreter(spec: Spec): Promise<string> {
  const v = spec.version;
  const families = [...spec.families.values()].map((fam) => ({ fam, code: emitFamily(spec, fam, spec.fat.get(fam.name)!.number) }));
  const familyOf = new Map(families.map((f) => [f.fam.name, f]));
  const outlined: string[] = [];
  // cold ops (not in spec/fat-ops.yaml `hot`): functions called through COLD_OPS from `default:`
  const cold: { name: string; number: number; fn: string }[] = [];
  const cases = [...spec.fat.values()]
    .sort((a, b) => a.number - b.number)
    .filter((fat) => {
      if (spec.hot === null || spec.hot.has(fat.name)) return true;
      const label = `op_${fat.name}`;
      const lowered = new Lowerer(spec, BASE_MACROS, label).lower(fat.steps);
      const out = coldBody(lowered, label, `cold_${fat.name}`, BASE_DISPATCH_VARS, BASE_COLD);
      if ("pinned" in out) throw new SpecError(fat.pos, `${fat.name} is not in hot, but its body cannot run as a cold op function (${out.pinned}): list it in hot`);
      cold.push({ name: fat.name, number: fat.number, fn: out.fn });
      return false;
    })
    .map((fat) => {
      const f = familyOf.get(fat.name);
      const label = `op_${fat.name}`;
      const lowered = new Lowerer(spec, BASE_MACROS, label).lower(fat.steps);
      const out = outlineBody(lowered, label, `body_${fat.name}`, BASE_DISPATCH_VARS, OUTLINE_MIN_CHARS);
      if (out !== null) outlined.push(out.fn);
      return {
        name: fat.name,
        number: fat.number,
        // a family's op always: its specialisation and out-of-line forms are handed the frame (its
        // prelude stores it, after the inline forms: emit-families.ts)
        storesLasti: f !== undefined || needsLasti(spec, fat.steps),
        storesAtHead: f === undefined && needsLasti(spec, fat.steps),
        forms: f ? f.fam.forms.map((form) => ({ name: form.name, number: form.number })) : [],
        prelude: f ? f.code.prelude : null,
        preludeCounting: f ? f.code.preludeCounting : null,
        code: out === null ? lowered : out.call,
      };
    });
  // each superinstruction runs its two ops' cases one after the other (validate-superinstructions.ts
  // checks the first goes on to the second), the second's argument and successor read as
  // the dispatch would, and the second counted and named by lasti as if dispatched
  const caseOf = new Map(cases.map((c) => [c.name, c]));
  const superinstructions = spec.superinstructions.map((s) => {
    const first = caseOf.get(s.first)!;
    const second = caseOf.get(s.second)!;
    return { name: s.name, number: s.number, first: `op_${first.name}: {\n${first.code}\n}`, secondStoresLasti: second.storesAtHead, second: `op_${second.name}: {\n${second.code}\n}` };
  });
  const familyTable = families.map(({ fam }) => ({
    name: fam.name,
    number: spec.fat.get(fam.name)!.number,
    forms: fam.forms.map((f) => ({ name: f.name, number: f.number })),
  }));
  const rejected = [
    ...[...spec.absorbed].map(([name, a]) => ({ name, reason: `never executed: ${a.reason}` })),
    ...[...spec.unsupported].map(([name, u]) => ({ name, reason: u.reason })),
  ]
    .map((r) => ({ ...r, number: v.opcodes.find((o) => o.name === r.name)!.number, reason: r.reason.replace(/["\\]/g, "\\$&") }))
    .sort((a, b) => a.number - b.number);
  const all = v.opcodes.map((o) => ({ name: o.name, status: opcodeStatus(spec, o.name) === "defined" ? "case" : opcodeStatus(spec, o.name) }));
  // per opcode (quickened forms included): 1 when its case stores frame.lasti itself (cold and
  // rejected ops are run with it stored too)
  const stores = new Array<number>(256).fill(1);
  for (const c of cases) if (!c.storesLasti) stores[c.number] = 0;
  // (a superinstruction's first op never stores it: validate-superinstructions.ts)
  for (const s of spec.superinstructions) stores[s.number] = 0;
  // an inline form runs before its family's prelude stores it
  for (const f of families) for (const form of f.fam.forms) if (form.inline) stores[form.number] = 0;
  const code = render("base-interpreter.hbs", {
    storesLasti: stores.join(", "),
    banner: banner(["spec/thin-ops.yaml", "spec/fat-ops.yaml", v.file], "generator/emit-base-interpreter.ts"),
    cases,
    outlined,
    cold,
    families: families.map((f) => f.code),
    superinstructions,
    familyTable,
    rejected,
    all,
  });
  return format(code);
}
