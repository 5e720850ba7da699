// Runs one CPython test module (tests/cpython/driver.py) under one implementation, in its own
// process, niced, with a time limit, in a scratch directory, and reads the per-test records.
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runProcess } from "../bench/proc.js";

/** The repository: the nearest folder above this file with a package.json (this file runs
 *  from tests/cpython/ under vitest and from dist/tests/cpython/ when built). */
export const REPO = (() => {
  let d = dirname(new URL(import.meta.url).pathname);
  while (!existsSync(join(d, "package.json")) && dirname(d) !== d) d = dirname(d);
  return d;
})();
const DRIVER = join(REPO, "tests/cpython/driver.py");
export const SKIPS_FILE = join(REPO, "tests/cpython/skips.json");
const HOTPY = join(REPO, "runtime/bin/hotpy.js");

/** "cpython", or a hotpy pipeline with an optional hot threshold: "base", "thin:1". */
export type Impl = string;

export type Outcome = "ok" | "fail" | "error" | "skip";
export interface TestRecord {
  id: string;
  outcome: Outcome;
  detail: string;
}

export interface ModuleRun {
  module: string;
  impl: Impl;
  /** "done"; "skipped" (the module raised SkipTest); "crash" (ended early); "timeout" */
  status: "done" | "skipped" | "crash" | "timeout";
  /** why the module was skipped or crashed (last stderr line) */
  note: string;
  tests: TestRecord[];
  seconds: number;
}

export function implCommand(impl: Impl, python: string): string[] {
  if (impl === "cpython") return [python];
  const [pipeline, hot] = impl.split(":");
  return [process.execPath, HOTPY, "run", "--pipeline", pipeline, ...(hot ? ["--hot", hot] : [])];
}

export async function runModule(module: string, impl: Impl, opts: { timeoutS: number; python: string; nice?: number }): Promise<ModuleRun> {
  const scratch = mkdtempSync(join(tmpdir(), `hotpy-cpt-${module}-`));
  const out = join(scratch, "out.jsonl");
  const cmd = implCommand(impl, opts.python);
  const argv = ["-n", String(opts.nice ?? 10), ...cmd, DRIVER, module, out, ...(existsSync(SKIPS_FILE) && impl !== "cpython" ? [SKIPS_FILE] : [])];
  const r = await runProcess("nice", argv, "none", { cwd: scratch, timeoutMs: opts.timeoutS * 1000, scratchDir: scratch });
  const tests: TestRecord[] = [];
  let finished = false;
  let skipped = "";
  try {
    for (const line of readFileSync(out, "utf8").split("\n")) {
      if (!line.trim()) continue;
      let rec: { id: string; outcome: string; detail: string };
      try {
        rec = JSON.parse(line);
      } catch {
        continue; // a line cut off by a kill
      }
      if (rec.outcome === "done") finished = true;
      else if (rec.outcome === "module-skip") skipped = rec.detail;
      else if (rec.outcome !== "loaded") tests.push({ id: rec.id, outcome: rec.outcome as Outcome, detail: rec.detail });
    }
  } catch {
    /* no output file: the driver never started */
  }
  rmSync(scratch, { recursive: true, force: true });
  const lastErr = r.stderr.trim().split("\n").filter((l) => l.trim()).pop() ?? "";
  const status = r.timedOut ? "timeout" : skipped ? "skipped" : finished ? "done" : "crash";
  return { module, impl, status, note: skipped || (status === "done" ? "" : lastErr.slice(0, 300)), tests, seconds: r.wallSeconds };
}
