// Checks, at a trace exit, that the frames hold what the exit's snapshot says the optimiser
// modelled (HOTPY_CHECK_SNAPSHOTS=1; the test suite runs programs with it): as many frames, of
// the codes it knew, with as many stack slots; every slot whose kind it knew holds a value of
// that kind; slots it took for one SSA value hold one value. A mismatch is an optimiser bug,
// reported as an internal error naming the exit and the slot.
import { KIND_NAMES, kindOf, UNKNOWN, within } from "../../generated/specialiser.js";
import type { Frame } from "../interp/frame.js";
import { THIN_NAMES } from "../../generated/thin-ops.js";
import type { Snapshot, TraceEntry } from "./trace.js";

export const checkSnapshots = process.env.HOTPY_CHECK_SNAPSHOTS === "1";

/** counts exits checked (the tests look at it through --stats-json) */
export const snapshotStats = { checked: 0 };

export function verifySnapshot(e: TraceEntry, snap: Snapshot, chain: readonly Frame[]): void {
  const where = () => `snapshot of the exit at ${e.code.qualname} @${e.fatIp * 2} (${e.kind === 1 ? `guard ${THIN_NAMES[e.op]}` : `entry kind ${e.kind}`})`;
  if (chain.length !== snap.frames.length) throw new Error(`${where()}: ${snap.frames.length} frames modelled, ${chain.length} at the exit`);
  snap.frames.forEach((fs, d) => {
    const f = chain[d];
    if (fs.code !== null && fs.code !== f.code) throw new Error(`${where()}: frame ${d} runs ${f.code.qualname}, modelled ${fs.code.qualname}`);
    const depth = fs.ids.length - fs.nlocals;
    if ((fs.exactDepth ? f.sp !== depth : f.sp < depth) || f.localsplus.length !== fs.nlocals)
      throw new Error(`${where()}: frame ${d} has ${f.localsplus.length} locals and ${f.sp} on its stack, modelled ${fs.nlocals} and ${fs.exactDepth ? "" : "at least "}${depth}`);
    // where the modelled stack starts in the frame's (its top, when the bottom is not known)
    const base = f.sp - depth;
    const seen = new Map<number, unknown>();
    for (let i = 0; i < fs.ids.length; i++) {
      const v = i < fs.nlocals ? f.localsplus[i] : f.stack[base + i - fs.nlocals];
      const slot = i < fs.nlocals ? `local ${i}` : `stack slot ${i - fs.nlocals}`;
      const k = fs.kinds[i];
      if (k !== UNKNOWN && !within(kindOf(v), k)) throw new Error(`${where()}: frame ${d} ${slot} modelled as ${KIND_NAMES[k]}, holds a ${kindOf(v) === UNKNOWN ? typeof v : KIND_NAMES[kindOf(v)]}`);
      const id = fs.ids[i];
      if (id < 0) continue;
      if (seen.has(id) && !Object.is(seen.get(id), v)) throw new Error(`${where()}: frame ${d} ${slot} modelled as value v${id}, which another slot holds, but holds another value`);
      seen.set(id, v);
    }
  });
  snapshotStats.checked++;
}
