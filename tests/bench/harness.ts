// Benchmark harness: runs every benchmark on CPython, PyPy and each HotPy
// pipeline (round-robin within each repetition), checks outputs against
// CPython, and writes tests/bench/RESULTS.md and speed.svg.
//
//   npm run bench -- [--quick] [--runs N] [--filter S] [--pipelines P,...] [--no-pypy] [--no-libraries] [--out FILE]
//
// The library jobs (benchmarks.json entries with "group": "libraries") run in the same run as
// the benchmarks, so the report's tables all come from one run on one machine state.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { readStatsFile } from "./hotpy-stats.js";
import { cpythonImpl, findPython, hotpyImpl, listPipelines, pypyImpl } from "./impls.js";
import { cores, cpuModel, hotpyCommit, memoryGiB, osName } from "./machine.js";
import { HELP, parseOptions, runsLibraries, type Options } from "./options.js";
import { benchDir, findRepoRoot } from "./paths.js";
import { detectMemoryMethod, runProcess, type MemoryMethod, type ProcResult } from "./proc.js";
import { Progress } from "./progress.js";
import { renderReport, resultsToJson } from "./report.js";
import { renderSpeedChart } from "./svg-chart.js";
import type { Benchmark, Cell, Impl, MachineInfo, OutputDiff, Results } from "./types.js";

function loadBenchmarks(dir: string, filters: string[], libraries: boolean, startup: boolean): Benchmark[] {
  const raw: unknown = JSON.parse(readFileSync(join(dir, "benchmarks.json"), "utf8"));
  if (!Array.isArray(raw)) throw new Error("benchmarks.json must hold an array");
  const all = raw.map((b: Record<string, unknown>, i): Benchmark => {
    const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
    if (typeof b["name"] !== "string" || typeof b["file"] !== "string") {
      throw new Error(`benchmarks.json entry ${i} needs "name" and "file"`);
    }
    const group = typeof b["group"] === "string" ? { group: b["group"] } : {};
    return { name: b["name"], file: b["file"], args: strs(b["args"]), quickArgs: strs(b["quickArgs"]), ...group };
  });
  const chosen = all.filter((b) => b.group === undefined || (b.group === "libraries" && libraries) || (b.group === "startup" && startup));
  if (filters.length === 0) return chosen;
  return chosen.filter((b) => filters.some((f) => b.name.includes(f)));
}

/** The line of stderr that best says what went wrong. */
export function errorLine(r: ProcResult): string {
  if (r.spawnError) return `cannot start: ${r.spawnError}`;
  const lines = r.stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  let pick: string | undefined;
  if (lines.some((l) => l.startsWith("Traceback"))) pick = lines[lines.length - 1];
  pick ??= lines.find((l) => /^([\w.]*(Error|Exception)\b|error:|fatal)/i.test(l));
  pick ??= lines[0];
  const how = r.signal ? `killed by ${r.signal}` : `exit code ${r.exitCode}`;
  if (!pick) return `${how}, no error output`;
  return pick.length > 300 ? pick.slice(0, 300) + "…" : pick;
}

