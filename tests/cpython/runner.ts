// npm run cpython-tests [-- --pipelines base,thin:1 --modules test_bool,... --jobs 2 --timeout 600]
// Runs CPython's own test modules under CPython and under hotpy pipelines (each module in its
// own process, niced, with a time limit) and writes tests/cpython/RESULTS.md.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { Progress } from "../bench/progress.js";
import { CI_MODULES, MODULES } from "./modules.js";
import { REPO, runModule, type ModuleRun } from "./run-module.js";
import { counts, passedIds, renderReport } from "./report.js";

interface Options {
  pipelines: string[];
  modules: string[];
  jobs: number;
  timeoutS: number;
  out: string;
  python: string;
  /** raw per-test records of every run, for later comparison */
  rawOut: string;
  /** rewrite tests/cpython/ci-baseline.json from this run (CI's modules, every pipeline) */
  ciBaseline: boolean;
  /** write the report from earlier runs' raw files instead of running anything */
  render: string[];
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    pipelines: ["base", "thin:1"],
    modules: MODULES,
    jobs: 2,
    timeoutS: 600,
    out: join(REPO, "tests/cpython/RESULTS.md"),
    python: process.env["HOTPY_PYTHON"] ?? "python3.11",
    rawOut: join(REPO, "dist/cpython-tests.json"),
    ciBaseline: false,
    render: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => argv[++i] ?? fail(`${a} needs a value`);
    if (a === "--pipelines") o.pipelines = v().split(",").filter(Boolean);
    else if (a === "--modules") o.modules = v().split(",").filter(Boolean);
    else if (a === "--jobs") o.jobs = Math.max(1, Number(v()));
    else if (a === "--timeout") o.timeoutS = Number(v());
    else if (a === "--out") o.out = v();
    else if (a === "--raw") o.rawOut = v();
    else if (a === "--render") o.render = v().split(",").filter(Boolean);
    else if (a === "--ci-baseline") {
      o.ciBaseline = true;
      o.modules = CI_MODULES;
    }
    else if (a === "--help") {
      process.stdout.write("npm run cpython-tests -- [--pipelines base,thin:1] [--modules a,b] [--jobs N] [--timeout S] [--out FILE] [--raw FILE] [--ci-baseline]\n");
      process.exit(0);
    } else fail(`unknown option ${a}`);
  }
  return o;
}

function fail(msg: string): never {
  process.stderr.write(`cpython-tests: ${msg}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const version = spawnSync(o.python, ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).stdout.trim();
  if (!version.startsWith("3.11")) fail(`${o.python} is not CPython 3.11`);
  if (o.render.length > 0) return render(o, version);
  const impls = ["cpython", ...o.pipelines];
  const jobs = o.modules.flatMap((m) => impls.map((impl) => ({ m, impl })));
  const runs = new Map<string, ModuleRun>();
  mkdirSync(join(o.rawOut, ".."), { recursive: true });
  const progress = new Progress(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const { m, impl } = jobs[next++];
      progress.begin(`${m} ${impl}`);
      const r = await runModule(m, impl, { timeoutS: o.timeoutS, python: o.python });
      runs.set(`${m}@${impl}`, r);
      // the raw records so far, so an interrupted run can still be reported (--render)
      writeFileSync(o.rawOut, JSON.stringify([...runs.values()]));
      const c = counts(r.tests);
      const ref = impl === "cpython" ? undefined : runs.get(`${m}@cpython`);
      const share = ref ? ` (${[...passedIds(ref)].filter((id) => passedIds(r).has(id)).length}/${passedIds(ref).size} of CPython's)` : "";
      progress.end(`${m} ${impl}`, `${r.status} ${c.passed}/${c.run} passed${share} ${r.seconds.toFixed(0)}s`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.jobs, jobs.length) }, worker));
  progress.finish();
  const report = renderReport(o.modules, impls, runs, {
    date: new Date().toISOString().slice(0, 10),
    command: `npm run cpython-tests -- --pipelines ${o.pipelines.join(",")}${o.modules === MODULES ? "" : " --modules …"}`,
    python: version,
    timeoutS: o.timeoutS,
  });
  if (o.ciBaseline) {
    // per pipeline and module, the tests that pass now: CI fails if one stops passing
    const base: Record<string, Record<string, string[]>> = {};
    for (const impl of o.pipelines) {
      base[impl] = {};
      for (const m of o.modules) base[impl][m] = [...passedIds(runs.get(`${m}@${impl}`))].sort();
    }
    writeFileSync(join(REPO, "tests/cpython/ci-baseline.json"), JSON.stringify(base, null, 1) + "\n");
    process.stderr.write("wrote tests/cpython/ci-baseline.json\n");
    return;
  }
  writeFileSync(o.out, report);
  mkdirSync(join(o.rawOut, ".."), { recursive: true });
  writeFileSync(o.rawOut, JSON.stringify([...runs.values()], null, 1));
  process.stderr.write(`wrote ${o.out}\n`);
}

/** The report from raw files of earlier runs (e.g. one run per pipeline, run side by side);
 *  the first file's CPython runs are the reference. */
function render(o: Options, version: string): void {
  const runs = new Map<string, ModuleRun>();
  const impls = ["cpython"];
  for (const f of o.render) {
    for (const r of JSON.parse(readFileSync(f, "utf8")) as ModuleRun[]) {
      if (r.impl === "cpython" && runs.has(`${r.module}@cpython`)) continue;
      runs.set(`${r.module}@${r.impl}`, r);
      if (!impls.includes(r.impl)) impls.push(r.impl);
    }
  }
  const report = renderReport(o.modules.filter((m) => runs.has(`${m}@cpython`)), impls, runs, {
    date: new Date().toISOString().slice(0, 10),
    command: `npm run cpython-tests -- --pipelines ${impls.slice(1).join(",")}`,
    python: version,
    timeoutS: o.timeoutS,
  });
  writeFileSync(o.out, report);
  process.stderr.write(`wrote ${o.out}\n`);
}

await main();
