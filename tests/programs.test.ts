// Runs every program of the corpus (tests/programs/*.py, helpers mod_*.py excluded)
// through our VM's CLI and compares with what CPython 3.11 did (the
// <name>.expected.json files written by `npm run expect`):
//   node runtime/bin/hotpy.js run --pipeline <p> <file> <args...>   (cwd = tests/programs)
// must print exactly the expected stdout, exit with the expected status, and,
// when the expected stderr tail is non-empty, end stderr with that same line.
//
// Environment:
//   HOTPY_TEST_PIPELINES  comma-separated pipelines to run each program in (default
//                         "base,thin,thin:1"; "NAME:N" adds --hot N)
//   HOTPY_TEST_JOBS       how many VM processes may run at once (default 2)
//   HOTPY_TEST_PROGRAMS   comma-separated program names to run (default: all)
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Program, findPrograms, findRepoRoot, lastNonEmptyLine, programsDir, readExpected } from "./tools/programs.js";

function listFromEnv(name: string): string[] {
  return (process.env[name] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

// A pipeline may carry a hotness threshold: "thin:1" runs `--pipeline thin --hot 1` (tracing
// forced early, so every loop is recorded and run as a trace).
const PIPELINES = listFromEnv("HOTPY_TEST_PIPELINES").length > 0 ? listFromEnv("HOTPY_TEST_PIPELINES") : ["base", "thin", "thin:1"];
const JOBS = Math.max(1, Number.parseInt(process.env["HOTPY_TEST_JOBS"] ?? "", 10) || 2);
const RUN_TIMEOUT_MS = 60_000;
/** Per test: its own run plus time spent waiting for a free slot behind other tests' runs. */
const TEST_TIMEOUT_MS = RUN_TIMEOUT_MS * 4;
const MIN_PROGRAMS = 60;

const ROOT = findRepoRoot();
const DIR = programsDir(ROOT);
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const ALL_PROGRAMS = findPrograms(DIR);
const SELECTED = listFromEnv("HOTPY_TEST_PROGRAMS");
const PROGRAMS = SELECTED.length > 0 ? findPrograms(DIR, SELECTED) : ALL_PROGRAMS;

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

interface RunResult {
  status: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  spawnError?: string;
}

function pipelineArgs(pipeline: string): string[] {
  const [name, hot] = pipeline.split(":");
  return hot === undefined ? ["--pipeline", name] : ["--pipeline", name, "--hot", hot];
}

function runVm(pipeline: string, program: Program): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, "run", ...pipelineArgs(pipeline), program.file, ...program.args],
      {
        cwd: program.dir,
        env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" },
        timeout: RUN_TIMEOUT_MS,
        maxBuffer: 64 * 1024 * 1024,
        encoding: "utf8",
      },
      (err, stdout, stderr) => {
        if (!err) {
          resolve({ status: 0, signal: null, timedOut: false, stdout, stderr });
          return;
        }
        const e = err as NodeJS.ErrnoException & { code?: number | string; killed?: boolean; signal?: string | null };
        if (typeof e.code === "number") {
          resolve({ status: e.code, signal: null, timedOut: false, stdout, stderr });
        } else if (e.killed || e.signal) {
          resolve({ status: null, signal: e.signal ?? null, timedOut: e.killed === true, stdout, stderr });
        } else {
          resolve({ status: null, signal: null, timedOut: false, stdout, stderr, spawnError: e.message });
        }
      },
    );
  });
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
          const r = await slots.run(() => runVm(pipeline, program));
          const what = `${program.file} ${program.args.length ? JSON.stringify(program.args) + " " : ""}[pipeline ${pipeline}]`;
          if (r.spawnError) throw new Error(`${what}: could not run the VM: ${r.spawnError}`);
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
