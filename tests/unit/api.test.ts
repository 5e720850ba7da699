// The embedding API (runtime/api/): options, results, standard streams, separation of VMs,
// the sandbox and limits. Runs the built API (dist/) in this process, as an embedder would.
// Expected program outputs are CPython 3.11's where a program's own behaviour is checked.
import { afterAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(__dirname, "..", "..");
const PYTHON = process.env.HOTPY_PYTHON ?? "python3.11";
const api = (await import(pathToFileURL(join(ROOT, "dist", "runtime", "api", "index.js")).href)) as typeof import("../../runtime/api/index.js");
const { createVM, VM } = api;

const dir = mkdtempSync(join(tmpdir(), "hotpy-api-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = join(dir, name);
  mkdirSync(resolve(p, ".."), { recursive: true });
  writeFileSync(p, text);
  return p;
}
const cpython = (path: string, args: string[] = [], input = "") => execFileSync(PYTHON, [path, ...args], { encoding: "utf8", input });

describe("embedding API: running", () => {
  it("runs a file with argv, giving CPython's output and status", async () => {
    const p = file("argv.py", "import sys\nprint(sys.argv[1:], len(sys.argv))\nsys.exit(int(sys.argv[1]))\n");
    const r = await createVM().runFile(p, { argv: ["3", "b c"] });
    expect(r.stdout).toBe("['3', 'b c'] 3\n");
    expect(r.status).toBe(3);
    expect(r.exception).toBeNull();
    expect(r.stopped).toBeNull();
  });

  it("reports an uncaught exception: type, message, CPython's traceback", async () => {
    const p = file("exc.py", "class Bad(Exception):\n    pass\ndef f(x):\n    raise Bad(f'no {x}')\nf(42)\n");
    const r = await createVM().runFile(p);
    const py = execFileSync(PYTHON, ["-c", `import subprocess,sys; r=subprocess.run([sys.executable, ${JSON.stringify(p)}], capture_output=True, text=True); sys.stdout.write(r.stderr)`], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.exception).toEqual({ type: "Bad", message: "no 42", traceback: py });
    expect(r.stderr).toBe(py);
  });

  it("runs source text as python -c does", async () => {
    const r = await createVM().runSource("import sys\nprint(sys.path[0] == '', sys.argv)\nprint('__file__' in globals())\n", { argv: ["q"], filename: "snippet" });
    expect(r.stdout).toBe("True ['snippet', 'q']\nFalse\n");
    const bad = await createVM().runSource("x = (1,\n");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("SyntaxError");
  });

  it("takes the pipeline, hot threshold and trace-cache bounds, and returns stats", async () => {
    const loop = "t = 0\nfor i in range(2000):\n    t += i % 7\nprint(t)\n";
    const expected = execFileSync(PYTHON, ["-c", loop], { encoding: "utf8" });
    const base = await createVM({ pipeline: "base" }).runSource(loop);
    expect(base.stdout).toBe(expected);
    expect(base.stats!.pipeline).toBe("base");
    expect(base.stats!.instructions.trace).toBe(0);
    const thin = await createVM({ pipeline: "thin", hot: 1 }).runSource(loop);
    expect(thin.stdout).toBe(expected);
    expect(thin.stats!.hot).toBe(1);
    expect(thin.stats!.traces.recorded).toBeGreaterThan(0);
    expect(thin.stats!.instructions.trace).toBeGreaterThan(0);
    // two loops, room for one trace: the other is evicted
    const two = "for j in range(3):\n    for i in range(300): pass\n    for k in range(300): pass\n";
    const small = await createVM({ hot: 1, traceCacheSize: 1 }).runSource(two);
    expect(small.stats!.traces.evicted).toBeGreaterThan(0);
    const roomy = await createVM({ hot: 1 }).runSource(two);
    expect(roomy.stats!.traces.evicted).toBe(0);
    expect(() => createVM({ pipeline: "warp" as never })).toThrow(/unknown pipeline 'warp'/);
    expect(() => new VM({ hot: 0 })).toThrow(/hot/);
  });

  it("hands print output to the callback as it is written, before the run ends", async () => {
    const seen: { text: string; at: number }[] = [];
    const t0 = performance.now();
    const r = await createVM({ stdout: (text) => seen.push({ text, at: performance.now() - t0 }) }).runSource(
      "import time\nprint('first')\ntime.sleep(1.0)\nprint('second', end='')\n",
    );
    const end = performance.now() - t0;
    expect(seen.map((s) => s.text).join("")).toBe("first\nsecond");
    expect(seen[0].text).toBe("first\n");
    // 'first' arrived a second before the run ended; 'second' (no newline) when it was flushed
    expect(end - seen[0].at).toBeGreaterThan(800);
    expect(r.stdout).toBe("");
  });

  it("decodes UTF-8 split across writes, and sends stderr to its own callback", async () => {
    let out = "";
    let err = "";
    const r = await createVM({ stdout: (t) => (out += t), stderr: (t) => (err += t) }).runSource(
      "import sys, os\nb = 'é𝄞'.encode()\nfor i in range(len(b)):\n    os.write(1, b[i:i+1])\nprint('!', file=sys.stderr)\n",
    );
    expect(out).toBe("é𝄞");
    expect(err).toBe("!\n");
    expect(r.status).toBe(0);
  });

  it("reads stdin from a string, or from a function asked at each read", async () => {
    const p = file("echo.py", "import sys\nname = input('name? ')\nprint('hi', name)\nprint(sorted(sys.stdin.read().split()))\n");
    const text = "ada\nz y x\n";
    const r = await createVM({ stdin: text }).runFile(p);
    expect(r.stdout).toBe(cpython(p, [], text));
    const chunks = ["ada\n", "z y", " x\n"];
    let asked = 0;
    const r2 = await createVM({
      stdin: async () => {
        asked++;
        await new Promise((ok) => setTimeout(ok, 20));
        return chunks.shift() ?? null;
      },
    }).runFile(p);
    expect(r2.stdout).toBe(cpython(p, [], text));
    expect(asked).toBeGreaterThanOrEqual(4);
    const none = await createVM().runSource("import sys\nprint(repr(sys.stdin.read()))\ntry:\n    input()\nexcept EOFError as e:\n    print('EOF', e)\n");
    expect(none.stdout).toBe("''\nEOF EOF when reading a line\n");
  });

  it("keeps two VMs (and two runs) apart: modules, sys, trace caches", async () => {
    const prog = (tag: string) =>
      `import sys, json\nprint(hasattr(sys, 'tag'), 'mod' in sys.modules)\nsys.tag = '${tag}'\nsys.modules['mod'] = sys\njson.marker = '${tag}'\nt = 0\nfor i in range(500):\n    t += i\nimport time\ntime.sleep(0.3)\nprint(sys.tag, json.marker, t)\n`;
    const a = createVM({ hot: 1 });
    const b = createVM({ hot: 1 });
    const [ra, rb, ra2] = await Promise.all([a.runSource(prog("A")), b.runSource(prog("B")), a.runSource(prog("C"))]);
    expect(ra.stdout).toBe("False False\nA A 124750\n");
    expect(rb.stdout).toBe("False False\nB B 124750\n");
    expect(ra2.stdout).toBe("False False\nC C 124750\n");
    // each recorded its own traces: none found another's in a shared cache
    expect(ra.stats!.traces.recorded).toBe(rb.stats!.traces.recorded);
    expect(ra.stats!.traces.recorded).toBeGreaterThan(0);
  });
});

describe("embedding API: limits", () => {
  it("stops a run past its time limit; the embedding process goes on", async () => {
    const out: string[] = [];
    const t0 = performance.now();
    const r = await createVM({ limits: { timeMs: 1500 }, stdout: (t) => out.push(t) }).runSource("print('started')\nwhile True:\n    pass\n");
    const ms = performance.now() - t0;
    expect(r.stopped?.reason).toBe("time-limit");
    expect(r.stopped?.message).toMatch(/time limit of 1500 ms/);
    expect(r.status).toBeNull();
    expect(out.join("")).toBe("started\n");
    expect(ms).toBeLessThan(10_000);
    const after = await createVM().runSource("print('still here')");
    expect(after.stdout).toBe("still here\n");
  });

  it("stops a memory bomb at its memory limit; the embedding process goes on", async () => {
    const r = await createVM({ limits: { memoryMb: 256 } }).runSource("x = []\nwhile True:\n    x.append([0] * 100000)\n");
    expect(r.stopped?.reason).toBe("memory-limit");
    expect(r.stopped?.message).toMatch(/memory limit of 256 MB/);
    expect(r.status).toBeNull();
    const after = await createVM({ limits: { memoryMb: 256 } }).runSource("x = [0] * 100000\nprint(len(x))");
    expect(after.stdout).toBe("100000\n");
  });
});

describe("embedding API: sandbox", () => {
  const outside = join(dir, "outside");
  const granted = join(dir, "granted");
  const scratch = join(dir, "scratch");
  mkdirSync(outside, { recursive: true });
  mkdirSync(granted, { recursive: true });
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(outside, "secret.txt"), "secret\n");
  writeFileSync(join(outside, "mod.py"), "X = 1\n");
  writeFileSync(join(granted, "in.txt"), "data\n");
  symlinkSync(join(outside, "secret.txt"), join(scratch, "link"));
  const sandbox = { read: [granted], write: [scratch], env: { GRANTED: "yes", TMPDIR: scratch } };

  /** Runs each Python expression in one sandboxed run: "OK repr" or "ExcType: message" each. */
  async function attempts(bodies: string[], opts = sandbox): Promise<string[]> {
    const src = bodies.map((b) => `try:\n    r = ${b}\n    print('OK', repr(r))\nexcept BaseException as e:\n    print(type(e).__name__ + ':', e)\n`).join("");
    const r = await createVM({ sandbox: opts }).runSource(`import os, sys, socket\n${src}`);
    expect(r.stderr).toBe("");
    return r.stdout.trim().split("\n");
  }
  const q = (p: string) => JSON.stringify(p);

  it("denies reading outside the granted paths, and allows the granted", async () => {
    const r = await attempts([
      `open(${q(join(outside, "secret.txt"))}).read()`,
      `os.listdir(${q(outside)})`,
      `os.listdir()`,
      `os.stat(${q(join(outside, "secret.txt"))})`,
      `open(${q(join(granted, "in.txt"))}).read()`,
      // a link inside a granted folder does not lead out of it
      `open(${q(join(scratch, "link"))}).read()`,
      // the standard library is readable: imports work
      `__import__('json').dumps({'a': [1]})`,
    ]);
    expect(r[0]).toMatch(/^PermissionError: \[Errno 13\] .*no read access.*secret\.txt'$/);
    for (const i of [1, 2, 3, 5]) expect(r[i]).toMatch(/^PermissionError: /);
    expect(r[4]).toBe("OK 'data\\n'");
    expect(r[6]).toBe(`OK '{"a": [1]}'`);
  });

  it("denies writing outside the granted folder and leaves the host untouched", async () => {
    const target = join(outside, "new.txt");
    const r = await attempts([
      `open(${q(target)}, 'w')`,
      `open(${q(join(granted, "x.txt"))}, 'a')`,
      `os.remove(${q(join(outside, "secret.txt"))})`,
      `os.rename(${q(join(outside, "secret.txt"))}, ${q(join(scratch, "stolen"))})`,
      `os.mkdir(${q(join(outside, "d"))})`,
      // the granted folder is writable, and tempfile uses it through TMPDIR
      `(open(${q(join(scratch, "w.txt"))}, 'w').write('hey'), open(${q(join(scratch, "w.txt"))}).read())`,
      `__import__('tempfile').mkstemp()[1].startswith(${q(scratch)})`,
    ]);
    expect(r[0]).toMatch(/^PermissionError: \[Errno 13\] .*no write access/);
    for (const i of [1, 2, 3, 4]) expect(r[i]).toMatch(/^PermissionError: /);
    expect(r.slice(5)).toEqual(["OK (3, 'hey')", "OK True"]);
    expect(existsSync(target)).toBe(false);
    expect(readFileSync(join(outside, "secret.txt"), "utf8")).toBe("secret\n");
    expect(existsSync(join(outside, "d"))).toBe(false);
    expect(existsSync(join(scratch, "stolen"))).toBe(false);
  });

  it("gives each run a fresh temporary folder with tempDir, removed afterwards", async () => {
    const r = await createVM({ sandbox: { tempDir: true } }).runSource(
      "import os, tempfile\nd = tempfile.gettempdir()\nprint(d == os.environ['TMPDIR'])\nwith tempfile.NamedTemporaryFile('w', delete=False) as f:\n    f.write('x')\nprint(open(f.name).read(), os.path.dirname(f.name) == d)\nprint(d)\n",
    );
    const [same, content, dirLine] = r.stdout.split("\n");
    expect([same, content]).toEqual(["True", "x True"]);
    expect(existsSync(dirLine)).toBe(false);
  });

  it("shows only the granted environment", async () => {
    process.env.HOTPY_API_TEST_SECRET = "host-secret";
    try {
      const r = await attempts([`sorted(os.environ.items())`, `os.environ.get('HOTPY_API_TEST_SECRET')`, `(os.putenv('X', '1'), os.environ.setdefault('Y', '2'))`]);
      expect(r).toEqual([`OK [('GRANTED', 'yes'), ('TMPDIR', '${scratch}')]`, "OK None", "OK (None, '2')"]);
      expect(process.env.X).toBeUndefined();
      expect(process.env.Y).toBeUndefined();
    } finally {
      delete process.env.HOTPY_API_TEST_SECRET;
    }
  });

  it("denies os.system, subprocess and sockets", async () => {
    const marker = join(outside, "spawned");
    const r = await attempts([
      `os.system('touch ${marker}')`,
      `__import__('subprocess').run(['touch', ${q(marker)}])`,
      `socket.socket()`,
      `socket.create_connection(('127.0.0.1', 9))`,
    ]);
    expect(r[0]).toMatch(/^PermissionError: \[Errno 1\] .*os\.system: starting processes is not granted/);
    expect(r[1]).toMatch(/^PermissionError: .*subprocess/);
    expect(r[2]).toMatch(/^PermissionError: .*network access is not granted/);
    expect(r[3]).toMatch(/^PermissionError: /);
    expect(existsSync(marker)).toBe(false);
    // granted: os.system runs, its output handed to the embedder's stdout
    const g = await createVM({ sandbox: { spawn: true } }).runSource("import os\nprint(os.system('echo from-shell; exit 3') >> 8)\n");
    expect(g.stdout).toBe("from-shell\n3\n");
  });

  it("hides the host's descriptors and folders it may not read from imports", async () => {
    const fd = openSync(join(outside, "secret.txt"), "r");
    try {
      const r = await attempts([`os.read(${fd}, 10)`, `os.fstat(${fd})`, `(sys.path.insert(0, ${q(outside)}), __import__('mod'))`]);
      expect(r).toEqual(["OSError: [Errno 9] Bad file descriptor", "OSError: [Errno 9] Bad file descriptor", "ModuleNotFoundError: No module named 'mod'"]);
    } finally {
      closeSync(fd);
    }
    const withRead = { ...sandbox, read: [granted, outside] };
    expect(await attempts([`(sys.path.insert(0, ${q(outside)}), __import__('mod').X)[1]`], withRead)).toEqual(["OK 1"]);
  });

  it("is off with sandbox: false (the host as the CLI has it)", async () => {
    const r = await createVM({ sandbox: false }).runSource(`print(open(${JSON.stringify(join(outside, "secret.txt"))}).read(), end='')\nimport os\nprint('PATH' in os.environ)\n`);
    expect(r.stdout).toBe("secret\nTrue\n");
  });
});
