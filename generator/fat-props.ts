// Properties of a fat op's decomposition that more than one emitter or validator reads, derived
// from its thin ops' analysed properties (analyze.ts), never from the op's name.
import { Spec, Step } from "./model.js";

/** Whether a fat op's steps need `frame.lasti` to name the instruction while they run: a thin
 *  op that may run Python code (which can read the frame's line: a traceback of its own,
 *  sys._getframe), names the frame object (not only its locals or code), or leaves the
 *  instruction other than by a plain jump (a back-edge's supervisor, a call, a return, a yield
 *  read it). The others — LOAD_FAST, STORE_FAST, LOAD_CONST, POP_TOP, jumps… — skip the store;
 *  when one of them raises, the exception handler stores it before the traceback entry is made
 *  (STORES_LASTI). */
export function needsLasti(spec: Spec, steps: Step[]): boolean {
  return someOp(steps, (name) => {
    const t = spec.thin.get(name)!;
    return t.props.escapes || t.props.namesFrame || [...t.controls].some((c) => c !== "jump") || t.body.includes("$backedge(");
  });
}

/** Whether a fat op's steps may leave the instruction other than by going on to the next one
 *  (a jump, a back-edge, a call, a return, a yield). */
export function mayLeave(spec: Spec, steps: Step[]): boolean {
  return someOp(steps, (name) => {
    const t = spec.thin.get(name)!;
    return t.controls.size > 0 || t.body.includes("$backedge(");
  });
}

/** Whether any thin op on any path of the steps (predicates included) satisfies `test`. */
function someOp(steps: Step[], test: (thinOp: string) => boolean): boolean {
  return steps.some((s) => {
    if (s.kind === "op") return test(s.call.op);
    if (s.kind === "if") return test(s.pred.op) || someOp(s.then, test) || someOp(s.else, test);
    if (s.kind === "when") return someOp(s.then, test) || someOp(s.else, test);
    return s.cases.some((c) => someOp(c.steps, test)) || someOp(s.default, test);
  });
}
