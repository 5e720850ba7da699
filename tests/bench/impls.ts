// The implementations under test: CPython, PyPy and the HotPy pipelines.
import { join } from "node:path";
import { capture, which } from "./proc.js";
import type { Impl } from "./types.js";

export interface PythonInfo {
  path: string; // the real interpreter (shims such as pyenv's resolved)
  version: string;
}

/**
 * Find a Python and resolve it to its real executable via sys.executable, so
 * that wrapper scripts (pyenv shims cost ~70 ms) do not pollute the timings.
 */
export function findPython(name: string): PythonInfo | undefined {
  const found = which(name);
  if (!found) return undefined;
  const real = capture(found, ["-c", "import sys; print(sys.executable)"]);
  const path = real && real.length > 0 ? real.split("\n")[0]!.trim() : found;
  const version = capture(path, ["--version"]) ?? "unknown version";
  return { path, version: version.replace(/\s*\n\s*/g, " ") };
}

export function cpythonImpl(python: PythonInfo): Impl {
  return {
    id: "cpython",
    label: "CPython",
    kind: "cpython",
    command: (file, args) => ({ cmd: python.path, argv: [file, ...args] }),
  };
}

export function pypyImpl(pypy: PythonInfo): Impl {
  return {
    id: "pypy",
    label: "PyPy",
    kind: "pypy",
    command: (file, args) => ({ cmd: pypy.path, argv: [file, ...args] }),
  };
}

export function hotpyCli(root: string): string {
  return join(root, "runtime", "bin", "hotpy.js");
}

export function hotpyImpl(root: string, pipeline: string): Impl {
  const cli = hotpyCli(root);
  return {
    id: `hotpy:${pipeline}`,
    label: `hotpy ${pipeline}`,
    kind: "hotpy",
    pipeline,
    command: (file, args, statsFile) => ({
      cmd: process.execPath,
      argv: [cli, "run", "--pipeline", pipeline, "--stats-json", statsFile, file, ...args],
    }),
  };
}

/**
 * The pipelines the VM says it supports (`hotpy.js --list-pipelines`, one name
 * per line). Falls back to ["base"] with a note when that does not work.
 */
export function listPipelines(root: string): { pipelines: string[]; note?: string } {
  const out = capture(process.execPath, [hotpyCli(root), "--list-pipelines"], root, 60_000);
  if (out === undefined) {
    return { pipelines: ["base"], note: "`hotpy.js --list-pipelines` failed; assumed the `base` pipeline only." };
  }
  const names = out
    .split("\n")
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z0-9_.+-]+$/.test(s));
  if (names.length === 0) {
    return { pipelines: ["base"], note: "`hotpy.js --list-pipelines` printed no pipeline names; assumed `base`." };
  }
  return { pipelines: names };
}
