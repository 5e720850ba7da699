// Running fat-op decompositions step by step on a frame: the walker both the recorder (which
// also writes the trace) and trace exits (which finish an interrupted fat op) use.
import { IF, OP, RStep, SWITCH, WHEN } from "../../generated/recorder-tables.js";
import { execThin, Thin } from "../../generated/thin-ops.js";
import { THIN_CONTROL } from "../../generated/thin-meta.js";
import type { Frame } from "../interp/frame.js";

/** Runs steps until they end or a jump leaves the fat op; returns true if it jumped. */
export function runSteps(frame: Frame, steps: readonly RStep[], oparg: number): boolean {
  for (const s of steps) {
    switch (s.k) {
      case OP:
        execThin(frame, s.op, s.imm(oparg));
        if (THIN_CONTROL[s.op] === 1) return true;
        break;
      case IF:
        if (runSteps(frame, execThin(frame, s.op, s.imm(oparg)) ? s.then : s.else, oparg)) return true;
        break;
      case WHEN:
        if (runSteps(frame, s.test(oparg) ? s.then : s.else, oparg)) return true;
        break;
      case SWITCH:
        if (runSteps(frame, s.cases.get(s.select(oparg)) ?? s.default, oparg)) return true;
        break;
    }
  }
  return false;
}

/** Runs a list of step lists in order (an exit's continuation), stopping at a jump. */
export function runContinuation(frame: Frame, lists: readonly (readonly RStep[])[], oparg: number): void {
  for (const l of lists) if (runSteps(frame, l, oparg)) return;
}

/** Where a continuation leaves the frame when all it does is jump (its first step a JUMP) or
 *  nothing (the fat op falls through to `next`): that instruction, so an exit can set it without
 *  running the steps; -1 when the steps must run. */
export function staticResume(lists: readonly (readonly RStep[])[], oparg: number, next: number): number {
  for (const l of lists) {
    if (l.length === 0) continue;
    const s = l[0];
    return s.k === OP && s.op === Thin.JUMP ? s.imm(oparg) : -1;
  }
  return next;
}
