import { describe, it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MarshalError, pycHeaderInfo, readMarshal, readPyc } from "../../runtime/loader/marshal.js";
import type { MarshalFactory, RawCode } from "../../runtime/loader/marshal-types.js";
import { canon, type D, DESC_PY, descFactory, fromHex, runPy, SAMPLE_SOURCE } from "./loader-helpers.js";

/** Values marshalled by CPython (each with every marshal version 0..4). */
const VALUES_PY = String.raw`
big = 2**64 + 1
s_shared = "not interned, shared " * 3
t_shared = (1, "x", 2.5)
def make_closure():
    a = 1
    def f(b):
        def g():
            return a + b
        return g
    return f
values = [
    None, True, False, ..., StopIteration,
    0, 1, -1, 2**15 - 1, 2**15, 2**30, -2**31, 2**31 - 1, 2**31, -2**31 - 1,
    2**45 - 1, 2**45, 2**53 - 1, -(2**53 - 1), 2**53, -(2**53), 2**53 + 1, 2**60, 2**63 - 1, -2**63,
    big, -big, 2**64, 10**50, -(10**50) - 7, 2**1000 + 12345, -(3**300),
    0.0, -0.0, 1.5, -2.25, 0.1, float("nan"), float("inf"), float("-inf"), 1e308, 5e-324, 2.0**-1074,
    1j, 1 + 2j, complex(-0.0, float("inf")), complex(float("nan"), -1.5),
    "", "a", "abc", "a" * 255, "b" * 256, "x" * 70000, "h\u00e9llo", "\u65e5\u672c\u8a9e",
    "\U0001F600 emoji \U0010FFFF", "\ud800", "a\udc80b", "\udfff\ud800", "\x00\x80\xff", "\ufeffbom",
    "\u00e9" * 5000,
    b"", b"\x00\xff" * 200, bytes(range(256)),
    (), (1,), tuple(range(300)), ((1, 2), (3, (4, frozenset({5, 6})))), ("x", ("y", ("z",))),
    [], [1, [2, [3, []]]], {}, {"a": 1, 2: (3,), (4, 5): [6]}, set(), {1, 2, 3}, frozenset(),
    frozenset({"x", (1, 2), frozenset({3})}), {frozenset(): frozenset({()})},
    [s_shared, s_shared, (s_shared, s_shared)], [t_shared, t_shared, [t_shared]], [big, big, -big],
    [1.5, 1.5], [b"shared bytes", b"shared bytes"], [frozenset({1}), frozenset({1})],
    make_closure.__code__, make_closure().__code__, make_closure()(2).__code__,
    compile(SAMPLE, "sample.py", "exec"), compile("1 + 2", "<eval>", "eval"),
    compile("for i in range(3):\n    print(i)\n", "<stdin>", "single"),
]
`;

interface Case {
  index: number;
  version: number;
  data: string;
  desc: D;
}

let cases: Case[] = [];

beforeAll(() => {
  const out = runPy(
    DESC_PY +
      "SAMPLE = sys.stdin.read()\n" +
      VALUES_PY +
      String.raw`
res = []
for i, v in enumerate(values):
    for ver in range(5):
        data = marshal.dumps(v, ver)
        res.append({"index": i, "version": ver, "data": data.hex(), "desc": desc(marshal.loads(data))})
json.dump(res, sys.stdout)
`,
    SAMPLE_SOURCE,
  );
  cases = JSON.parse(out) as Case[];
}, 120000);

