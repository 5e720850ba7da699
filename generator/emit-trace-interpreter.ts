// generated/trace-interpreter.ts: the stack-based trace interpreter's loop, every thin op's body
// inlined as one case of a single switch (as the base interpreter does for fat ops), over a
// trace compiled to typed arrays. Running a trace then costs one dispatch per thin op, not an
// entry object's fields, a kind switch and a call of execThin per op.
//
// Only the ops that cannot run Python code are inlined: the others (calls, attribute access,
// generic operators…) are dearer than a dispatch anyway and run through execThin. That keeps
// the loop small enough for V8 to optimise quickly and to keep optimised: every case the
// optimised code has not yet seen deoptimises it, and recompiling a loop of every op took V8
// over half a second each time.
//
// The frame's stack pointer and instruction index live in locals of the loop; they are written
// back to the frame where something else may look at them: before an op that may raise or run
// Python code (with frame.lasti, for tracebacks and f_lineno), at an exit, and around the
// trace-only entries (ENTER, LEAVE, METHOD), which the runtime supplies as hooks so that
// generated/ does not import runtime/tracing.
import { inTraceLoop } from "./analyze.js";
import { Lowerer } from "./lower.js";
import { THIN_MACROS } from "./emit-thin-ops.js";
import { Spec, ThinOp } from "./model.js";
import { lowerRegister, operandStride, outputToLocal, registerForm } from "./lower-register.js";
import { banner, format, render } from "./render.js";

/** Whether the op's body must see the frame's stack pointer and lasti up to date. */
function syncsFrame(op: ThinOp): boolean {
  return op.props.escapes || op.props.raises || /\bframe\b/.test(op.body);
}

/** The stack-based trace interpreter (`register` false), or the register-based one, whose
 *  cases for ops with a register form take operands (generator/lower-register.ts). */
