// The library corpus (tests/libraries/*.py, helpers mod_*.py excluded): each job uses a real
// pure-Python library from Debian's packages (python3-NAME, installed by
// tests/libraries/install.sh) the way its users do, and must print exactly what CPython 3.11
// printed (<name>.expected.json, `npm run expect -- --dir tests/libraries`), exit with the same
// status and end stderr with the same line, in every pipeline `hotpy --list-pipelines` prints,
// each but base also with --hot 1 (base does not trace: --hot changes nothing there). A job
// stops with status 3 and a line naming the apt-get command when a package it needs is missing;
// that fails here.
//
// Cost: the runs go to HOTPY_TEST_JOBS (default 2) long-lived batch runner processes, each run
// evaluating the VM afresh in a worker thread (tests/tools/batch-pool.ts). Every job's describe is concurrent, so the
// runs of all jobs form one queue and the slots stay busy to the end; jobs whose first lines
// say `# heavy: ...` (sympy, networkx: a run takes several times a light job's) are queued
// first, so the last runs to finish are short ones.
//
// Environment: HOTPY_TEST_PIPELINES (only these pipelines), HOTPY_TEST_LIBRARIES
// (comma-separated job names), HOTPY_TEST_JOBS (runs at once, default 2), HOTPY_LIBRARY_PATH
// (see tests/libraries/mod_libs.py).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BatchPool } from "./tools/batch-pool.js";
import { findPrograms, findRepoRoot, lastNonEmptyLine, readExpected } from "./tools/programs.js";

function listFromEnv(name: string): string[] {
  return (process.env[name] ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

const ROOT = findRepoRoot();
const DIR = join(ROOT, "tests", "libraries");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const RUNNER = join(ROOT, "dist", "tests", "tools", "batch-runner.js");
const SELECTED = listFromEnv("HOTPY_TEST_LIBRARIES");
const JOBS_FOUND = findPrograms(DIR, SELECTED.length > 0 ? SELECTED : undefined);
const SLOTS = Math.max(1, Number.parseInt(process.env["HOTPY_TEST_JOBS"] ?? "", 10) || 2);
/** one run's limit: a heavy job's run takes about a minute on a busy 2-core machine */
const RUN_TIMEOUT_MS = 600_000;
const MIN_JOBS = 10;

const ALL_PIPELINES = execFileSync(process.execPath, [CLI, "--list-pipelines"], { encoding: "utf8" })
  .split(/\r?\n/)
  .map((s) => s.trim())
  .filter((s) => s !== "")
  .flatMap((p) => (p === "base" ? [p] : [p, `${p}:1`]));

const PIPELINES = listFromEnv("HOTPY_TEST_PIPELINES");
const unknown = PIPELINES.filter((p) => !ALL_PIPELINES.includes(p));
if (unknown.length > 0) throw new Error(`HOTPY_TEST_PIPELINES: unknown pipeline(s) ${unknown.join(", ")} (have ${ALL_PIPELINES.join(", ")})`);

/** Whether one of a job's first lines says `# heavy: ...`. */
function isHeavy(file: string): boolean {
  return readFileSync(file, "utf8").split(/\r?\n/, 8).some((l) => /^#\s*heavy:/.test(l));
}

/** The jobs, heavy ones first (the queue is run in this order), else by name. */
const JOBS = [...JOBS_FOUND.filter((j) => isHeavy(j.path)), ...JOBS_FOUND.filter((j) => !isHeavy(j.path))];

const RUN_ENV: Record<string, string> = {};
for (const [k, v] of Object.entries(process.env)) if (v !== undefined) RUN_ENV[k] = v;
RUN_ENV["PYTHONHASHSEED"] = "0";
RUN_ENV["PYTHONIOENCODING"] = "utf-8";

const pool = new BatchPool(RUNNER, SLOTS, RUN_ENV);
afterAll(() => pool.close());

function pipelineArgs(pipeline: string): string[] {
  const [name, hot] = pipeline.split(":");
  return hot === undefined ? ["--pipeline", name!] : ["--pipeline", name!, "--hot", hot];
}

function stderrExcerpt(stderr: string, lines = 15): string {
  const all = stderr.trimEnd().split(/\r?\n/);
  const shown = all.slice(-lines).join("\n");
  return all.length > lines ? `...\n${shown}` : shown;
}

describe("library corpus", () => {
  it(`has at least ${MIN_JOBS} jobs, each with an expected file`, () => {
    expect(findPrograms(DIR).length).toBeGreaterThanOrEqual(MIN_JOBS);
    const missing = JOBS_FOUND.filter((p) => !existsSync(p.expectedPath)).map((p) => p.file);
    expect(missing, `jobs without a .expected.json: ${missing.join(", ")} -- run \`npm run expect -- --dir tests/libraries\``).toEqual([]);
  });
});

for (const job of JOBS) {
  describe.concurrent(`library ${job.name}`, () => {
    for (const pipeline of PIPELINES.length > 0 ? PIPELINES : ALL_PIPELINES) {
      it.concurrent(
        pipeline,
        async () => {
          const expected = readExpected(job);
          if (!expected) throw new Error(`${job.file} has no expected file -- run \`npm run expect -- --dir tests/libraries\``);
          const r = await pool.run({ cwd: job.dir, argv: ["run", ...pipelineArgs(pipeline), job.file, ...job.args], env: RUN_ENV, timeoutMs: RUN_TIMEOUT_MS });
          const what = `${job.file} [pipeline ${pipeline}]`;
          if (r.spawnError) throw new Error(`${what}: could not run the VM: ${r.spawnError}\n${stderrExcerpt(r.stderr)}`);
          if (r.timedOut) throw new Error(`${what}: timed out after ${RUN_TIMEOUT_MS / 1000} s\n${stderrExcerpt(r.stderr)}`);
          const context = `${what}: exit status ${r.status}, stderr:\n${stderrExcerpt(r.stderr)}\n`;
          expect(r.stdout, `${context}stdout differs`).toBe(expected.stdout);
          expect(r.status, `${context}exit status differs`).toBe(expected.status);
          if (expected.stderrTail !== "") expect(lastNonEmptyLine(r.stderr), `${context}last stderr line differs`).toBe(expected.stderrTail);
        },
        // a run waits in the pool's queue behind at most maxConcurrency (5) others
        RUN_TIMEOUT_MS * 6,
      );
    }
  });
}
