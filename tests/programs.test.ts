// Runs every program of the corpus (tests/programs/*.py, helpers mod_*.py excluded)
// through our VM's CLI and compares with what CPython 3.11 did (the
// <name>.expected.json files written by `npm run expect`): each run of
//   hotpy run --pipeline <p> [--hot N] <file> <args...>   (cwd = tests/programs)
// must print exactly the expected stdout, exit with the expected status, and,
// when the expected stderr tail is non-empty, end stderr with that same line.
//
// The runs go to long-lived batch runner processes, one per job slot (tests/tools/batch-pool.ts,
// tests/tools/batch-runner.ts): every run evaluates the VM afresh in a worker thread (one worker
// takes up to 100 runs, one after another), with the CLI's resource limits, cwd, argv and
// environment, and is reported as
// `node runtime/bin/hotpy.js ...` would be, without starting node and going through node's
// module loader for every run.
//
// Environment:
//   HOTPY_TEST_PIPELINES  comma-separated pipelines to run each program in; "NAME:N" adds
//                         --hot N. Default: every pipeline `hotpy --list-pipelines` prints, and
//                         every one but base also as NAME:1 (tracing forced early, so every loop
//                         is recorded and run as a trace); today base, thin, thin:1.
//   HOTPY_TEST_JOBS       how many programs may run at once (default 2)
//   HOTPY_TEST_PROGRAMS   comma-separated program names to run (default: all)
//   HOTPY_TEST_SPAWN=1    start a `node runtime/bin/hotpy.js` process for every run instead
//                         (slower; to compare, or to rule the batch runner out)
//   HOTPY_TEST_TIMES=FILE append a line per run to FILE: pipeline, program, CPU ms, wall ms
//                         (batch runner only; to see where the corpus's time goes)
// Every run has HOTPY_CHECK_SNAPSHOTS=1: specialised traces check their snapshots at each exit.
import { execFile, execFileSync } from "node:child_process";
import { appendFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BatchPool, type RunResult } from "./tools/batch-pool.js";
import { type Program, findPrograms, findRepoRoot, lastNonEmptyLine, programsDir, readExpected } from "./tools/programs.js";

function listFromEnv(name: string): string[] {
  return (process.env[name] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const ROOT = findRepoRoot();
const DIR = programsDir(ROOT);
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const RUNNER = join(ROOT, "dist", "tests", "tools", "batch-runner.js");
const ALL_PROGRAMS = findPrograms(DIR);
const SELECTED = listFromEnv("HOTPY_TEST_PROGRAMS");
const PROGRAMS = SELECTED.length > 0 ? findPrograms(DIR, SELECTED) : ALL_PROGRAMS;
const JOBS = Math.max(1, Number.parseInt(process.env["HOTPY_TEST_JOBS"] ?? "", 10) || 2);
const SPAWN = process.env["HOTPY_TEST_SPAWN"] === "1";
const TIMES_FILE = process.env["HOTPY_TEST_TIMES"] ?? "";
const RUN_TIMEOUT_MS = 60_000;
/** Per test: its own run plus time spent waiting for a free slot behind other tests' runs. */
const TEST_TIMEOUT_MS = RUN_TIMEOUT_MS * 4;
const MIN_PROGRAMS = 60;

/** The VM's pipelines, one per line of `hotpy --list-pipelines`. */
function vmPipelines(): string[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, "--list-pipelines"], { encoding: "utf8", timeout: RUN_TIMEOUT_MS });
  } catch (e) {
    throw new Error(`cannot list the VM's pipelines (node ${CLI} --list-pipelines; build first?): ${(e as Error).message}`);
  }
  const names = out.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
  if (names.length === 0) throw new Error(`node ${CLI} --list-pipelines printed no pipeline`);
  return names;
}

// A pipeline may carry a hotness threshold: "thin:1" runs `--pipeline thin --hot 1`.
const PIPELINES =
  listFromEnv("HOTPY_TEST_PIPELINES").length > 0
    ? listFromEnv("HOTPY_TEST_PIPELINES")
    : vmPipelines().flatMap((p) => (p === "base" ? [p] : [p, `${p}:1`]));

/** The environment of every run. */
const RUN_ENV: Record<string, string> = {};
for (const [k, v] of Object.entries(process.env)) if (v !== undefined) RUN_ENV[k] = v;
RUN_ENV["PYTHONHASHSEED"] = "0";
RUN_ENV["PYTHONIOENCODING"] = "utf-8";
// every exit of a specialised trace checks the frames against the optimiser's snapshot of them
// (runtime/tracing/snapshot-check.ts): a model that is wrong anywhere stops the run with an
// internal error, which the comparison with CPython's output reports
RUN_ENV["HOTPY_CHECK_SNAPSHOTS"] = "1";