export async function emitTraceInterpreter(spec: Spec, register = false): Promise<string> {
  const all = [...spec.thin.values()];
  const n = all.length;
  // only hot ops that cannot run Python code are cases of the loop; the others run through
  // execThin (TC_CALL_OP), where the cold ones are functions of their own
  const inLoop = inTraceLoop;
  const forms = all.map((op) => (register && inLoop(op) ? registerForm(op) : null));
  const stride = operandStride(forms);
  const inline = all.filter(inLoop);
  const predicates = inline.filter((op) => op.kind === "predicate");
  const guardCode = new Map(predicates.map((op, j) => [op.name, n + j]));
  const special = n + predicates.length;
  const lowered = (op: ThinOp, label: string) => new Lowerer(spec, THIN_MACROS, label, false).lowerThin(op);
  const ops = all.map((op, id) => ({ op, id })).filter(({ op }) => inLoop(op)).map(({ op, id }) => ({ name: op.name, id, sync: syncsFrame(op), jumps: op.controls.has("jump"), code: lowered(op, `op_${op.name}`) }));
  const guards = predicates.map((op) => ({ name: op.name, code: guardCode.get(op.name)!, sync: syncsFrame(op), jumps: op.controls.has("jump"), body: lowered(op, `guard_${op.name}`) }));
  // register mode: each op (and guard) with a register form gets a second case, after the
  // special codes, that takes operands
  const regCode = new Array<number>(n).fill(-1);
  const regGuardCode = new Array<number>(n).fill(-1);
  let next = special + 7;
  all.forEach((op, id) => {
    const form = forms[id];
    if (form === null) return;
    if (op.kind === "predicate") {
      regGuardCode[id] = next++;
      guards.push({ name: `${op.name}_R`, code: regGuardCode[id], sync: syncsFrame(op), jumps: false, body: lowerRegister(op, form, stride, `guard_${op.name}_R`) });
    } else {
      regCode[id] = next++;
      ops.push({ name: `${op.name}_R`, id: regCode[id], sync: syncsFrame(op), jumps: false, code: lowerRegister(op, form, stride, `op_${op.name}_R`) });
    }
  });
  // the text of each case: the op's body (with the frame synced first where it must be), then,
  // for a guard, its exit when the condition is not the one expected
  const sync = "frame.sp = sp; frame.ip = ip; frame.lasti = fatIps[i];";
  // A guard that fails leaves the loop for the one exit path after it (the template's end), not
  // a `return` of its own: V8 compiles the interpreter with type feedback from what has run, and
  // an exit path per guard case first taken after that (a guard that had always held) stopped
  // the compiled function for want of feedback ("Insufficient type feedback"), to be compiled
  // again (chaos: runTraceCode compiled 7 times, ~1 s of compiler time in a 3 s run).
  const exit = "break run;";
  const opText = (o: (typeof ops)[number]) => `${o.sync ? sync : ""}\nop_${o.name}: {\n${o.code}\n}\n${o.jumps ? "frame.ip = ip;" : ""}`;
  // (a guard's own case ends in `continue` when it holds; in a pair, the first half's exit is
  // a branch, the second half goes on)
  const guardBody = (g: (typeof guards)[number]) => `${g.sync ? sync : ""}\nguard_${g.name}: {\n${g.body}\n}`;
  const guardText = (g: (typeof guards)[number]) => `${guardBody(g)}\nif (result !== (tc.expects[i] === 1)) { ${exit} }`;
  const cases = [
    ...ops.map((o) => ({ code: o.id, text: `{\n${opText(o)}\n}\ncontinue;` })),
    ...guards.map((g) => ({ code: g.code, text: `{\n${guardBody(g)}\n}\nif (result === (tc.expects[i] === 1)) continue;\n${exit}` })),
  ];
  // the stack-based interpreter's pairs (spec/specialise.yaml `pairs`): one case runs the first
  // entry, then, with i advanced, the second (an exit or exception in either is at its own index)
  const pairCodes: number[] = [];
  if (!register) {
    const textOf = (name: string) => {
      const o = spec.thin.get(name)!;
      return o.kind === "predicate" ? guardText(guards.find((g) => g.name === name)!) : opText(ops.find((x) => x.name === name)!);
    };
    const dispatchOf = (name: string) => (spec.thin.get(name)!.kind === "predicate" ? guardCode.get(name)! : all.findIndex((o) => o.name === name));
    for (const pr of spec.specialise.pairs) {
      const code = next++;
      pairCodes.push(dispatchOf(pr.first), dispatchOf(pr.second), code);
      cases.push({ code, text: `{\n${textOf(pr.first)}\n}\ni++;\n{\nconst imm0 = imms[i];\n${textOf(pr.second)}\n}\ncontinue;` });
    }
  }
  const text = render("trace-interpreter.hbs", {
    banner: banner(["spec/thin-ops.yaml"], register ? "generator/emit-trace-interpreter.ts (register form: generator/lower-register.ts)" : "generator/emit-trace-interpreter.ts"),
    register,
    fn: register ? "runRegisterCode" : "runTraceCode",
    stride,
    regInputs: forms.map((f) => (f === null ? -1 : f.inputs.length)).join(", "),
    regCode: regCode.join(", "),
    regGuardCode: regGuardCode.join(", "),
    regOneOutput: forms.map((f) => (f !== null && outputToLocal(f) ? 1 : 0)).join(", "),
    regPeeks: forms.map((f) => (f?.peeks ? 1 : 0)).join(", "),
    cases,
    pairCodes: pairCodes.join(", "),
    inlined: all.map((op) => (inLoop(op) ? 1 : 0)).join(", "),
    guardOf: all.map((op) => guardCode.get(op.name) ?? -1).join(", "),
    ENTER: special,
    LEAVE: special + 1,
    METHOD: special + 2,
    SLOW_OP: special + 3,
    SLOW_GUARD: special + 4,
    CALL_OP: special + 5,
    CALL_GUARD: special + 6,
  });
  return format(text);
}
