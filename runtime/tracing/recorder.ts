// The trace recorder: runs one iteration of a hot loop by following each fat op's
// decomposition (generated/recorder-tables.ts) on the real values, writing the thin ops it
// executes and turning every branch it takes into a guard. It stops when control returns to
// the loop header, and aborts (with a reason) before anything it cannot trace.
import { DECOMPOSITIONS, IF, OP, RStep, SWITCH, WHEN } from "../../generated/recorder-tables.js";
import { execThin, THIN_CONTROL, Thin } from "../../generated/thin-ops.js";
import type { Frame } from "../interp/frame.js";
import { GUARD, Trace, TraceEntry } from "./trace.js";

export const MAX_TRACE_LENGTH = 2000;

export class RecordingAborted extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Steps of a decomposition that leave the frame (return/yield): such fat ops end recording. */
function leavesFrame(steps: readonly RStep[]): boolean {
  for (const s of steps) {
    if (s.k === OP && THIN_CONTROL[s.op] === 2) return true;
    if ((s.k === IF || s.k === WHEN) && (leavesFrame(s.then) || leavesFrame(s.else))) return true;
    if (s.k === SWITCH && (leavesFrame(s.default) || [...s.cases.values()].some(leavesFrame))) return true;
  }
  return false;
}

const leaving = DECOMPOSITIONS.map((d) => (d === null ? true : leavesFrame(d)));

/**
 * Records from frame.ip (the loop header) until the loop closes. The frame is advanced for
 * real: on return (a trace, or an abort) it stands at a fat-op boundary the base interpreter
 * can resume from. Exceptions raised by the program propagate (the recording is dropped).
 */
export function recordLoop(frame: Frame, header: number): Trace | RecordingAborted {
  const code = frame.code;
  const entries: TraceEntry[] = [];
  let fatOps = 0;
  for (;;) {
    const ip = frame.ip;
    const opcode = code.ops[ip];
    const oparg = code.args[ip];
    const steps = DECOMPOSITIONS[opcode];
    if (steps === null || leaving[opcode]) return new RecordingAborted(steps === null ? "untraceable op" : "leaves the frame");
    if (entries.length > MAX_TRACE_LENGTH) return new RecordingAborted("too long");
    frame.lasti = ip;
    frame.ip = code.nexts[ip];
    fatOps++;
    const closed = walk(frame, steps, oparg, ip, [], entries);
    if (closed === "loop") {
      if (frame.ip === header) return { code, header, entries, fatOps, runs: 0 };
      return new RecordingAborted("inner loop");
    }
  }
}

type WalkEnd = "fall" | "jump" | "loop";

function walk(frame: Frame, steps: readonly RStep[], oparg: number, fatIp: number, cont: readonly (readonly RStep[])[], out: TraceEntry[]): WalkEnd {
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const rest = () => [steps.slice(i + 1), ...cont];
    switch (s.k) {
      case OP: {
        const imm = s.imm(oparg);
        execThin(frame, s.op, imm);
        if (THIN_CONTROL[s.op] === 1) return s.op === Thin.LOOP_BACK ? "loop" : "jump"; // jumps are not recorded: the trace is linear
        out.push({ kind: OP, op: s.op, imm, fatIp, expected: false, next: 0, oparg: 0, exit: [], exits: 0, side: null });
        break;
      }
      case IF: {
        const imm = s.imm(oparg);
        const cond = execThin(frame, s.op, imm);
        out.push({ kind: GUARD, op: s.op, imm, fatIp, expected: cond, next: frame.code.nexts[fatIp], oparg, exit: [cond ? s.else : s.then, ...rest()], exits: 0, side: null });
        const end = walk(frame, cond ? s.then : s.else, oparg, fatIp, rest(), out);
        if (end !== "fall") return end;
        break;
      }
      case WHEN: {
        const end = walk(frame, s.test(oparg) ? s.then : s.else, oparg, fatIp, rest(), out);
        if (end !== "fall") return end;
        break;
      }
      case SWITCH: {
        const end = walk(frame, s.cases.get(s.select(oparg)) ?? s.default, oparg, fatIp, rest(), out);
        if (end !== "fall") return end;
        break;
      }
    }
  }
  return "fall";
}
