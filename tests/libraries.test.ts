// The library corpus (tests/libraries/*.py, helpers mod_*.py excluded): each job uses a real
// pure-Python library from Debian's packages (python3-NAME, installed by
// tests/libraries/install.sh) the way its users do, and must print exactly what CPython 3.11
// printed (<name>.expected.json, `npm run expect -- --dir tests/libraries`), exit with the same
// status and end stderr with the same line, in every pipeline `hotpy --list-pipelines` prints,
// each but base also with --hot 1. A job whose first lines say `# pipelines: a b:1 ...` runs in
// those only (tests/libraries/README.md says which and why). A job stops with status 3 and a
// line naming the apt-get command when a package it needs is missing; that fails here.
//
// Environment: HOTPY_TEST_PIPELINES (overrides every job's list), HOTPY_TEST_LIBRARIES
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
const RUN_TIMEOUT_MS = 240_000;
const MIN_JOBS = 10;

const ALL_PIPELINES = execFileSync(process.execPath, [CLI, "--list-pipelines"], { encoding: "utf8" })
  .split(/\r?\n/)
  .map((s) => s.trim())
  .filter((s) => s !== "")
  .flatMap((p) => (p === "base" ? [p] : [p, `${p}:1`]));

/** A job's pipelines: HOTPY_TEST_PIPELINES, else its `# pipelines:` line, else all. */
function pipelinesOf(file: string): string[] {
  const env = listFromEnv("HOTPY_TEST_PIPELINES");
  if (env.length > 0) return env;
  const head = readFileSync(file, "utf8").split(/\r?\n/, 5);
  const line = head.find((l) => /^#\s*pipelines:/.test(l));
  if (line === undefined) return ALL_PIPELINES;
  const chosen = line.replace(/^#\s*pipelines:/, "").trim().split(/\s+/);
  const unknown = chosen.filter((p) => !ALL_PIPELINES.includes(p));
  if (unknown.length > 0) throw new Error(`${file}: unknown pipeline(s) ${unknown.join(", ")} (have ${ALL_PIPELINES.join(", ")})`);
  return chosen;
}

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

for (const job of JOBS_FOUND) {
  describe(`library ${job.name}`, () => {
    for (const pipeline of pipelinesOf(job.path)) {
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
        RUN_TIMEOUT_MS * 6,
      );
    }
  });
}