describe("readMarshal against CPython 3.11's marshal.loads", () => {
  it("has the cases", () => {
    expect(cases.length).toBeGreaterThan(400);
  });

  it("decodes every value, every marshal version, as CPython does", () => {
    let n = 0;
    for (const c of cases) {
      const ours = readMarshal(fromHex(c.data), descFactory);
      expect(canon(ours), `value #${c.index} version ${c.version}`).toEqual(canon(c.desc));
      n++;
    }
    expect(n).toBe(cases.length);
  });

  it("gives safe integers as numbers and larger ones as bigints", () => {
    const got: (number | bigint)[] = [];
    const f: MarshalFactory<unknown> = { ...descFactory, int: (n) => (got.push(n), n) } as MarshalFactory<unknown>;
    const data = runPy(
      `import marshal,sys; sys.stdout.write(marshal.dumps([2**53-1, -(2**53-1), 2**53, -(2**53), 2**64+1, 0, -5, 2**31]).hex())`,
    );
    readMarshal(fromHex(data), f);
    expect(got).toEqual([2 ** 53 - 1, -(2 ** 53 - 1), 2n ** 53n, -(2n ** 53n), 2n ** 64n + 1n, 0, -5, 2 ** 31]);
  });

  it("keeps -0.0, nan and infinities", () => {
    const got: number[] = [];
    const f = { ...descFactory, float: (x: number) => (got.push(x), descFactory.float(x)) };
    for (const ver of [1, 4]) {
      got.length = 0;
      const data = runPy(`import marshal,sys; sys.stdout.write(marshal.dumps([-0.0, float('nan'), float('inf'), -float('inf'), 0.1], ${ver}).hex())`);
      readMarshal(fromHex(data), f);
      expect(Object.is(got[0], -0)).toBe(true);
      expect(Number.isNaN(got[1])).toBe(true);
      expect(got.slice(2)).toEqual([Infinity, -Infinity, 0.1]);
    }
  });

  it("decodes lone surrogates and non-BMP characters into JS strings", () => {
    const got: string[] = [];
    const f = { ...descFactory, str: (s: string) => (got.push(s), descFactory.str(s)) };
    const data = runPy(`import marshal,sys; sys.stdout.write(marshal.dumps(["\\ud800", "a\\udc80b", "\\U0001F600", "\\ufeffx"]).hex())`);
    readMarshal(fromHex(data), f);
    expect(got).toEqual(["\ud800", "a\udc80b", "\u{1F600}", "\ufeffx"]);
  });

  it("hands code objects' names, kinds and bytes over as raw fields", () => {
    const data = runPy(
      `import marshal,sys
def f(a, *, k):
    c = 1
    def g(): return c + a
    return g
sys.stdout.write(marshal.dumps(f.__code__).hex())`,
    );
    let raw: RawCode<D> | undefined;
    const f = { ...descFactory, code: (r: RawCode<D>) => ((raw = r), descFactory.code(r)) };
    readMarshal(fromHex(data), f);
    expect(raw!.name).toBe("f");
    expect(raw!.qualname).toBe("f");
    expect(raw!.argcount).toBe(1);
    expect(raw!.kwonlyargcount).toBe(1);
    expect(raw!.localsplusnames).toEqual(["a", "k", "g", "c"]);
    // a: argument and cell (LOCAL|CELL); k: LOCAL; g: LOCAL; c: CELL
    expect(Array.from(raw!.localspluskinds)).toEqual([0x60, 0x20, 0x20, 0x40]);
    expect(raw!.code.length % 2).toBe(0);
    expect(raw!.code.byteOffset % 8).toBe(0);
  });
});

