// The CLI and bad input: every failure is a clear message (CPython's where CPython has one),
// never a JavaScript stack trace.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const dir = mkdtempSync(join(tmpdir(), "hotpy-cli-"));

function hotpy(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: dir, env: { ...process.env, ...env } });
}
function python(args: string[]) {
  return spawnSync(process.env.HOTPY_PYTHON ?? "python3.11", args, { encoding: "utf8", cwd: dir });
}
function program(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const noJsTrace = (s: string) => expect(s).not.toMatch(/\n\s+at .*\.js:\d+/);

describe("hotpy CLI", () => {
  it("documents itself", () => {
    const r = hotpy(["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("hotpy run");
    expect(r.stdout).toContain("--pipeline");
    const pipelines = hotpy(["--list-pipelines"]).stdout.trim().split("\n");
    expect(pipelines).toContain("base");
    // every stage the build supports is described
    for (const p of pipelines) expect(r.stdout).toMatch(new RegExp(`\\n\\s+${p} = `));
  });

  it("rejects an unknown option or pipeline with a message and status 2", () => {
    const r = hotpy(["run", "--pipeline", "warp", "x.py"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown pipeline 'warp'");
    expect(hotpy(["frobnicate"]).status).toBe(2);
  });

  it("passes argv and the exit status through", () => {
    const p = program("argv.py", "import sys\nprint(sys.argv[1:])\nsys.exit(int(sys.argv[1]))\n");
    const r = hotpy(["run", p, "7", "x y"]);
    expect(r.stdout).toBe("['7', 'x y']\n");
    expect(r.status).toBe(7);
  });

  it("reports a missing file as CPython does, exit 2", () => {
    const r = hotpy(["run", "nope.py"]);
    expect(r.status).toBe(2);
    const py = python(["nope.py"]);
    expect(py.status).toBe(2);
    // same text after the program name
    expect(r.stderr.replace(/^hotpy/, "")).toBe(py.stderr.replace(/^.*?python3(\.11)?/, ""));
  });

  it("reports a syntax error with CPython's message, exit 1", () => {
    const p = program("syntax.py", "x = 1\nif x\n    print(x)\n");
    const r = hotpy(["run", p]);
    const py = python([p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(py.stderr);
    expect(r.stdout).toBe("");
  });

  it("prints an uncaught exception as a CPython traceback, exit 1", () => {
    const p = program("boom.py", "def f(n):\n    return 10 // n\n\ndef g():\n    return f(0)\n\nprint('before')\ng()\n");
    const r = hotpy(["run", p]);
    const py = python([p]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("before\n");
    // CPython 3.11 also prints ^^^^ position markers; every other line is the same
    const strip = (s: string) => s.split("\n").filter((l) => !/^\s*[~^]+\s*$/.test(l)).join("\n");
    expect(r.stderr).toBe(strip(py.stderr));
  });

  it("ends runaway recursion with RecursionError, not a JS stack overflow", () => {
    const p = program("deep.py", "def f(n):\n    return f(n + 1) + 1\nf(0)\n");
    const r = hotpy(["run", p]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n").pop()).toBe("RecursionError: maximum recursion depth exceeded");
    noJsTrace(r.stderr);
  });

  it("raises SystemError naming an opcode that cannot run", () => {
    const pyc = join(dir, "badop.pyc");
    // a real code object whose second instruction is replaced by an undefined opcode, which
    // CPython's marshal writes as CACHE (0): an instruction the VM must refuse, not skip
    const script = [
      "import importlib._bootstrap_external as be",
      "c = compile('print(1)', 'badop.py', 'exec')",
      "c = c.replace(co_code=c.co_code[:2] + bytes([238, 0]) + c.co_code[4:])",
      `open(${JSON.stringify(pyc)}, 'wb').write(be._code_to_timestamp_pyc(c, 0, 0))`,
    ].join("\n");
    expect(python(["-c", script]).status).toBe(0);
    const r = hotpy(["run", pyc]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n").pop()).toBe("SystemError: unsupported opcode CACHE: never executed: inline cache entries; the decoder skips them");
    noJsTrace(r.stderr);
  });

  it("reports a corrupt .pyc on one line naming the file", () => {
    const good = program("m.py", "print('hi')\n");
    const c = python(["-c", `import py_compile; py_compile.compile(${JSON.stringify(good)}, cfile=${JSON.stringify(join(dir, "m.pyc"))})`]);
    expect(c.status).toBe(0);
    expect(hotpy(["run", join(dir, "m.pyc")]).stdout).toBe("hi\n");
    const data = readFileSync(join(dir, "m.pyc"));
    writeFileSync(join(dir, "bad.pyc"), data.subarray(0, 24));
    const r = hotpy(["run", join(dir, "bad.pyc")]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(/bad\.pyc: bad marshal data/);
  });

  it("says how to point at a CPython when none is found", () => {
    const p = program("hello.py", "print('hello there')\n");
    const r = hotpy(["run", p], { HOTPY_PYTHON: join(dir, "no-such-python"), HOTPY_CACHE_DIR: join(dir, "cache") });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines.length).toBe(1);
    expect(lines[0]).toContain("HOTPY_PYTHON");
  });

  it("writes statistics as JSON: no traces in the base pipeline, most work in traces with thin", () => {
    const p = program("loop.py", "t = 0\nfor i in range(1000):\n    t += i\nprint(t)\n");
    const out = join(dir, "stats.json");
    const r = hotpy(["run", "--pipeline", "base", "--stats-json", out, p]);
    expect(r.stdout).toBe("499500\n");
    const s = JSON.parse(readFileSync(out, "utf8"));
    expect(s.instructions.base).toBeGreaterThan(4000);
    expect(s.instructions.trace).toBe(0);
    const t = hotpy(["run", "--pipeline", "thin", "--stats-json", out, p]);
    expect(t.stdout).toBe("499500\n");
    const ts = JSON.parse(readFileSync(out, "utf8"));
    expect(ts.traces.recorded).toBe(1);
    expect(ts.instructions.trace).toBeGreaterThan(ts.instructions.base);
    expect(ts.timeInTracesFraction).toBeGreaterThan(0);
  });

  it("counts the runs of each specialised form with --stats (inline forms too), and leaves hits out without it", () => {
    // each site specialises on its second run: 998 of 1000 run the int add and the float multiply
    const p = program("forms.py", "def f(n):\n    t = 0\n    x = 0.5\n    for i in range(n):\n        t = t + i\n        x = x * 1.0\n    return t\nprint(f(1000))\n");
    const out = join(dir, "forms.json");
    const form = (s: { families: { family: string; forms: { form: string; hits: number | null; misses: number }[] }[] }, name: string) =>
      s.families.find((f) => f.family === "BINARY_OP")!.forms.find((f) => f.form === name)!;
    const r = hotpy(["run", "--pipeline", "base", "--stats", "--stats-json", out, p]);
    expect(r.stdout).toBe("499500\n");
    expect(r.stderr).toMatch(/BINARY_OP: BINARY_OP_ADD_INT 998\/0 \(1\),/);
    const s = JSON.parse(readFileSync(out, "utf8"));
    expect(form(s, "BINARY_OP_ADD_INT")).toEqual({ form: "BINARY_OP_ADD_INT", specialised: 1, hits: 998, misses: 0 });
    expect(form(s, "BINARY_OP_MULTIPLY_FLOAT").hits).toBe(998);
    const q = hotpy(["run", "--pipeline", "base", "--stats-json", out, p]);
    expect(q.stdout).toBe("499500\n");
    const sq = JSON.parse(readFileSync(out, "utf8"));
    expect(form(sq, "BINARY_OP_ADD_INT")).toEqual({ form: "BINARY_OP_ADD_INT", specialised: 1, hits: null, misses: 0 });
  });

  it("runs a module with -m as python -m does: __main__, sys.argv[0] its file, the current directory on sys.path", () => {
    program("mmod.py", "import sys\nprint(__name__, sys.argv[0].endswith('mmod.py'), sys.argv[1:], sys.path[0] == __import__('os').getcwd())\n");
    mkdirSync(join(dir, "mpkg"), { recursive: true });
    writeFileSync(join(dir, "mpkg", "__init__.py"), "");
    writeFileSync(join(dir, "mpkg", "__main__.py"), "print('package main', __name__, __spec__.name)\n");
    for (const args of [["mmod", "a", "b"], ["mpkg"]]) {
      const r = hotpy(["run", "-m", ...args]);
      const c = python(["-m", ...args]);
      expect(r.stdout).toBe(c.stdout);
      expect(r.status).toBe(0);
    }
    const missing = hotpy(["run", "-m", "no_such_module_here"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("No module named no_such_module_here");
    noJsTrace(missing.stderr);
  });

  it("runs program text with -c as python -c does: '<string>' in tracebacks, sys.argv[0] '-c', '' on sys.path", () => {
    const text = "import sys\nprint(__name__, sys.argv, sys.path[0] == '')\nfor i in range(50): pass\n1/0\n";
    const r = hotpy(["run", "-c", text, "x", "-y"]);
    const c = python(["-c", text, "x", "-y"]);
    expect(r.stdout).toBe(c.stdout);
    expect(r.stderr).toBe(c.stderr);
    expect(r.status).toBe(c.status);
    expect(hotpy(["run", "-c"]).status).toBe(2);
  });

  it("runs CPython's own unittest and test packages with -m", () => {
    const r = hotpy(["run", "--pipeline", "base", "-m", "unittest", "test.test_augassign"]);
    expect(r.stderr).toMatch(/Ran 7 tests in [\d.]+s\n\nOK\n$/);
    expect(r.status).toBe(0);
  }, 60_000);
});
