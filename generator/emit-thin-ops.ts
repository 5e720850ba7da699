// generated/thin-ops.ts: every thin op as a case of execThin(), for the tracing tiers.
import { Lowerer, MacroSet } from "./lower.js";
import { Spec, SpecError } from "./model.js";
import { banner, format, render } from "./render.js";
import { coldBody, outlineBody, THIN_COLD } from "./outline.js";

/** execThin's variables an op body may use, with their types (see generator/outline.ts). */
const THIN_DISPATCH_VARS: ReadonlyMap<string, string> = new Map([
  ["frame", "Frame"],
  ["code", "PyCode"],
  ["stack", "Slot[]"],
  ["locals", "Frame[\"localsplus\"]"],
  ["sp", "number"],
  ["ip", "number"],
  ["result", "boolean"],
  ["imm0", "number"],
  ["id", "Thin"],
]);
/** As the base interpreter's limit (generator/emit-base-interpreter.ts). */
const OUTLINE_MIN_CHARS = 300;

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
  const outlined: string[] = [];
  // ops not marked `hot` (spec/thin-ops.yaml): functions called through THIN_COLD from default:
  const cold: { name: string; id: number; fn: string }[] = [];
  const ops = [...spec.thin.values()].map((op, id) => {
    const label = `op_${op.name}`;
    const lowered = new Lowerer(spec, THIN_MACROS, label).lowerThin(op);
    if (!op.hot) {
      const c = coldBody(lowered, label, `cold_${op.name}`, THIN_DISPATCH_VARS, THIN_COLD);
      if ("pinned" in c) throw new SpecError(op.pos, `thin op ${op.name} is not hot, but its body cannot run as a cold op function (${c.pinned}): mark it hot: true`);
      cold.push({ name: op.name, id, fn: c.fn });
      return { name: op.name, id, hot: false, code: "" };
    }
    const out = outlineBody(lowered, label, `thin_${op.name}`, THIN_DISPATCH_VARS, OUTLINE_MIN_CHARS);
    if (out !== null) outlined.push(out.fn);
    return { name: op.name, id, hot: true, code: out === null ? lowered : out.call };
  });
  const code = render("thin-ops.hbs", {
    banner: banner(["spec/thin-ops.yaml"], "generator/emit-thin-ops.ts"),
    ops,
    hotOps: ops.filter((o) => o.hot),
    outlined,
    cold,
  });
  return format(code);
}
