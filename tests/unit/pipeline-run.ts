// Shared by the targeted tests of the tracing stages (register.test.ts, js-stage.test.ts): run a
// program under CPython 3.11 for the expected output, then under one pipeline of the CLI,
// checking stdout, exit status and the last stderr line against CPython's, and collect the
// stats (--stats-json) and the files --dump-traces wrote.
import { expect } from "vitest";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const CLI = join(resolve(__dirname, "..", ".."), "runtime", "bin", "hotpy.js");

export interface Expected {
  file: string;
  stdout: string;
  status: number | null;
  stderr: string;
}

/** Writes `source` to DIR/NAME.py and runs it under CPython: what every pipeline must print. */
export function underCPython(dir: string, name: string, source: string): Expected {
  const file = join(dir, `${name}.py`);
  writeFileSync(file, source);
  const py = spawnSync(process.env.HOTPY_PYTHON ?? "python3.11", [file], { encoding: "utf8", cwd: dir });
  return { file, stdout: py.stdout, status: py.status, stderr: py.stderr };
}

/** Runs the program in `pipeline` (with `extra` options); `dumpEnd` picks the dumped files. */
export function runPipeline<S>(dir: string, name: string, pipeline: string, expected: Expected, extra: string[], dumpEnd: string): { stats: S; dumps: string[]; stderr: string } {
  const statsFile = join(dir, `${name}.${pipeline}.json`);
  const dump = join(dir, `${name}.${pipeline}.dump`);
  const r = spawnSync(process.execPath, [CLI, "run", "--pipeline", pipeline, "--stats-json", statsFile, "--dump-traces", dump, ...extra, expected.file], { encoding: "utf8", cwd: dir });
  expect(r.stdout, `${pipeline}: ${r.stderr}`).toBe(expected.stdout);
  expect(r.status).toBe(expected.status);
  expect(r.stderr.trim().split("\n").pop()).toBe(expected.stderr.trim().split("\n").pop());
  let dumps: string[] = [];
  try {
    dumps = readdirSync(dump).filter((f) => f.endsWith(dumpEnd)).map((f) => readFileSync(join(dump, f), "utf8"));
  } catch {
    // nothing recorded: no dump folder
  }
  return { stats: JSON.parse(readFileSync(statsFile, "utf8")) as S, dumps, stderr: r.stderr };
}