describe("back-references", () => {
  it("resolves FLAG_REF/TYPE_REF with CPython's slot numbering", () => {
    // A list (ref 0) holding a tuple (ref 1) whose items are a str (ref 2) and r2; then r1.
    // [ ( "s", r2 ), r1 ]  ->  [("s","s"), ("s","s")]
    const bytes = [0xdb, 2, 0, 0, 0, 0xa9, 2, 0xfa, 1, 0x73, 0x72, 2, 0, 0, 0, 0x72, 1, 0, 0, 0];
    const expected = runPy(DESC_PY + `import sys; json.dump(desc(marshal.loads(bytes.fromhex(sys.stdin.read()))), sys.stdout)`, Buffer.from(bytes).toString("hex"));
    expect(readMarshal(Uint8Array.from(bytes), descFactory)).toEqual(JSON.parse(expected));
  });

  it("ignores FLAG_REF on singletons (no slot taken), as CPython does", () => {
    // [None|FLAG, 5|FLAG, r0 ...]: None takes no slot, so r1 is the int 5
    const bytes = [0xdb, 3, 0, 0, 0, 0xce, 0xe9, 5, 0, 0, 0, 0x72, 1, 0, 0, 0];
    const expected = runPy(DESC_PY + `import sys; json.dump(desc(marshal.loads(bytes.fromhex(sys.stdin.read()))), sys.stdout)`, Buffer.from(bytes).toString("hex"));
    expect(readMarshal(Uint8Array.from(bytes), descFactory)).toEqual(JSON.parse(expected));
  });

  it("rejects references to unknown slots and to unfinished code objects", () => {
    expect(() => readMarshal(Uint8Array.from([0x72, 0, 0, 0, 0]), descFactory)).toThrow(MarshalError);
    expect(() => readMarshal(Uint8Array.from([0x72, 0xff, 0xff, 0xff, 0xff]), descFactory)).toThrow(/invalid reference/);
    // A code object (FLAG_REF, slot 0) whose co_code field is a reference to itself.
    const code = [0xe3, ...new Array(20).fill(0), 0x72, 0, 0, 0, 0];
    expect(() => readMarshal(Uint8Array.from(code), descFactory)).toThrow(/invalid reference/);
  });
});

