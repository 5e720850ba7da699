// `--op-profile FILE`: how often each kind of trace entry ran in the trace interpreters, and each
// adjacent pair of entries, written to FILE at exit. Code the `js` stage compiled is not counted
// (it runs no entries one by one). The pairs are what spec/specialise.yaml's superinstructions
// (`pairs`) are chosen from.
import { writeFileSync } from "node:fs";
import { THIN_NAMES } from "../../generated/thin-ops.js";
import { ENTER, LEAVE, METHOD, TraceEntry } from "./trace.js";

export const opProfile = { on: false };
const singles = new Map<string, number>();
const pairs = new Map<string, number>();

function nameOf(e: TraceEntry): string {
  return e.kind === ENTER ? "ENTER" : e.kind === LEAVE ? "LEAVE" : e.kind === METHOD ? "METHOD" : THIN_NAMES[e.op];
}

/** Counts entries 0..last of one run of trace code. */
export function profileRun(entries: readonly TraceEntry[], last: number): void {
  let prev: string | null = null;
  for (let i = 0; i <= last && i < entries.length; i++) {
    const name = nameOf(entries[i]);
    singles.set(name, (singles.get(name) ?? 0) + 1);
    if (prev !== null) {
      const pair = `${prev} ${name}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
    prev = name;
  }
}

export function writeOpProfile(path: string, pipeline: string): void {
  const total = [...singles.values()].reduce((a, b) => a + b, 0);
  const rows = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([k, n]) => `${String(n).padStart(12)} ${((100 * n) / Math.max(1, total)).toFixed(2).padStart(6)}%  ${k}`);
  const text = [
    `# hotpy --op-profile (pipeline ${pipeline}): trace entries run one by one, ${total} in all`,
    "#       count  share  entry",
    ...rows(singles),
    "",
    "# adjacent pairs of entries in one run of trace code (share of all entries run)",
    "#       count  share  first second",
    ...rows(pairs),
  ];
  writeFileSync(path, text.join("\n") + "\n");
}
