// Start-up: a warm run starts no CPython process (compile cache, __pycache__), a stale cache is
// never used, and the CLI bundle with its V8 code cache is used only when it is up to date.
// Counted through --stats-json's "startup" section, never by timing.
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadBundle, saveCodeCache, bundleStats } from "../../runtime/host/bundle-loader.js";
import { LATER_AFTER_MS } from "../../runtime/host/v8-flags.js";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const dir = mkdtempSync(join(tmpdir(), "hotpy-startup-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Startup {
  bundle?: boolean;
  codeCache?: string;
  cpythonProcesses: number;
  compileCacheHits: number;
  pycHits: number;
}

/** Runs FILE with its own cache folder; its stdout and the start-up statistics. */
function run(file: string, cache: string, env: Record<string, string> = {}): { out: string; startup: Startup } {
  const stats = join(dir, "stats.json");
  rmSync(stats, { force: true });
  const r = spawnSync(process.execPath, [CLI, "run", "--stats-json", stats, file], {
    encoding: "utf8",
    cwd: dir,
    env: { ...process.env, HOTPY_CACHE_DIR: cache, ...env },
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return { out: r.stdout, startup: JSON.parse(readFileSync(stats, "utf8")).startup as Startup };
}

function python(args: string[]) {
  const r = spawnSync(process.env.HOTPY_PYTHON ?? "python3.11", args, { encoding: "utf8", cwd: dir });
  expect(r.status).toBe(0);
}

describe("start-up caches", () => {
  it("starts no CPython process on a warm run, and never runs a stale compile", () => {
    const cache = join(dir, "cache-main");
    const prog = join(dir, "hello.py");
    writeFileSync(prog, 'print("hello")\n');
    const cold = run(prog, cache);
    expect(cold.out).toBe("hello\n");
    // the host's identity and the program: both asked of CPython once
    expect(cold.startup.cpythonProcesses).toBeGreaterThanOrEqual(1);
    const warm = run(prog, cache);
    expect(warm.out).toBe("hello\n");
    expect(warm.startup.cpythonProcesses).toBe(0);
    expect(warm.startup.compileCacheHits).toBe(1);

    // the same size and modification time, other text: the cache entry holds the source it was
    // made from, so it is not used
    const st = statSync(prog);
    writeFileSync(prog, 'print("hallo")\n');
    utimesSync(prog, st.atime, st.mtime);
    const edited = run(prog, cache);
    expect(edited.out).toBe("hallo\n");
    expect(edited.startup.cpythonProcesses).toBe(1);
    expect(edited.startup.compileCacheHits).toBe(0);
    expect(run(prog, cache).startup.cpythonProcesses).toBe(0);
  });

  it("uses a fresh __pycache__ .pyc without CPython, and not a stale one or another magic's", () => {
    const cache = join(dir, "cache-pyc");
    const pkg = join(dir, "lib");
    mkdirSync(pkg, { recursive: true });
    const mod = join(pkg, "mod_fresh.py");
    writeFileSync(mod, "VALUE = 'one'\n");
    python(["-m", "py_compile", mod]);
    const pyc = join(pkg, "__pycache__", "mod_fresh.cpython-311.pyc");
    const prog = join(dir, "use_mod.py");
    writeFileSync(prog, "import sys\nsys.path.insert(0, 'lib')\nimport mod_fresh\nprint(mod_fresh.VALUE)\n");
    run(prog, cache); // warms the host identity and the program's own compile
    const fresh = run(prog, cache);
    expect(fresh.out).toBe("one\n");
    expect(fresh.startup.cpythonProcesses).toBe(0);
    expect(fresh.startup.pycHits).toBeGreaterThanOrEqual(1);
    const pycHits = fresh.startup.pycHits;

    // source edited after the .pyc (size differs): the .pyc is stale, CPython compiles
    writeFileSync(mod, "VALUE = 'two!'\n");
    const stale = run(prog, cache);
    expect(stale.out).toBe("two!\n");
    expect(stale.startup.pycHits).toBe(pycHits - 1);
    expect(stale.startup.cpythonProcesses).toBe(1);

    // a .pyc of another CPython (magic number): not used either
    python(["-m", "py_compile", mod]);
    const bytes = readFileSync(pyc);
    bytes[0] ^= 0xff;
    writeFileSync(pyc, bytes);
    const other = run(prog, cache);
    expect(other.out).toBe("two!\n");
    expect(other.startup.pycHits).toBe(pycHits - 1);
  });

  it("loads the CLI bundle with a V8 code cache the second time, and the modules when asked", () => {
    const cache = join(dir, "cache-v8");
    const prog = join(dir, "bundle_hello.py");
    writeFileSync(prog, "print(6 * 7)\n");
    const first = run(prog, cache);
    expect(first.out).toBe("42\n");
    // `npm run build` makes the bundle; the test suite runs after it
    expect(first.startup.bundle).toBe(true);
    expect(first.startup.codeCache).toBe("none");
    const second = run(prog, cache);
    expect(second.startup.bundle).toBe(true);
    expect(second.startup.codeCache).toBe("accepted");
    const plain = run(prog, cache, { HOTPY_BUNDLE: "0" });
    expect(plain.out).toBe("42\n");
    expect(plain.startup.bundle).toBe(false);
  });

  it("keeps the code cache of a run that outlived the V8 budget switch usable by the next run", () => {
    // the command lowers V8's interrupt budget once the program has run LATER_AFTER_MS; V8
    // stamps a code cache with the flags, so one made under the later flags would be refused
    const cache = join(dir, "cache-v8-long");
    const long = join(dir, "bundle_long.py");
    writeFileSync(long, `import time\nt = time.monotonic()\nwhile time.monotonic() - t < ${(3 * LATER_AFTER_MS) / 1000}:\n    pass\nprint("done")\n`);
    const first = run(long, cache);
    expect(first.out).toBe("done\n");
    expect(first.startup.codeCache).toBe("none");
    const prog = join(dir, "bundle_after_long.py");
    writeFileSync(prog, "print(6 * 7)\n");
    expect(run(prog, cache).startup.codeCache).toBe("accepted");
  });
});

describe("code cache growth", () => {
  it("saves the code cache again after a long run that compiled more, and still accepts it", () => {
    const cache = join(dir, "cache-v8-grow");
    const hello = join(dir, "grow_hello.py");
    writeFileSync(hello, "print(6 * 7)\n");
    expect(run(hello, cache).startup.codeCache).toBe("none");
    const file = () => join(cache, readdirSync(cache).find((f) => f.startsWith("v8-cli-"))!);
    const small = statSync(file()).size;
    // a run past GROW_AFTER_MS that uses much of the VM a hello run does not
    const busy = join(dir, "grow_busy.py");
    writeFileSync(
      busy,
      "import json, re, dataclasses, collections, fractions, decimal, textwrap, time\n" +
        "@dataclasses.dataclass\nclass P:\n    x: int\n    y: fractions.Fraction\n" +
        "print(json.dumps([dataclasses.asdict(P(1, fractions.Fraction(1, 3)))], default=str), re.sub(r'(a)+', 'b', 'aaa'))\n" +
        "print(decimal.Decimal('1.10') * 3, textwrap.fill('x ' * 30, 20).count(chr(10)), collections.Counter('abca').most_common(1))\n" +
        "t = time.monotonic()\nwhile time.monotonic() - t < 0.6:\n    pass\n",
    );
    const r = run(busy, cache);
    expect(r.startup.codeCache).toBe("accepted");
    expect(statSync(file()).size).toBeGreaterThan(small * 1.05);
    const again = run(hello, cache);
    expect(again.out).toBe("42\n");
    expect(again.startup.codeCache).toBe("accepted");
  });

  it("leaves the code cache alone after a run that compiled nothing more", () => {
    // (whether or not the run lasted GROW_AFTER_MS: on a loaded machine even hello may)
    const cache = join(dir, "cache-v8-short");
    const hello = join(dir, "short_hello.py");
    writeFileSync(hello, "print(6 * 7)\n");
    run(hello, cache);
    const file = join(cache, readdirSync(cache).find((f) => f.startsWith("v8-cli-"))!);
    const before = statSync(file).mtimeMs;
    expect(run(hello, cache).out).toBe("42\n");
    expect(statSync(file).mtimeMs).toBe(before);
  });
});

describe("bundle loader", () => {
  /** A package root with one watched file (as tsc's build info) and a bundle, with its manifest. */
  function fakeBundle(name: string, body: string) {
    const root = join(dir, name);
    mkdirSync(join(root, "out"), { recursive: true });
    const input = join(root, "input.js");
    writeFileSync(input, "// rewritten by every rebuild of the bundle's inputs\n");
    const bundle = join(root, "out", "b.cjs");
    writeFileSync(bundle, body);
    const stamp = (rel: string) => {
      const st = statSync(join(root, rel));
      return [rel, st.size, st.mtimeMs];
    };
    writeFileSync(join(root, "out", "b.json"), JSON.stringify({ bundle: stamp("out/b.cjs"), encoding: "latin1", watch: [stamp("input.js")] }));
    return { root, input, bundle };
  }

  it("runs an up-to-date bundle, caches its code, and refuses a stale one", () => {
    process.env["HOTPY_CACHE_DIR"] = join(dir, "cache-loader");
    try {
      const b = fakeBundle("fake1", "exports.answer = function () { return 41 + 1; };\n");
      const m1 = loadBundle<{ answer(): number }>(b.root, b.bundle);
      expect(m1?.answer()).toBe(42);
      expect(bundleStats.codeCache).toBe("none");
      saveCodeCache();
      const m2 = loadBundle<{ answer(): number }>(b.root, b.bundle);
      expect(m2?.answer()).toBe(42);
      expect(bundleStats.codeCache).toBe("accepted");

      // rebuilt after bundling (tsc ran, the bundler did not): the bundle is stale
      writeFileSync(b.input, "// edited\n");
      expect(loadBundle(b.root, b.bundle)).toBeUndefined();
      // no build files at all (an installed package): nothing says it is stale
      rmSync(b.input);
      expect(loadBundle<{ answer(): number }>(b.root, b.bundle)?.answer()).toBe(42);
      // the bundle is not the one the manifest describes
      writeFileSync(b.bundle, "exports.answer = function () { return 41 + 1 + 0; };\n");
      expect(loadBundle(b.root, b.bundle)).toBeUndefined();

      // the bundle itself replaced by text of the same length: V8 checks only the length, so
      // the code cache (stamped with the bundle's size and mtime) must not be used for it
      const c = fakeBundle("fake2", "exports.answer = function () { return 41 + 1; };\n");
      loadBundle(c.root, c.bundle);
      saveCodeCache();
      const st = statSync(c.bundle);
      writeFileSync(c.bundle, "exports.answer = function () { return 40 + 3; };\n");
      utimesSync(c.bundle, st.atime, new Date(st.mtimeMs + 5000));
      const manifest = JSON.parse(readFileSync(join(c.root, "out", "b.json"), "utf8"));
      manifest.bundle = ["out/b.cjs", statSync(c.bundle).size, statSync(c.bundle).mtimeMs];
      writeFileSync(join(c.root, "out", "b.json"), JSON.stringify(manifest));
      const m3 = loadBundle<{ answer(): number }>(c.root, c.bundle);
      expect(m3?.answer()).toBe(43);
      expect(bundleStats.codeCache).toBe("none");

      process.env["HOTPY_BUNDLE"] = "0";
      expect(loadBundle(c.root, c.bundle)).toBeUndefined();
    } finally {
      delete process.env["HOTPY_BUNDLE"];
      delete process.env["HOTPY_CACHE_DIR"];
    }
  });
});
