// A recorded trace: the thin ops of one loop iteration, with a guard wherever a surrogate
// branched. Thin ops run on the frame's own stack and locals, so the interpreter state at any
// point of the trace is the frame itself; an exit only has to finish the interrupted fat op
// along the branch the guard did not expect (its `exit` steps) and hand the frame back.
import type { RStep } from "../../generated/recorder-tables.js";
import type { Thin } from "../../generated/thin-ops.js";
import type { PyCode } from "../objects/core.js";

export const OP = 0;
export const GUARD = 1;

export interface TraceEntry {
  kind: typeof OP | typeof GUARD;
  op: Thin;
  imm: number;
  /** code unit of the fat op this thin op belongs to (set as frame.lasti) */
  fatIp: number;
  /** GUARD: the condition seen while recording */
  expected: boolean;
  /** GUARD: where the fat op continues when it does not jump, its argument, and the steps that
   *  finish it when the guard fails */
  next: number;
  oparg: number;
  exit: readonly (readonly RStep[])[];
  /** GUARD: how often this exit was taken */
  exits: number;
  /** GUARD: the side trace recorded from this exit once it got hot (runs on to the loop
   *  header), or "failed" when recording it was abandoned */
  side: Trace | "failed" | null;
}

export interface Trace {
  code: PyCode;
  /** loop header: the back-edge target the trace starts (and loops back) at */
  header: number;
  entries: TraceEntry[];
  /** fat ops covered by one iteration */
  fatOps: number;
  runs: number;
}

/** Readable text of a trace, for --dump-traces. */
export function traceText(t: Trace, names: readonly string[], opnames: readonly string[], lineOf: (unit: number) => number): string {
  const lines = [`trace ${t.code.qualname} (${t.code.filename}) loop at offset ${t.header * 2}: ${t.entries.length} thin ops for ${t.fatOps} fat ops`];
  let lastFat = -1;
  for (const e of t.entries) {
    if (e.fatIp !== lastFat) {
      lines.push(`  ; line ${lineOf(e.fatIp)}: ${opnames[t.code.ops[e.fatIp]]} ${t.code.args[e.fatIp]} @${e.fatIp * 2}`);
      lastFat = e.fatIp;
    }
    const imm = e.imm !== 0 ? `(${e.imm})` : "";
    lines.push(
      e.kind === OP
        ? `    ${names[e.op]}${imm}`
        : `    GUARD_${e.expected ? "TRUE" : "FALSE"} ${names[e.op]}${imm}  -> exit to @${e.next * 2} (taken ${e.exits}x${e.side !== null && e.side !== "failed" ? ", side trace" : ""})`,
    );
  }
  lines.push(`    LOOP to @${t.header * 2}`);
  return lines.join("\n") + "\n";
}
