// CI's guard on CPython conformance: a fixed, fast subset of CPython's own test modules
// (tests/cpython/modules.ts CI_MODULES) runs under hotpy in base and with tracing forced
// (thin, --hot 1); every test that passed when tests/cpython/ci-baseline.json was written must
// still pass. The full run is `npm run cpython-tests`; `-- --ci-baseline` rewrites the baseline.
// The modules run two at a time (HOTPY_TEST_JOBS), each in its own hotpy process.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CI_MODULES } from "./cpython/modules.js";
import { REPO, runModule } from "./cpython/run-module.js";

const baseline = JSON.parse(readFileSync(join(REPO, "tests/cpython/ci-baseline.json"), "utf8")) as Record<string, Record<string, string[]>>;
const python = process.env.HOTPY_PYTHON ?? "python3.11";
const JOBS = Math.max(1, Number.parseInt(process.env["HOTPY_TEST_JOBS"] ?? "", 10) || 2);

/** At most JOBS module runs at once (each is a hotpy process; the machine may have 2 cores). */
let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= JOBS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

describe.each(["base", "thin:1"])("CPython test modules under hotpy %s", (impl) => {
  it.concurrent.each(CI_MODULES)("%s keeps passing what it passed", async (module) => {
    const expected = baseline[impl]?.[module];
    expect(expected, `no baseline for ${module} in ${impl}`).toBeDefined();
    const r = await limited(() => runModule(module, impl, { timeoutS: 120, python }));
    expect(r.status, r.note).toBe("done");
    const passed = new Set(r.tests.filter((t) => t.outcome === "ok").map((t) => t.id));
    const lost = expected!.filter((id) => !passed.has(id)).map((id) => `${id}: ${r.tests.find((t) => t.id === id)?.detail ?? "not run"}`);
    expect(lost).toEqual([]);
  }, 600_000); // its own 120 s plus waiting for a slot
});
