// Records what CPython 3.11 does with each test program:
//   npm run expect                 -> every tests/programs/*.py (helpers mod_*.py excluded)
//   npm run expect -- foo bar.py   -> only those programs
//   npm run expect -- --dir tests/libraries [names]  -> the library jobs (or another corpus folder)
// For each program it writes tests/programs/<name>.expected.json =
//   { "status": <exit code>, "stdout": "<exact stdout>", "stderrTail": "<last non-empty stderr line or "">" }
// The interpreter is $HOTPY_PYTHON or `python3.11`; it must be CPython 3.11.
// Node built-ins only.
import { execFile, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import {
  type Expected,
  type Program,
  findPrograms,
  findRepoRoot,
  formatExpected,
  lastNonEmptyLine,
  programsDir,
  staleExpectations,
} from "./programs.js";

const TIMEOUT_MS = 60_000;
const CONCURRENCY = 2;
const MAX_BUFFER = 64 * 1024 * 1024;

function fail(message: string): never {
  process.stderr.write(`expect: ${message}\n`);
  process.exit(1);
}

/** The environment programs run in: deterministic hashing, UTF-8 output, no __pycache__ litter. */
function pythonEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PYTHONHASHSEED: "0",
    PYTHONIOENCODING: "utf-8",
    PYTHONDONTWRITEBYTECODE: "1",
  };
}

function checkPython(python: string): string {
  const r = spawnSync(python, ["-c", "import sys; print(sys.implementation.name, '%d.%d.%d' % sys.version_info[:3])"], {
    encoding: "utf8",
    timeout: 30_000,
    env: pythonEnv(),
  });
  if (r.error) {
    fail(`cannot run ${JSON.stringify(python)} (${r.error.message}); install CPython 3.11 or set HOTPY_PYTHON to it`);
  }
  if (r.status !== 0) {
    fail(`${JSON.stringify(python)} -c ... exited with status ${r.status}: ${r.stderr.trim()}`);
  }
  const [impl, version] = r.stdout.trim().split(/\s+/);
  if (impl !== "cpython" || !version || !/^3\.11\./.test(version)) {
    fail(
      `${JSON.stringify(python)} is ${impl ?? "?"} ${version ?? "?"}, but expectations must come from CPython 3.11; ` +
        "set HOTPY_PYTHON to a python3.11",
    );
  }
  return version;
}

interface Outcome {
  program: Program;
  expected?: Expected;
  error?: string;
}

function runOne(python: string, program: Program): Promise<Outcome> {
  return new Promise((resolvePromise) => {
    execFile(
      python,
      [program.file, ...program.args],
      { cwd: program.dir, env: pythonEnv(), timeout: TIMEOUT_MS, maxBuffer: MAX_BUFFER, encoding: "utf8" },
      (err, stdout, stderr) => {
        let status = 0;
        if (err) {
          const e = err as NodeJS.ErrnoException & { code?: number | string; killed?: boolean; signal?: string | null };
          if (e.killed || e.signal) {
            const why = e.killed && e.signal === "SIGTERM" ? `timed out after ${TIMEOUT_MS / 1000} s` : `killed by ${e.signal}`;
            resolvePromise({ program, error: why });
            return;
          }
          if (typeof e.code !== "number") {
            resolvePromise({ program, error: `could not run: ${e.message}` });
            return;
          }
          status = e.code;
        }
        resolvePromise({ program, expected: { status, stdout, stderrTail: lastNonEmptyLine(stderr) } });
      },
    );
  });
}

/** Runs the programs CONCURRENCY at a time; onDone sees the outcomes in program order. */
async function runAll(python: string, programs: Program[], onDone: (o: Outcome) => void): Promise<Outcome[]> {
  const results: Outcome[] = new Array(programs.length);
  let next = 0;
  let reported = 0;
  async function worker(): Promise<void> {
    while (next < programs.length) {
      const i = next++;
      results[i] = await runOne(python, programs[i]!);
      while (reported < programs.length && results[reported]) onDone(results[reported++]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, programs.length) }, () => worker()));
  return results;
}

function countLines(s: string): number {
  if (s === "") return 0;
  return s.split("\n").length - (s.endsWith("\n") ? 1 : 0);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2).filter((a) => a !== "--");
  if (argv.some((n) => n === "-h" || n === "--help")) {
    process.stdout.write("usage: npm run expect [-- [--dir FOLDER] program[.py] ...]\n");
    return;
  }
  const dirAt = argv.indexOf("--dir");
  const dirArg = dirAt >= 0 ? argv[dirAt + 1] : undefined;
  if (dirAt >= 0 && dirArg === undefined) fail("--dir needs a folder");
  const names = dirAt >= 0 ? [...argv.slice(0, dirAt), ...argv.slice(dirAt + 2)] : argv;
  const root = findRepoRoot();
  const dir = dirArg !== undefined ? resolve(dirArg) : programsDir(root);
  const python = process.env["HOTPY_PYTHON"] || "python3.11";
  const version = checkPython(python);

  let programs: Program[];
  try {
    programs = findPrograms(dir, names);
  } catch (e) {
    fail((e as Error).message);
  }
  if (programs.length === 0) fail(`no programs found in ${dir}`);
  process.stdout.write(`recording ${programs.length} program(s) in ${relative(process.cwd(), dir) || "."} with ${python} (CPython ${version})\n`);

  const width = Math.max(...programs.map((p) => p.name.length));
  let added = 0;
  let changed = 0;
  let unchanged = 0;
  let nonZero = 0;
  const failures: Outcome[] = [];
  await runAll(python, programs, (o) => {
    const label = o.program.name.padEnd(width);
    if (!o.expected) {
      failures.push(o);
      process.stdout.write(`  FAIL ${label}  ${o.error}\n`);
      return;
    }
    const text = formatExpected(o.expected);
    const before = existsSync(o.program.expectedPath) ? readFileSync(o.program.expectedPath, "utf8") : undefined;
    let state: string;
    if (before === undefined) {
      state = "new";
      added++;
    } else if (before !== text) {
      state = "changed";
      changed++;
    } else {
      state = "same";
      unchanged++;
    }
    if (before !== text) writeFileSync(o.program.expectedPath, text);
    if (o.expected.status !== 0) nonZero++;
    const tail = o.expected.status !== 0 && o.expected.stderrTail ? `  stderr: ${o.expected.stderrTail}` : "";
    process.stdout.write(
      `  ok   ${label}  status ${String(o.expected.status).padStart(3)}  stdout ${String(countLines(o.expected.stdout)).padStart(4)} lines  ${state.padEnd(7)}${tail}\n`,
    );
  });

  const stale = names.length === 0 ? staleExpectations(dir) : [];
  for (const f of stale) process.stdout.write(`  note: ${f} has no program any more (delete it)\n`);
  const recorded = added + changed + unchanged;
  process.stdout.write(
    `recorded ${recorded}/${programs.length} program(s): ${added} new, ${changed} changed, ${unchanged} unchanged; ` +
      `${nonZero} exit non-zero` +
      (failures.length ? `; ${failures.length} FAILED: ${failures.map((f) => f.program.name).join(", ")}` : "") +
      "\n",
  );
  if (failures.length) process.exit(1);
}

main().catch((e: unknown) => fail(e instanceof Error ? (e.stack ?? e.message) : String(e)));
