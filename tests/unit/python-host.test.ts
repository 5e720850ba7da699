import { describe, it, expect, beforeAll, afterAll, afterEach } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MarshalError, readMarshal } from "../../runtime/loader/marshal.js";
import {
  cacheDir,
  compileSource,
  findPython,
  forgetHostInfo,
  HostPythonMissing,
  hostInfo,
  hostStats,
  loadModuleCode,
  pycPathFor,
} from "../../runtime/loader/python-host.js";
import { canon, type D, DESC_PY, descFactory, runPy, SAMPLE_SOURCE } from "./loader-helpers.js";

const savedEnv = { ...process.env };
let tmp = "";

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hotpy-host-test-"));
  // A private compile cache, so hit/miss counts are this file's own.
  process.env["HOTPY_CACHE_DIR"] = path.join(tmp, "cache");
});

afterEach(() => {
  for (const k of ["HOTPY_PYTHON", "PATH"]) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
  if (savedEnv["HOTPY_CACHE_DIR"] === undefined) delete process.env["HOTPY_CACHE_DIR"];
  else process.env["HOTPY_CACHE_DIR"] = savedEnv["HOTPY_CACHE_DIR"];
});

/** What CPython itself gives for compile(src, filename, mode): description of the code. */
function cpythonCode(src: string, filename: string, mode = "exec"): D {
  const out = runPy(
    DESC_PY + `import sys\nsrc = sys.stdin.read()\njson.dump(desc(compile(src, ${JSON.stringify(filename)}, ${JSON.stringify(mode)}, dont_inherit=True)), sys.stdout)`,
    src,
  );
  return JSON.parse(out) as D;
}

/** What `python3.11 file` prints on stderr for a file holding `src`. */
function scriptStderr(file: string, src: string | Uint8Array): string {
  fs.writeFileSync(file, src);
  const r = spawnSync(findPython(), [file], { encoding: "utf8" });
  expect(r.status).toBe(1);
  return r.stderr;
}

describe("finding the host python", () => {
  it("finds CPython 3.11 and its stdlib", () => {
    const exe = findPython();
    expect(path.isAbsolute(exe)).toBe(true);
    const info = hostInfo();
    expect(info.executable).toBe(exe);
    expect(info.version).toMatch(/^3\.11\./);
    const py = JSON.parse(
      runPy(`import sys, sysconfig, json; print(json.dumps([sys.version.split()[0], sysconfig.get_paths()["stdlib"]]))`),
    ) as [string, string];
    expect(info.version).toBe(py[0]);
    expect(info.stdlibDirs).toEqual([py[1]]);
    expect(fs.existsSync(path.join(info.stdlibDirs[0]!, "os.py"))).toBe(true);
  });

  it("caches the host's identity in memory and on disk (no spawn on the next start)", () => {
    hostInfo();
    const before = hostStats.spawns;
    hostInfo();
    findPython();
    expect(hostStats.spawns).toBe(before);
    forgetHostInfo(); // as if this were a new process: only the disk cache is left
    const again = hostInfo();
    expect(hostStats.spawns).toBe(before);
    expect(again.version).toMatch(/^3\.11\./);
    expect(fs.readdirSync(cacheDir()).some((f) => f.startsWith("host-") && f.endsWith(".json"))).toBe(true);
  });

  it("honours HOTPY_PYTHON", () => {
    process.env["HOTPY_PYTHON"] = hostInfo().executable;
    expect(findPython()).toBe(hostInfo().executable);
  });

  it("HOTPY_PYTHON naming a missing file → HostPythonMissing with a one-line hint", () => {
    process.env["HOTPY_PYTHON"] = path.join(tmp, "no-such-python");
    expect(() => findPython()).toThrow(HostPythonMissing);
    try {
      hostInfo();
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HostPythonMissing);
      const m = (e as Error).message;
      expect(m).not.toContain("\n");
      expect(m).toMatch(/CPython 3\.11/);
      expect(m).toContain("HOTPY_PYTHON=/path/to/python3.11");
      expect(m).toContain("python3.11 on PATH");
    }
    expect(() => compileSource("x = 1", "x.py")).toThrow(HostPythonMissing);
  });

  it("rejects a python that is not 3.11, and a PATH without python3.11", () => {
    const fake = path.join(tmp, "fake-python");
    fs.writeFileSync(
      fake,
      `#!/bin/sh\necho '{"impl": "cpython", "major": 3, "minor": 10, "version": "3.10.9", "executable": "", "stdlib": "/x"}'\n`,
      { mode: 0o755 },
    );
    process.env["HOTPY_PYTHON"] = fake;
    expect(() => findPython()).toThrow(/3\.10\.9, not CPython 3\.11/);
    const broken = path.join(tmp, "broken-python");
    fs.writeFileSync(broken, `#!/bin/sh\nexit 7\n`, { mode: 0o755 });
    process.env["HOTPY_PYTHON"] = broken;
    expect(() => findPython()).toThrow(HostPythonMissing);
    delete process.env["HOTPY_PYTHON"];
    process.env["PATH"] = path.join(tmp, "empty-bin");
    expect(() => findPython()).toThrow(HostPythonMissing);
  });
});