describe("corrupt and truncated data", () => {
  /** CPython's verdict on each blob: null when loads succeeds, else the exception name. */
  function cpythonVerdicts(blobs: Uint8Array[]): (string | null)[] {
    const out = runPy(
      `import marshal, sys, json
res = []
for line in sys.stdin.read().split():
    try:
        marshal.loads(bytes.fromhex(line))
        res.append(None)
    except Exception as e:
        res.append(type(e).__name__)
json.dump(res, sys.stdout)`,
      blobs.map((b) => Buffer.from(b).toString("hex") || "00").join("\n"),
    );
    return JSON.parse(out) as (string | null)[];
  }

  function ours(b: Uint8Array): string | null {
    try {
      readMarshal(b, descFactory);
      return null;
    } catch (e) {
      if (!(e instanceof MarshalError)) throw e;
      expect(e.message).not.toContain("\n");
      return e.kind;
    }
  }

  it("throws MarshalError (EOFError kind, like CPython) for every truncation of a code object", () => {
    const data = fromHex(runPy(`import marshal,sys; sys.stdout.write(marshal.dumps(compile(sys.stdin.read(), "s.py", "exec")).hex())`, SAMPLE_SOURCE));
    const blobs: Uint8Array[] = [];
    for (let n = 1; n < data.length; n++) blobs.push(data.subarray(0, n));
    const verdicts = cpythonVerdicts(blobs);
    for (let i = 0; i < blobs.length; i++) {
      expect(ours(blobs[i]!), `prefix of ${i + 1} bytes`).toBe(verdicts[i]);
    }
    expect(() => readMarshal(new Uint8Array(0), descFactory)).toThrow(/EOF read where object expected/);
  });

  it("reports the same error class as CPython for hand-made bad data", () => {
    const blobs = [
      [0x5a], // 'Z' short ascii, missing length
      [0x7f], // unknown type code
      [0x3f], // TYPE_UNKNOWN
      [0x30], // NULL at top level -> TypeError
      [0x29, 1, 0x30], // NULL inside a tuple -> TypeError
      [0x5b, 1, 0, 0, 0, 0x30], // NULL inside a list
      [0x3c, 1, 0, 0, 0, 0x30], // NULL inside a set
      [0x6c, 1, 0, 0, 0, 0, 0], // unnormalized long (top digit 0)
      [0x6c, 1, 0, 0, 0, 0, 0x80], // digit out of range
      [0x6c, 0xff, 0xff, 0xff, 0xff, 5, 0], // -5 (size -1)
      [0x6c, 0, 0, 0, 0x80], // size -2**31: out of range
      [0x28, 0xff, 0xff, 0xff, 0xff], // negative tuple size
      [0x73, 0xff, 0xff, 0xff, 0xff], // negative bytes size
      [0x61, 0xfe, 0xff, 0xff, 0xff], // negative str size
      [0x75, 2, 0, 0, 0, 0xc3, 0x28], // invalid UTF-8 -> UnicodeDecodeError (a ValueError)
      [0x75, 3, 0, 0, 0, 0xe0, 0x80, 0x80], // overlong
      [0x75, 4, 0, 0, 0, 0xf4, 0x90, 0x80, 0x80], // > U+10FFFF
      [0x75, 3, 0, 0, 0, 0xed, 0xa0, 0x80], // surrogatepass: fine
      [0x66, 3, 0x31, 0x2e, 0x35], // text float "1.5"
      [0x66, 3, 0x61, 0x62, 0x63], // text float "abc" -> ValueError
      [0x66, 4, 0x2d, 0x69, 0x6e, 0x66], // "-inf"
      [0x49, 1, 2, 3, 4, 5, 6, 7, 0x80], // TYPE_INT64
      [0x7b, 0x4e, 0x4e], // dict without terminator -> EOF
      [0x7b, 0x4e, 0x30], // dict whose value is NULL: ends the dict
      [0x7b, 0xe9, 1, 0, 0, 0, 0x72, 0, 0, 0, 0, 0x30], // {1: 1} via a ref
      [0x4e, 0x4e], // trailing data is ignored
    ].map((b) => Uint8Array.from(b));
    const verdicts = cpythonVerdicts(blobs).map((v) => (v === "UnicodeDecodeError" ? "ValueError" : v));
    expect(blobs.map(ours)).toEqual(verdicts);
  });

  it("limits nesting depth like CPython (ValueError, not a JS stack overflow)", () => {
    const deep = new Uint8Array(5 * 3000 + 1);
    for (let i = 0; i < 3000; i++) deep.set([0x5b, 1, 0, 0, 0], 5 * i);
    deep[5 * 3000] = 0x4e;
    expect(cpythonVerdicts([deep])).toEqual(["ValueError"]);
    expect(ours(deep)).toBe("ValueError");
    expect(() => readMarshal(deep, descFactory)).toThrow(/recursion limit exceeded/);
  });

  it("never throws anything but MarshalError on random corruption", () => {
    const data = fromHex(runPy(`import marshal,sys; sys.stdout.write(marshal.dumps(compile(sys.stdin.read(), "s.py", "exec")).hex())`, SAMPLE_SOURCE));
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed);
    const blobs: Uint8Array[] = [];
    for (let i = 0; i < 1500; i++) {
      const b = data.slice();
      const flips = 1 + (rnd() % 3);
      for (let j = 0; j < flips; j++) b[rnd() % b.length] = rnd() & 0xff;
      blobs.push(b);
    }
    const verdicts = cpythonVerdicts(blobs);
    let agree = 0;
    for (let i = 0; i < blobs.length; i++) {
      const v = ours(blobs[i]!); // throws if a non-MarshalError escapes
      if ((v === null) === (verdicts[i] === null)) agree++;
    }
    // Accept/reject agrees with CPython except where CPython checks what the reader can't
    // (e.g. unhashable dict keys built from corrupted data).
    expect(agree / blobs.length).toBeGreaterThan(0.97);
  });

  it("MarshalError message is one line with an offset", () => {
    try {
      readMarshal(Uint8Array.from([0x5a]), descFactory);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MarshalError);
      expect((e as MarshalError).kind).toBe("EOFError");
      expect((e as Error).message).toBe("EOF read where object expected (offset 1)");
    }
    expect(() => readMarshal(Uint8Array.from([0x5b, 1, 0, 0, 0, 0x01]), descFactory)).toThrow(
      "bad marshal data (unknown type code 0x01 at offset 5)",
    );
  });
});

