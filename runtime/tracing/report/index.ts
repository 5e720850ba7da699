// --trace-report FILE: one self-contained HTML page showing what the tracing engine did.
// log.ts collects while the program runs (only when asked to), collect.ts turns the traces into
// the report's data (model.ts) and render.ts draws the page.
import { writeFileSync } from "node:fs";
import { collectReport, RunFacts } from "./collect.js";
import { traceLog } from "./log.js";
import { renderReport } from "./render.js";

export type { RunFacts };

/** Starts keeping what the report needs; call before the program runs. */
export function startTraceReport(): void {
  traceLog.on = true;
}

/** Writes the report of the run that just ended to `path`. */
export function writeTraceReport(path: string, run: RunFacts): void {
  writeFileSync(path, renderReport(collectReport(run)));
}
