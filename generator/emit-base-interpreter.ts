// generated/base-interpreter.ts: one switch case per fat op, lowered from its decomposition.
import { BASE_MACROS, Lowerer } from "./lower.js";
import { Spec } from "./model.js";
import { banner, format, render } from "./render.js";
import { opcodeStatus } from "./emit-opcodes.js";
import { emitFamily } from "./emit-families.js";

export async function emitBaseInterpreter(spec: Spec): Promise<string> {
  const v = spec.version;
  const families = [...spec.families.values()].map((fam) => ({ fam, code: emitFamily(spec, fam, spec.fat.get(fam.name)!.number) }));
  const familyOf = new Map(families.map((f) => [f.fam.name, f]));
  const cases = [...spec.fat.values()]
    .sort((a, b) => a.number - b.number)
    .map((fat) => {
      const f = familyOf.get(fat.name);
      return {
        name: fat.name,
        number: fat.number,
        forms: f ? f.fam.forms.map((form) => ({ name: form.name, number: form.number })) : [],
        prelude: f ? f.code.prelude : null,
        code: new Lowerer(spec, BASE_MACROS, `op_${fat.name}`).lower(fat.steps),
      };
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
  const code = render("base-interpreter.hbs", {
    banner: banner(["spec/thin-ops.yaml", "spec/fat-ops.yaml", v.file], "generator/emit-base-interpreter.ts"),
    cases,
    families: families.map((f) => f.code),
    familyTable,
    rejected,
    all,
  });
  return format(code);
}
