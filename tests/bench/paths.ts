// Locating the repository root and the benchmark directory.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

function walkUp(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "tests", "bench", "benchmarks.json"))) {
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The repo root: HOTPY_ROOT if set, else the first folder above this file
 * holding package.json (works from dist/tests/bench), else the same search
 * from the working directory (works when compiled to a temp dir).
 */
export function findRepoRoot(): string {
  const env = process.env["HOTPY_ROOT"];
  if (env) return resolve(env);
  const here = dirname(fileURLToPath(import.meta.url));
  const root = walkUp(here) ?? walkUp(process.cwd());
  if (!root) {
    throw new Error(
      "cannot find the repository root (a folder with package.json and tests/bench/benchmarks.json) " +
        "above " + here + " or " + process.cwd() + "; set HOTPY_ROOT",
    );
  }
  return root;
}

export function benchDir(root: string): string {
  return join(root, "tests", "bench");
}
