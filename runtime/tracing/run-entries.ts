// The trace interpreter's inner loop: runs trace entries on a chain of frames (the trace's own
// frame, then the calls it inlined, innermost last) until they end or a guard fails.
import { execThin } from "../../generated/thin-ops.js";
import { swapInterceptor } from "../interp/call.js";
import type { Frame } from "../interp/frame.js";
import { counters } from "../interp/counters.js";
import { enterCall, leaveCall } from "./inline.js";
import { loadCachedMethod } from "./method-cache.js";
import { ENTER, GUARD, LEAVE, METHOD, OP, TraceEntry } from "./trace.js";

/** Returns -1 when every entry ran, or the index of the entry whose guard failed (nothing of
 *  that entry done). `chain` follows the calls entered and left. */
export function runEntries(entries: readonly TraceEntry[], chain: Frame[]): number {
  let f = chain[chain.length - 1];
  const n = entries.length;
  let i = 0;
  try {
    for (; i < n; i++) {
      const e = entries[i];
      f.lasti = e.fatIp;
      switch (e.kind) {
        case OP:
          if (e.fragments === null) execThin(f, e.op, e.imm);
          else {
            const saved = swapInterceptor(e.fragments.runner);
            try {
              execThin(f, e.op, e.imm);
            } finally {
              swapInterceptor(saved);
            }
          }
          continue;
        case GUARD:
          if (e.fragments === null) {
            if (execThin(f, e.op, e.imm) === e.expected) continue;
          } else {
            const saved = swapInterceptor(e.fragments.runner);
            let cond: boolean;
            try {
              cond = execThin(f, e.op, e.imm);
            } finally {
              swapInterceptor(saved);
            }
            if (cond === e.expected) continue;
          }
          return i;
        case ENTER: {
          const callee = enterCall(f, e.imm, e.shape, e.callee!);
          if (callee === null) return i;
          f.ip = e.next;
          chain.push(callee);
          f = callee;
          continue;
        }
        case LEAVE: {
          chain.pop();
          const caller = chain[chain.length - 1];
          leaveCall(f, caller);
          f = caller;
          continue;
        }
        case METHOD:
          if (!loadCachedMethod(f.stack, f.sp, e.type!, e.version, e.value!, e.code.names[e.imm])) return i;
          f.sp++;
          continue;
      }
    }
    return -1;
  } finally {
    counters.traceInstructions += i < n ? i + 1 : n;
  }
}