function normalise(s: string): string[] {
  const lines = s.replace(/\r\n/g, "\n").split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** First difference between the expected and the actual output, if any. */
export function firstDiff(expected: string, actual: string): OutputDiff | undefined {
  const e = normalise(expected);
  const a = normalise(actual);
  const n = Math.max(e.length, a.length);
  for (let i = 0; i < n; i++) {
    if (e[i] !== a[i]) {
      return { line: i + 1, expected: e[i] ?? "<end of output>", actual: a[i] ?? "<end of output>" };
    }
  }
  return undefined;
}

/** Node alone and Node starting one worker thread (the VM runs in one, for its large stack). */
const NODE_FLOOR = [
  { label: "`node -e 0`", argv: ["-e", "0"] },
  {
    label: "`node` + an empty worker thread",
    argv: ["-e", "new (require('node:worker_threads').Worker)('0', { eval: true, resourceLimits: { stackSizeMb: 256 } })"],
  },
];

function fmtSecs(s: number): string {
  return s < 10 ? `${s.toFixed(2)}s` : `${s.toFixed(1)}s`;
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const root = findRepoRoot();
  const dir = benchDir(root);
  const notes: string[] = [];
  const benchmarks = loadBenchmarks(dir, opts.filters, runsLibraries(opts), opts.startup);
  if (benchmarks.length === 0) {
    process.stderr.write(`no benchmark matches --filter ${opts.filters.join(",")}\n`);
    return 2;
  }

  const pythonName = process.env["HOTPY_PYTHON"] ?? "python3.11";
  const python = findPython(pythonName);
  if (!python) {
    process.stderr.write(`CPython not found: ${pythonName} (set HOTPY_PYTHON)\n`);
    return 2;
  }
  const impls: Impl[] = [cpythonImpl(python)];

  let pypyVersion = "not installed";
  if (opts.pypy) {
    const pypyName = process.env["HOTPY_PYPY"] ?? "pypy3";
    const pypy = findPython(pypyName);
    if (pypy) {
      impls.push(pypyImpl(pypy));
      pypyVersion = `${pypy.version} (${pypy.path})`;
    } else {
      notes.push(`PyPy (\`${pypyName}\`) is not on PATH: its column is skipped.`);
    }
  } else {
    pypyVersion = "not run (--no-pypy)";
    notes.push("PyPy was not run (--no-pypy).");
  }

  let pipelines = opts.pipelines;
  if (pipelines === undefined) {
    const listed = listPipelines(root);
    pipelines = listed.pipelines;
    if (listed.note) notes.push(listed.note);
  }
  for (const p of pipelines) impls.push(hotpyImpl(root, p));

  const memoryMethod: MemoryMethod = detectMemoryMethod();
  const timeoutSeconds = opts.timeoutSeconds ?? (opts.quick ? 120 : 300);
  const machine: MachineInfo = {
    date: new Date().toISOString(),
    cpu: cpuModel(),
    cores: cores(),
    memoryGiB: memoryGiB(),
    os: osName(),
    node: process.version,
    cpython: python.version,
    cpythonPath: python.path,
    pypy: pypyVersion,
    hotpyCommit: hotpyCommit(root),
    memoryMethod:
      memoryMethod === "gnu-time"
        ? "peak RSS from GNU time (`/usr/bin/time -f %M`)"
        : memoryMethod === "proc-poll"
          ? "peak RSS polled from /proc/PID/status VmHWM every 20 ms (a lower bound)"
          : "not measured",
  };

  const scratch = mkdtempSync(join(os.tmpdir(), "hotpy-bench-"));
  const env = { ...process.env, PYTHONHASHSEED: "0" };
  const cells = new Map<string, Map<string, Cell>>();
  const runsOf = (b: Benchmark) => (b.group === "startup" ? Math.max(opts.runs, 5) : opts.runs);
  const progress = new Progress(benchmarks.reduce((n, b) => n + runsOf(b), 0) * impls.length);
  const floor: NonNullable<Results["nodeFloor"]> = [];
  process.stderr.write(
    `benchmarks: ${benchmarks.length}, implementations: ${impls.map((i) => i.label).join(", ")}, ` +
      `runs: ${opts.runs}${opts.quick ? " (quick sizes)" : ""}\n`,
  );

  try {
    for (const bench of benchmarks) {
      const row = new Map<string, Cell>();
      cells.set(bench.name, row);
      for (const impl of impls) row.set(impl.id, { status: "ok", times: [], peaksKB: [], stats: [] });
      const args = opts.quick ? bench.quickArgs : bench.args;
      const file = relative(root, join(dir, bench.file));
      let reference: string | undefined;
      const startupJob = bench.group === "startup";
      // a start-up job is tiny: one untimed run first warms every cache (CPython's __pycache__,
      // HotPy's compile cache and V8 code cache), then the best of at least 5 runs is its time
      const runs = startupJob ? Math.max(opts.runs, 5) : opts.runs;
      if (startupJob) {
        for (const impl of impls) {
          const { cmd, argv } = impl.command(file, args, join(scratch, "warm-up.json"));
          await runProcess(cmd, argv, "none", { cwd: root, timeoutMs: timeoutSeconds * 1000, env, scratchDir: scratch });
        }
        if (floor.length === 0) floor.push(...NODE_FLOOR.map((f) => ({ label: f.label, times: [] as number[], peaksKB: [] as number[] })));
      }
      for (let rep = 0; rep < runs; rep++) {
        if (startupJob) {
          for (const [k, f] of NODE_FLOOR.entries()) {
            const r = await runProcess(process.execPath, f.argv, memoryMethod, { cwd: root, timeoutMs: 60_000, env, scratchDir: scratch });
            if (r.exitCode === 0) {
              floor[k]!.times.push(r.wallSeconds);
              if (r.peakKB !== null) floor[k]!.peaksKB.push(r.peakKB);
              if (r.cpuSeconds !== null) (floor[k]!.cpus ??= []).push(r.cpuSeconds);
            }
          }
        }
        for (const impl of impls) {
          const cell = row.get(impl.id)!;
          if (cell.status === "failed" || cell.status === "timeout") continue;
          const label = `${bench.name} ${impl.kind === "hotpy" ? impl.pipeline : impl.id}`;
          const statsFile = join(scratch, `stats-${bench.name}-${impl.id.replace(/\W/g, "_")}-${rep}.json`);
          const { cmd, argv } = impl.command(file, args, statsFile);
          progress.begin(label);
          const r = await runProcess(cmd, argv, memoryMethod, {
            cwd: root,
            timeoutMs: timeoutSeconds * 1000,
            env,
            scratchDir: scratch,
          });
          if (impl.kind === "hotpy") {
            const st = readStatsFile(statsFile);
            if (st) cell.stats.push(st);
            rmSync(statsFile, { force: true });
          }
          let outcome: string;
          if (r.timedOut) {
            cell.status = "timeout";
            cell.reason = `timed out after ${timeoutSeconds} s`;
            outcome = "TIMEOUT";
          } else if (r.spawnError || r.exitCode !== 0) {
            cell.status = "failed";
            cell.reason = errorLine(r);
            outcome = `FAILED (${cell.reason})`;
          } else {
            let diff: OutputDiff | undefined;
            if (impl.kind === "cpython") {
              if (reference === undefined) reference = r.stdout;
              else diff = firstDiff(reference, r.stdout);
            } else if (reference !== undefined) {
              diff = firstDiff(reference, r.stdout);
            } else {
              cell.status = "unchecked";
            }
            if (diff) {
              cell.status = "failed";
              cell.reason = `output differs from CPython at line ${diff.line}`;
              cell.diff = diff;
              outcome = `FAILED (${cell.reason})`;
            } else {
              cell.times.push(r.wallSeconds);
              if (r.peakKB !== null) cell.peaksKB.push(r.peakKB);
              if (r.cpuSeconds !== null) (cell.cpus ??= []).push(r.cpuSeconds);
              outcome = fmtSecs(r.wallSeconds);
            }
          }
          progress.end(label, outcome);
          if (cell.status === "failed" || cell.status === "timeout") {
            cell.times = [];
            cell.cpus = [];
            progress.skip(runs - rep - 1);
          }
        }
      }
      if (reference === undefined) {
        notes.push(`${bench.name}: CPython failed, so the other outputs could not be checked.`);
      }
    }
  } finally {
    progress.finish();
    rmSync(scratch, { recursive: true, force: true });
  }

  const results: Results = {
    config: { quick: opts.quick, runs: opts.runs, timeoutSeconds, args: process.argv.slice(2) },
    machine,
    benchmarks,
    impls,
    cells,
    notes,
    ...(floor.length > 0 ? { nodeFloor: floor } : {}),
  };
  const out = resolve(opts.out ?? join(dir, "RESULTS.md"));
  mkdirSync(dirname(out), { recursive: true });
  const svgPath = join(dirname(out), "speed.svg");
  // the chart is of the benchmarks proper; a run of library jobs only leaves it alone
  const charted = results.benchmarks.filter((b) => b.group === undefined);
  if (charted.length > 0) writeFileSync(svgPath, renderSpeedChart({ ...results, benchmarks: charted }));
  writeFileSync(out, renderReport(results, "speed.svg"));
  process.stderr.write(`wrote ${out}\n${charted.length > 0 ? `wrote ${svgPath}\n` : ""}`);
  if (opts.json) {
    writeFileSync(resolve(opts.json), JSON.stringify(resultsToJson(results), null, 2) + "\n");
    process.stderr.write(`wrote ${resolve(opts.json)}\n`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench harness error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
