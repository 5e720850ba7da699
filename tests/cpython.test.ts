// CI's guard on CPython conformance: a fixed, fast subset of CPython's own test modules
// (tests/cpython/modules.ts CI_MODULES) runs under hotpy in base and with tracing forced
// (thin, --hot 1); every test that passed when tests/cpython/ci-baseline.json was written must
// still pass. The full run is `npm run cpython-tests`; `-- --ci-baseline` rewrites the baseline.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CI_MODULES } from "./cpython/modules.js";
import { REPO, runModule } from "./cpython/run-module.js";

const baseline = JSON.parse(readFileSync(join(REPO, "tests/cpython/ci-baseline.json"), "utf8")) as Record<string, Record<string, string[]>>;
const python = process.env.HOTPY_PYTHON ?? "python3.11";

describe.each(["base", "thin:1"])("CPython test modules under hotpy %s", (impl) => {
  it.each(CI_MODULES)("%s keeps passing what it passed", async (module) => {
    const expected = baseline[impl]?.[module];
    expect(expected, `no baseline for ${module} in ${impl}`).toBeDefined();
    const r = await runModule(module, impl, { timeoutS: 120, python });
    expect(r.status, r.note).toBe("done");
    const passed = new Set(r.tests.filter((t) => t.outcome === "ok").map((t) => t.id));
    const lost = expected!.filter((id) => !passed.has(id)).map((id) => `${id}: ${r.tests.find((t) => t.id === id)?.detail ?? "not run"}`);
    expect(lost).toEqual([]);
  }, 180_000);
});
