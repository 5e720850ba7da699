// Register forms of thin ops, derived from their stack effects (no per-op table): an op whose
// inputs and outputs are all scalars and whose body has no control macro can take its inputs
// as operands — the top `folds[i]` of them read straight from the frame's locals or the code's
// constants (operand d: local d when d >= 0, constant ~d otherwise), the rest popped from the
// stack as in the stack form — and write a single output to a local (`dsts[i]` >= 0) instead of
// pushing it. A predicate of that shape becomes a guard with operands; one whose stack effect is
// the identity only looks at its inputs.
//
// The register trace interpreter (generated/register-interpreter.ts) has these cases beside the
// stack-form ones, under codes of their own: the pass that turns a stack-form trace into
// operands (runtime/tracing/register-form.ts) dispatches an instruction to its register case
// only when it has operands or a local destination, so the others pay nothing for the choice.
import { ThinOp } from "./model.js";
import { expandMacros } from "./lower.js";
import { THIN_MACROS } from "./emit-thin-ops.js";

/** How an op can run in register form: its scalar inputs and outputs, or null (stack form only). */
export interface RegisterForm {
  inputs: { name: string; type: string }[];
  outputs: { name: string; type: string }[];
  /** a predicate whose outputs are its inputs, in place: the guard only reads them */
  peeks: boolean;
}

export function registerForm(op: ThinOp): RegisterForm | null {
  const { inputs, outputs } = op.stack;
  if (op.props.escapes || op.controls.size > 0) return null;
  if ([...inputs, ...outputs].some((i) => i.size !== null || i.name === "unused")) return null;
  const peeks = op.kind === "predicate" && inputs.length > 0 && inputs.length === outputs.length && inputs.every((item, k) => outputs[k].name === item.name);
  return { inputs: inputs.map(({ name, type }) => ({ name, type })), outputs: outputs.map(({ name, type }) => ({ name, type })), peeks };
}

/** The widest register form: operand slots per trace entry. */
export function operandStride(forms: (RegisterForm | null)[]): number {
  return Math.max(1, ...forms.map((f) => f?.inputs.length ?? 0));
}

function cast(expr: string, type: string): string {
  return type === "Slot" ? expr : `((${expr}) as ${type})`;
}

/** Whether the op's single output may be written to a local (locals never hold a NULL slot). */
export function outputToLocal(form: RegisterForm): boolean {
  return !form.peeks && form.outputs.length === 1 && form.outputs[0].type !== "Slot";
}

/**
 * The case body of `op` in register form. In scope (from the template): `i`, `imm0`, `stack`,
 * `sp`, `locals`, `code`, and the trace's `folds`, `opnds`, `dsts`; a predicate assigns `result`.
 */
export function lowerRegister(op: ThinOp, form: RegisterForm, stride: number, label: string): string {
  const out: string[] = [];
  const n = form.inputs.length;
  if (n > 0) {
    out.push(`const stacked = ${n} - folds[i];`);
    out.push(`const o = i * ${stride};`);
  }
  form.inputs.forEach((item, j) => {
    const fromStack = `stack[sp - stacked${j ? ` + ${j}` : ""}]`;
    // (through a helper: spelled out in every case, the operand reads made V8 take 3-5 times as
    // long to optimise the interpreter's function)
    out.push(`const ${item.name} = ${cast(`${j} < stacked ? ${fromStack} : operand(opnds[o + ${j}], locals, code)`, item.type)};`);
  });
  if (n > 0 && !form.peeks) out.push("sp -= stacked;");
  op.imm.forEach((name, k) => out.push(`const ${name} = imm${k};`));
  const inputNames = new Set(form.inputs.map((i) => i.name));
  if (!form.peeks) for (const o of form.outputs) if (!inputNames.has(o.name)) out.push(`let ${o.name}: ${o.type};`);
  if (op.kind === "predicate") out.push("let cond: boolean;");
  const body = expandMacros(op.body, THIN_MACROS, label).trim();
  // (in a block of its own: a body may declare names the operand reads use, such as `i`)
  if (body) out.push(`{\n${body}\n}`);
  if (op.kind === "predicate") out.push("result = cond;");
  if (!form.peeks) {
    if (outputToLocal(form)) {
      const o = form.outputs[0].name;
      out.push(`const dst = dsts[i];`);
      out.push(`if (dst < 0) stack[sp++] = ${o}; else locals[dst] = ${o};`);
    } else for (const o of form.outputs) out.push(`stack[sp++] = ${o.name};`);
  }
  return out.join("\n");
}