const pool = SPAWN ? null : new BatchPool(RUNNER, JOBS, RUN_ENV);
afterAll(() => pool?.close());

/** A counting semaphore: at most `limit` VM processes at once (the machine has 2 cores). */
class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next(); // hand the slot straight to the next waiter
      else this.active--;
    }
  }
}

const slots = new Semaphore(JOBS);

function pipelineArgs(pipeline: string): string[] {
  const [name, hot] = pipeline.split(":");
  return hot === undefined ? ["--pipeline", name!] : ["--pipeline", name!, "--hot", hot];
}

/** HOTPY_TEST_SPAWN=1: one `node runtime/bin/hotpy.js` process per run. */
function spawnVm(argv: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...argv],
      { cwd, env: RUN_ENV, timeout: RUN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (err, stdout, stderr) => {
        if (!err) {
          resolve({ status: 0, signal: null, timedOut: false, stdout, stderr, ms: 0 });
          return;
        }
        const e = err as NodeJS.ErrnoException & { code?: number | string; killed?: boolean; signal?: string | null };
        if (typeof e.code === "number") {
          resolve({ status: e.code, signal: null, timedOut: false, stdout, stderr, ms: 0 });
        } else if (e.killed || e.signal) {
          resolve({ status: null, signal: e.signal ?? null, timedOut: e.killed === true, stdout, stderr, ms: 0 });
        } else {
          resolve({ status: null, signal: null, timedOut: false, stdout, stderr, spawnError: e.message, ms: 0 });
        }
      },
    );
  });
}

function runVm(pipeline: string, program: Program): Promise<RunResult> {
  const argv = ["run", ...pipelineArgs(pipeline), program.file, ...program.args];
  if (pool === null) return slots.run(() => spawnVm(argv, program.dir));
  return pool.run({ cwd: program.dir, argv, env: RUN_ENV, timeoutMs: RUN_TIMEOUT_MS });
}

function stderrExcerpt(stderr: string, lines = 12): string {
  const all = stderr.trimEnd().split(/\r?\n/);
  const shown = all.slice(-lines).join("\n");
  return all.length > lines ? `...\n${shown}` : shown;
}

describe("program corpus", () => {
  it(`has at least ${MIN_PROGRAMS} programs`, () => {
    expect(ALL_PROGRAMS.length, `only ${ALL_PROGRAMS.length} programs in ${DIR}`).toBeGreaterThanOrEqual(MIN_PROGRAMS);
  });

  it("has an expected file for every program", () => {
    const missing = ALL_PROGRAMS.filter((p) => !existsSync(p.expectedPath)).map((p) => p.file);
    expect(missing, `programs without a .expected.json: ${missing.join(", ")} -- run \`npm run expect\``).toEqual([]);
  });
});

for (const pipeline of PIPELINES) {
  describe(`programs [${pipeline}]`, () => {
    for (const program of PROGRAMS) {
      it.concurrent(
        program.name,
        async () => {
          const expected = readExpected(program);
          if (!expected) {
            throw new Error(`${program.file} has no ${program.name}.expected.json -- run \`npm run expect\``);
          }
          if (!existsSync(CLI)) {
            throw new Error(`the VM's CLI ${CLI} does not exist (build it first)`);
          }
          const r = await runVm(pipeline, program);
          if (TIMES_FILE !== "") appendFileSync(TIMES_FILE, `${pipeline}\t${program.name}\t${Math.round(r.cpuMs ?? -1)}\t${Math.round(r.ms)}\n`);
          const what = `${program.file} ${program.args.length ? JSON.stringify(program.args) + " " : ""}[pipeline ${pipeline}]`;
          if (r.spawnError) throw new Error(`${what}: could not run the VM: ${r.spawnError}\n${stderrExcerpt(r.stderr)}`);
          if (r.timedOut) throw new Error(`${what}: timed out after ${RUN_TIMEOUT_MS / 1000} s\n${stderrExcerpt(r.stderr)}`);
          if (r.status === null) throw new Error(`${what}: killed by ${r.signal}\n${stderrExcerpt(r.stderr)}`);
          const context = `${what}: exit status ${r.status}, stderr:\n${stderrExcerpt(r.stderr)}\n`;
          expect(r.stdout, `${context}stdout differs`).toBe(expected.stdout);
          expect(r.status, `${context}exit status differs`).toBe(expected.status);
          if (expected.stderrTail !== "") {
            expect(lastNonEmptyLine(r.stderr), `${context}last stderr line differs`).toBe(expected.stderrTail);
          }
        },
        TEST_TIMEOUT_MS,
      );
    }
  });
}
