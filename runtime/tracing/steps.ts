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

/** Where a continuation leaves the frame when all it does is drop values and jump (its first
 *  steps POPs, then a JUMP or a LOOP_BACK: in an exit's steps a LOOP_BACK is a plain jump, since
 *  execThin leaves the back-edge to the supervisor) or nothing (the fat op falls through to
 *  `next`): that instruction and how many values it drops, so an exit can set the frame without
 *  running the steps; null when the steps must run. */
export function staticResume(lists: readonly (readonly RStep[])[], oparg: number, next: number): { ip: number; pops: number } | null {
  for (const l of lists) {
    if (l.length === 0) continue;
    let pops = 0;
    while (pops < l.length && isOp(l[pops], Thin.POP)) pops++;
    const s = l[pops];
    if (s === undefined || s.k !== OP || (s.op !== Thin.JUMP && s.op !== Thin.LOOP_BACK)) return null;
    return { ip: s.imm(oparg), pops };
  }
  return { ip: next, pops: 0 };
}

function isOp(s: RStep, op: Thin): boolean {
  return s.k === OP && s.op === op;
}