describe("compileSource", () => {
  it("returns marshal.dumps of the code CPython compiles (exec, eval, single)", () => {
    for (const [src, fn, mode] of [
      [SAMPLE_SOURCE, "/some/where/sample.py", "exec"],
      ["a + b * 2", "<string>", "eval"],
      ["for i in range(3): print(i)\n", "<stdin>", "single"],
      ["", "empty.py", "exec"],
    ] as const) {
      const r = compileSource(src, fn, mode);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings).toBeUndefined();
      expect(canon(readMarshal(r.marshal, descFactory))).toEqual(canon(cpythonCode(src, fn, mode)));
    }
  });

  it("compiles str sources as str and byte sources as bytes (coding cookie, BOM)", () => {
    const latin = Buffer.concat([Buffer.from("# -*- coding: latin-1 -*-\ns = '"), Buffer.from([0xe9]), Buffer.from("'\n")]);
    const r1 = compileSource(latin, "latin.py");
    expect(r1.ok).toBe(true);
    if (r1.ok) expect(JSON.stringify(readMarshal(r1.marshal, descFactory))).toContain(`{"t":"str","v":[233]}`);
    const r2 = compileSource("# -*- coding: latin-1 -*-\ns = '\u00e9\u{1F600}'\n", "str.py");
    expect(r2.ok).toBe(true);
    if (r2.ok) expect(JSON.stringify(readMarshal(r2.marshal, descFactory))).toContain(`{"t":"str","v":[233,128512]}`);
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("x = 1\n")]);
    expect(compileSource(bom, "bom.py").ok).toBe(true);
  });

  it("reports syntax errors exactly as `python3.11 file.py` prints them", () => {
    const bad: (string | Uint8Array)[] = [
      "def f(:\n  pass\n",
      "if 1:\n  x\n y\n", // IndentationError
      "def f():\n\tif 1:\n        pass\n\tx\n", // TabError
      "\tx = 1\n",
      "x = (1,\n",
      "print 'hello'\n",
      "x = '\u{1F600}' + '\u00e9' +\n", // non-ASCII before the caret
      "a = (1 +\n 2 +\n 3 4)\n", // multi-line range
      "for x in y:\n    pass\nbreak\n",
      "def f():\n    nonlocal x\n",
      "f(**)\n",
      "x = '''abc\n",
      "class A:\n    def f(self):\n        return 1\n  x = 2\n",
      "from __future__ import braces\n",
      "'\\N{bogus}'\n",
      "x = 0777\n",
      "\ufeffx = = 1\n",
    ];
    bad.forEach((src, i) => {
      const file = path.join(tmp, `bad${i}.py`);
      const expected = scriptStderr(file, src);
      const r = compileSource(typeof src === "string" ? Buffer.from(src) : src, file);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.message, `case ${i}`).toBe(expected);
      expect(r.message.startsWith(`  File "${file}", line `)).toBe(true);
      expect(r.message).toMatch(/(SyntaxError|IndentationError|TabError): .*\n$/);
    });
  });

  it("gives the exception type and SyntaxError fields", () => {
    const r = compileSource("x = 1\nif 1:\n  y\n z\n", "ind.py");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.excType).toBe("IndentationError");
    expect(r.syntax).toEqual({
      msg: "unindent does not match any outer indentation level",
      filename: "ind.py",
      lineno: 4,
      offset: 3,
      text: " z\n",
      endLineno: 4,
      endOffset: -1,
    });
    const t = compileSource("def f():\n\tif 1:\n        pass\n", "tab.py");
    expect(!t.ok && t.excType).toBe("TabError");
    const e = compileSource("1 +", "<string>", "eval");
    expect(!e.ok && e.excType).toBe("SyntaxError");
    // offset 0 (as `python3.11 -c 'eval("1 +")'` shows): CPython prints no caret line.
    expect(!e.ok && e.message).toBe('  File "<string>", line 1\n    1 +\nSyntaxError: invalid syntax\n');
  });

  it("reports null bytes, undecodable str sources and resource errors like CPython", () => {
    const nul = compileSource("x = 1\0\n", "nul.py");
    expect(nul.ok).toBe(false);
    if (!nul.ok) {
      expect(["SyntaxError", "ValueError"]).toContain(nul.excType);
      expect(nul.message).toMatch(/null bytes\n$/);
    }
    const sur = compileSource("s = '\udc80'\n", "sur.py");
    expect(sur.ok).toBe(false);
    if (!sur.ok) {
      expect(sur.excType).toBe("UnicodeEncodeError");
      expect(sur.message).toMatch(/^UnicodeEncodeError: 'utf-8' codec can't encode character '\\udc80'/);
    }
    const deepSrc = "x = " + "-".repeat(100000) + "1\n";
    const file = path.join(tmp, "deep.py");
    const expected = scriptStderr(file, deepSrc);
    const deep = compileSource(Buffer.from(deepSrc), file);
    expect(deep.ok).toBe(false);
    if (!deep.ok) expect(deep.message).toBe(expected);
  });

  it("passes on compile-time warnings", () => {
    const r = compileSource("x = 1\nif x is 1:\n    pass\n", "warn.py");
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings).toMatch(/^warn\.py:2: SyntaxWarning: "is" with a literal/);
    const again = compileSource("x = 1\nif x is 1:\n    pass\n", "warn.py");
    expect(again.ok && again.warnings).toBe(r.ok && r.warnings);
  });

  it("caches results on disk: the same program does not spawn python twice", () => {
    const src = `print("cache test ${process.pid} ${Date.now()}")\n`;
    const s0 = hostStats.spawns;
    const a = compileSource(src, "cached.py");
    expect(hostStats.spawns).toBe(s0 + 1);
    const h0 = hostStats.compileCacheHits;
    const b = compileSource(src, "cached.py");
    expect(hostStats.spawns).toBe(s0 + 1);
    expect(hostStats.compileCacheHits).toBe(h0 + 1);
    expect(a.ok && b.ok && Buffer.from(a.marshal).equals(Buffer.from(b.marshal))).toBe(true);
    // Filename, mode and source are all part of the key.
    compileSource(src, "other.py");
    compileSource(Buffer.from(src), "cached.py");
    expect(hostStats.spawns).toBe(s0 + 3);
    // Failures are cached too.
    const badSrc = `def (${process.pid} ${Date.now()}`;
    const bad1 = compileSource(badSrc, "bad.py");
    const s1 = hostStats.spawns;
    const bad2 = compileSource(badSrc, "bad.py");
    expect(hostStats.spawns).toBe(s1);
    expect(bad2).toEqual(bad1);
    expect(bad2.ok).toBe(false);
    // Writes are atomic: no temporary files are left behind.
    expect(fs.readdirSync(cacheDir()).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("ignores a corrupt cache entry", () => {
    const src = `y = ${Date.now()}\n`;
    compileSource(src, "corrupt.py");
    for (const f of fs.readdirSync(cacheDir())) {
      if (f.startsWith("c-")) fs.writeFileSync(path.join(cacheDir(), f), "garbage");
    }
    const s0 = hostStats.spawns;
    const r = compileSource(src, "corrupt.py");
    expect(r.ok).toBe(true);
    expect(hostStats.spawns).toBe(s0 + 1);
  });
});

describe("loadModuleCode", () => {
  function pyCompile(src: string, cfile: string, mode = "TIMESTAMP"): void {
    runPy(
      `import py_compile, sys
py_compile.compile(sys.argv[1] if len(sys.argv) > 1 else ${JSON.stringify(src)}, cfile=${JSON.stringify(cfile)}, doraise=True,
    invalidation_mode=py_compile.PycInvalidationMode.${mode})`,
    );
  }

  it("finds __pycache__/<name>.cpython-311.pyc beside a source file", () => {
    expect(pycPathFor("/a/b/mod.py")).toBe("/a/b/__pycache__/mod.cpython-311.pyc");
    expect(pycPathFor("/a/b/mod.pyw")).toBeUndefined();
  });

  it("uses a fresh .pyc, recompiles a stale one, and reads .pyc files directly", () => {
    const dir = path.join(tmp, "pkg");
    fs.mkdirSync(dir, { recursive: true });
    const mod = path.join(dir, "mod.py");
    fs.writeFileSync(mod, "VALUE = 1\n");

    // No .pyc yet: compiled from source, co_filename is the path given.
    const first = loadModuleCode(mod);
    expect(first.ok).toBe(true);
    if (first.ok) expect((readMarshal(first.marshal, descFactory) as D)["filename"]).toBe(mod);

    // A fresh timestamp .pyc is used as is.
    const pyc = pycPathFor(mod)!;
    pyCompile(mod, pyc);
    const hits = hostStats.pycHits;
    const spawns = hostStats.spawns;
    const second = loadModuleCode(mod);
    expect(hostStats.pycHits).toBe(hits + 1);
    expect(hostStats.spawns).toBe(spawns);
    expect(second.ok && Buffer.from(second.marshal).equals(fs.readFileSync(pyc).subarray(16))).toBe(true);

    // Source changed (size differs): the .pyc is stale.
    fs.writeFileSync(mod, "VALUE = 22\n");
    const third = loadModuleCode(mod);
    expect(hostStats.pycHits).toBe(hits + 1);
    expect(third.ok).toBe(true);
    if (third.ok) expect(JSON.stringify(readMarshal(third.marshal, descFactory))).toContain(`"v":"22"`);

    // Unchecked hash-based .pyc: trusted. Checked: recompiled (same code either way).
    pyCompile(mod, pyc, "UNCHECKED_HASH");
    loadModuleCode(mod);
    expect(hostStats.pycHits).toBe(hits + 2);
    pyCompile(mod, pyc, "CHECKED_HASH");
    expect(loadModuleCode(mod).ok).toBe(true);
    expect(hostStats.pycHits).toBe(hits + 2);

    // A .pyc path: its body after the header; a bad magic number is a MarshalError.
    const direct = loadModuleCode(pyc);
    expect(direct.ok && Buffer.from(direct.marshal).equals(fs.readFileSync(pyc).subarray(16))).toBe(true);
    const bad = path.join(dir, "bad.pyc");
    const data = fs.readFileSync(pyc);
    data[1] = 0x0c;
    fs.writeFileSync(bad, data);
    expect(() => loadModuleCode(bad)).toThrow(MarshalError);
    expect(() => loadModuleCode(bad)).toThrow(/bad magic number/);
  });

  it("reports syntax errors in module files", () => {
    const mod = path.join(tmp, "broken.py");
    const expected = scriptStderr(mod, "x = = 1\n");
    const r = loadModuleCode(mod);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(expected);
  });

  it("loads a stdlib module from its __pycache__", () => {
    const os_py = path.join(hostInfo().stdlibDirs[0]!, "os.py");
    if (!fs.existsSync(pycPathFor(os_py)!)) return;
    const hits = hostStats.pycHits;
    const r = loadModuleCode(os_py);
    expect(hostStats.pycHits).toBe(hits + 1);
    expect(r.ok).toBe(true);
    if (r.ok) expect((readMarshal(r.marshal, descFactory) as D)["name"]).toBe("<module>");
  });
});