describe("readPyc / pycHeaderInfo", () => {
  let dir = "";
  let info: { path: string; flags: number; mtime: number; size: number; desc: D }[] = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "hotpy-pyc-test-"));
    fs.writeFileSync(path.join(dir, "mod.py"), SAMPLE_SOURCE);
    const out = runPy(
      DESC_PY +
        String.raw`
import py_compile, importlib.util, os, sys, json
d = sys.stdin.read()
src = os.path.join(d, "mod.py")
res = []
for mode, name in ((py_compile.PycInvalidationMode.TIMESTAMP, "ts.pyc"),
                   (py_compile.PycInvalidationMode.CHECKED_HASH, "ch.pyc"),
                   (py_compile.PycInvalidationMode.UNCHECKED_HASH, "uh.pyc")):
    out = os.path.join(d, name)
    py_compile.compile(src, cfile=out, doraise=True, invalidation_mode=mode)
    data = open(out, "rb").read()
    st = os.stat(src)
    res.append({"path": out, "flags": int.from_bytes(data[4:8], "little"),
        "mtime": int.from_bytes(data[8:12], "little"), "size": int.from_bytes(data[12:16], "little"),
        "desc": desc(marshal.loads(data[16:]))})
json.dump(res, sys.stdout)
`,
      dir,
    );
    info = JSON.parse(out);
  }, 60000);

  it("reads timestamp and hash-based .pyc files as CPython does", () => {
    expect(info.map((i) => i.flags)).toEqual([0, 3, 1]);
    for (const i of info) {
      const data = fs.readFileSync(i.path);
      expect(canon(readPyc(data, descFactory))).toEqual(canon(i.desc));
      const h = pycHeaderInfo(data);
      expect(h).toEqual({ magicOk: true, flags: i.flags, mtime: i.mtime, sourceSize: i.size });
    }
    const st = fs.statSync(path.join(dir, "mod.py"));
    expect(info[0]!.size).toBe(st.size);
    expect(info[0]!.mtime).toBe(Math.trunc(st.mtimeMs / 1000));
  });

  it("rejects a bad magic number and short files", () => {
    const data = new Uint8Array(fs.readFileSync(info[0]!.path));
    const bad = data.slice();
    bad[0] = 0xa6; // 3494
    expect(() => readPyc(bad, descFactory)).toThrow(MarshalError);
    expect(() => readPyc(bad, descFactory)).toThrow(/bad magic number/);
    expect(pycHeaderInfo(bad).magicOk).toBe(false);
    expect(() => readPyc(data.subarray(0, 10), descFactory)).toThrow(MarshalError);
    expect(() => readPyc(new Uint8Array(0), descFactory)).toThrow(/bad magic number/);
    expect(pycHeaderInfo(data.subarray(0, 10))).toEqual({ magicOk: false, flags: 0, mtime: 0, sourceSize: 0 });
    expect(() => readPyc(data.subarray(0, 20), descFactory)).toThrow(MarshalError);
  });

  it("reads the host's whole stdlib __pycache__ quickly", () => {
    const stdlib = runPy(`import sysconfig; print(sysconfig.get_paths()["stdlib"])`).trim();
    const pycDir = path.join(stdlib, "__pycache__");
    if (!fs.existsSync(pycDir)) return;
    const files = fs.readdirSync(pycDir).filter((f) => f.endsWith(".cpython-311.pyc"));
    const bufs = files.map((f) => fs.readFileSync(path.join(pycDir, f)));
    const plain: MarshalFactory<unknown> = {
      none: () => null,
      bool: (b) => b,
      ellipsis: () => "...",
      stopIteration: () => "StopIteration",
      int: (n) => n,
      float: (x) => x,
      complex: (re, im) => [re, im],
      str: (s) => s,
      bytes: (b) => b,
      tuple: (i) => i,
      list: (i) => i,
      dict: (p) => p,
      set: (i) => i,
      frozenset: (i) => i,
      code: (r) => r,
      asString: (v) => v as string,
    };
    const t0 = performance.now();
    let bytes = 0;
    for (const b of bufs) {
      readPyc(b, plain);
      bytes += b.length;
    }
    const ms = performance.now() - t0;
    // ~1 ms per MB on a laptop; be generous for loaded CI machines.
    expect(ms).toBeLessThan(Math.max(2000, (bytes / 1e6) * 100));
  });
});
