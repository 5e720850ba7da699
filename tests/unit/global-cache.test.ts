// The specialiser's global cache (runtime/interp/global-cache.ts): a trace's cached read of a
// global or builtin holds while that name is not rebound, deleted or (for a builtin) added to
// the globals; other keys coming and going must neither change results nor throw the trace
// away (a module still being imported keeps gaining globals under loops already traced).
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const dir = mkdtempSync(join(tmpdir(), "hotpy-global-cache-"));

interface Stats {
  traces: { recorded: number; invalidated: number };
  specialiser: { globalsCached: number };
}

/** Runs `source` under CPython and `--pipeline specialise`; outputs must match. */
function run(name: string, source: string): Stats {
  const file = join(dir, `${name}.py`);
  writeFileSync(file, source);
  const py = spawnSync(process.env.HOTPY_PYTHON ?? "python3.11", [file], { encoding: "utf8", cwd: dir });
  expect(py.status, py.stderr).toBe(0);
  const statsFile = join(dir, `${name}.json`);
  const r = spawnSync(process.execPath, [CLI, "run", "--pipeline", "specialise", "--stats-json", statsFile, file], { encoding: "utf8", cwd: dir });
  expect(r.stdout, r.stderr).toBe(py.stdout);
  expect(r.status).toBe(0);
  return JSON.parse(readFileSync(statsFile, "utf8")) as Stats;
}

const TOTAL = `import builtins

def total(xs):
    s = 0
    for x in xs:
        s += abs(x) * SCALE + len(xs)
    return s

SCALE = 3
`;

describe("global cache", () => {
  it("keeps a trace while its globals and the builtins gain other keys", () => {
    const stats = run(
      "grow",
      TOTAL +
        `out = []
for i in range(60):
    out.append(total(list(range(-i, 40))))
    globals()["extra_%d" % i] = i
    if i % 20 == 0:
        setattr(builtins, "added_%d" % i, i)
print(sum(out), out[:3], out[-1], extra_59, added_40)
`,
    );
    expect(stats.specialiser.globalsCached).toBeGreaterThan(0);
    // before the cache watched names rather than the dicts' shapes: 59 invalidated, 61 recorded
    expect(stats.traces.invalidated).toBe(0);
    expect(stats.traces.recorded).toBeLessThanOrEqual(3);
  });

  it("still sees a builtin shadowed by a new global, a global rebound and a builtin replaced", () => {
    const stats = run(
      "shadow",
      TOTAL +
        `out = []
for i in range(90):
    out.append(total(list(range(-i, 40))))
    if i == 30:
        len = lambda xs: 1000
    if i == 50:
        SCALE = 5
    if i == 70:
        builtins.abs = lambda v: 2
print(out[29:32], out[49:52], out[69:72], out[-1])
`,
    );
    expect(stats.traces.invalidated).toBeGreaterThan(0);
  });
});
