// generated/thin-ops.ts: every thin op as a case of execThin(), for the tracing tiers.
import { Lowerer, MacroSet } from "./lower.js";
import { Spec } from "./model.js";
import { banner, format, render } from "./render.js";

/** Ops that leave the frame never run one at a time: the recorder stops before them. */
export const THIN_MACROS: MacroSet = {
  jump: (t, label) => `{ ip = ${t}; break ${label}; }`,
  return: () => `throw new Error("return is not executed by the tracing tiers")`,
  yield: () => `throw new Error("yield is not executed by the tracing tiers")`,
  suspend: () => `throw new Error("suspend is not executed by the tracing tiers")`,
  // traces run a callee the base interpreter would switch to as a nested call
  call: (callee, out) => `${out} = rt.runPushedFrame(${callee})`,
};

/** Thin op ids: the spec's order. */
export function thinIds(spec: Spec): Map<string, number> {
  return new Map([...spec.thin.keys()].map((n, i) => [n, i]));
}

export async function emitThinOps(spec: Spec): Promise<string> {
  const ops = [...spec.thin.values()].map((op, id) => ({
    name: op.name,
    id,
    code: new Lowerer(spec, THIN_MACROS, `op_${op.name}`).lowerThin(op),
  }));
  const code = render("thin-ops.hbs", {
    banner: banner(["spec/thin-ops.yaml"], "generator/emit-thin-ops.ts"),
    ops,
  });
  return format(code);
}
