// Unit tests of the small built-in modules (_random, _struct, binascii, _bisect, _heapq, errno,
// _string, _weakref): each module's init runs on a fresh module object and its functions are
// called directly; expected values come from python3.11 (one run for all cases).
import { describe, it, expect } from "vitest";
import "../../runtime/objects/numbers.js";
import "../../runtime/objects/str.js";
import "../../runtime/objects/containers.js";
import "../../runtime/objects/misc-types.js";
import "../../runtime/objects/exception-methods.js";
import "../../runtime/objects/typeobj.js";
import {
  None,
  PyBaseException,
  PyBuiltinFunction,
  PyByteArray,
  PyBytes,
  PyFloat,
  PyList,
  PyModule,
  PyNativeIterator,
  PyObject,
  PyTuple,
  PyDict,
  PyInstance,
  PyType,
} from "../../runtime/objects/core.js";
import { call, iterNext, getIter, getAttr, setAttr, delAttr, hash, eq, typeOf } from "../../runtime/objects/protocol.js";
import { intNeg } from "../../runtime/objects/int.js";
import { newClass } from "../../runtime/objects/typeobj.js";
import { typeType } from "../../runtime/objects/core.js";
import { hexOf, pyInt, python, Rng } from "./text-oracle.js";

// the modules register themselves on import; their init functions are looked up by name
import "../../runtime/modules/index.js";
import * as imports from "../../runtime/interp/imports.js";
const { builtinModuleNames } = imports;

// ---------------------------------------------------------------------------------------------
// Helpers

/** A fresh instance of a builtin module (its registered init run on a new module object). */
function load(name: string): PyModule {
  expect(builtinModuleNames()).toContain(name);
  imports.modules.map.delete(name);
  const m = imports.importModule(name) as PyModule;
  imports.modules.map.delete(name);
  return m;
}

function fn(m: PyModule, name: string): (...args: PyObject[]) => PyObject {
  const f = m.dict.map.get(name);
  if (f === undefined) throw new Error(`${m.name}.${name} missing`);
  return (...args) => call(f, args);
}
function fnKw(m: PyModule, name: string): (args: PyObject[], kw: Record<string, PyObject>) => PyObject {
  const f = m.dict.map.get(name)!;
  return (args, kw) => {
    const names = Object.keys(kw);
    return call(f, [...args, ...names.map((n) => kw[n])], names.length ? names : null);
  };
}

type Tagged = [string, ...unknown[]];
type Outcome = { ok: unknown } | { err: [string, string] };

const hexBytes = (b: Uint8Array) => Buffer.from(b).toString("hex");
const fromHex = (h: string) => new Uint8Array(Buffer.from(h, "hex"));

/** Python values as tagged JSON (the oracle's E() below produces the same). */
function enc(v: PyObject): unknown {
  if (typeof v === "boolean") return ["t", v];
  if (typeof v === "number" || typeof v === "bigint") return ["i", pyInt(v)];
  if (typeof v === "string") return ["s", v];
  if (v === None) return ["n"];
  if (v instanceof PyFloat) return ["f", hexOf(v.value)];
  if (v instanceof PyBytes) return ["b", hexBytes(v.bytes)];
  if (v instanceof PyByteArray) return ["ba", hexBytes(v.bytes.subarray(0, v.length))];
  if (v instanceof PyTuple) return ["tu", ...v.items.map(enc)];
  if (v instanceof PyList) return ["l", ...v.items.map(enc)];
  if (v instanceof PyNativeIterator || (typeof v === "object" && typeOf(v).name.endsWith("iterator"))) {
    const out: unknown[] = [];
    const it = getIter(v);
    for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(enc(x));
    return ["it", ...out];
  }
  return ["?", typeOf(v).name];
}
function dec(t: Tagged): PyObject {
  switch (t[0]) {
    case "t":
      return t[1] as boolean;
    case "i": {
      const h = t[1] as string;
      const b = h.startsWith("-") ? -BigInt(h.slice(1)) : BigInt(h);
      return Number.isSafeInteger(Number(b)) && BigInt(Number(b)) === b ? Number(b) : b;
    }
    case "s":
      return t[1] as string;
    case "n":
      return None;
    case "f": {
      const h = t[1] as string;
      return new PyFloat(h === "nan" ? NaN : h === "inf" ? Infinity : h === "-inf" ? -Infinity : parseHexFloat(h));
    }
    case "b":
      return new PyBytes(fromHex(t[1] as string));
    case "ba": {
      const b = fromHex(t[1] as string);
      return new PyByteArray(b, b.length);
    }
    case "tu":
      return new PyTuple((t.slice(1) as Tagged[]).map(dec));
    case "l":
      return new PyList((t.slice(1) as Tagged[]).map(dec));
  }
  throw new Error(`bad tag ${t[0]}`);
}
function parseHexFloat(h: string): number {
  const m = /^(-?)0x([01])\.([0-9a-f]+)p([+-]\d+)$/.exec(h)!;
  const mant = Number.parseInt(m[2] + m[3], 16) / 16 ** m[3].length;
  const v = mant * 2 ** Number(m[4]);
  return m[1] ? -v : v;
}

function outcome(f: () => PyObject): Outcome {
  try {
    return { ok: enc(f()) };
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const msg = e.args.items.length > 0 ? e.args.items[0] : "";
    return { err: [e.cls.name, typeof msg === "string" ? msg : String(msg)] };
  }
}

function compare(labels: string[], ours: Outcome[], theirs: Outcome[]): string[] {
  const bad: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const a = JSON.stringify(ours[i]);
    const b = JSON.stringify(theirs[i]);
    if (a !== b) bad.push(`${labels[i]}: ours ${a} cpython ${b}`);
  }
  return bad.slice(0, 20);
}

// ---------------------------------------------------------------------------------------------
// The cases, generated deterministically, and one oracle run

const rng = new Rng(20240611);
const rbytes = (n: number) => Uint8Array.from({ length: n }, () => rng.int(0, 255));

// _random
const seeds: (number | bigint)[] = [0, 1, 42, -1, -42, 2 ** 32 - 1, 2 ** 32, 2 ** 53 + 1, 12345678901234567890n, -(2n ** 200n) + 7n, 2n ** 1000n - 1n];
for (let i = 0; i < 12; i++) seeds.push(rng.bigInt(80));
const floatSeeds = [0.5, -2.25, 1e300, 3.141592653589793, 1e-310, 2.0, -0.0];
const bitSizes = [1, 5, 31, 32, 33, 52, 53, 54, 63, 64, 65, 100, 128, 1000];

// _struct
type PackCase = [string, Tagged[]];
const packCases: PackCase[] = [];
const I = (v: number | bigint): Tagged => ["i", pyInt(v)];
const intCodes = "bBhHiIlLqQnNP";
const boundaries: (number | bigint)[] = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768, -32769, 65535, 65536, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 2 ** 32 - 1, 2 ** 32, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n, -(2n ** 64n), 2n ** 100n];
for (const order of ["", "@", "=", "<", ">", "!"]) {
  for (const c of intCodes) {
    if (order !== "" && order !== "@" && "nNP".includes(c)) {
      packCases.push([order + c, [I(1)]]);
      continue;
    }
    for (const v of boundaries) packCases.push([order + c, [I(v)]]);
    packCases.push([order + c, [["f", hexOf(1.5)]]]);
    packCases.push([order + c, [["s", "x"]]]);
    packCases.push([order + c, [["t", true]]]);
    packCases.push([order + c, [["n"]]]);
  }
  for (const c of "efd") {
    for (const x of [0, -0, 1.5, -2.75, 65504, 65519.99, 65520, 1e-8, 6e-8, 3e-5, 1e-300, 3.4028234663852886e38, 3.4028235677973366e38, 3.402823669209385e38, 1e39, 1e308, Infinity, -Infinity, NaN, 1 / 3, 0.1]) packCases.push([order + c, [["f", hexOf(x)]]]);
    for (let k = 0; k < 20; k++) packCases.push([order + c, [["f", hexOf(rng.anyDouble() / 2 ** rng.int(0, 1000))]]]);
    packCases.push([order + c, [I(3)]]);
    packCases.push([order + c, [I(10n ** 40n)]]);
    packCases.push([order + c, [I(100000)]]);
    packCases.push([order + c, [["s", "1.5"]]]);
    packCases.push([order + c, [["t", true]]]);
  }
  packCases.push([order + "?", [["i", "0x0"]]], [order + "?", [["s", ""]]], [order + "?", [["s", "x"]]], [order + "?", [["n"]]]);
  packCases.push([order + "c", [["b", "61"]]], [order + "c", [["b", "6162"]]], [order + "c", [["ba", "61"]]], [order + "c", [["s", "a"]]]);
  packCases.push([order + "3s", [["b", "6162636465"]]], [order + "5s", [["ba", "6162"]]], [order + "s", [["s", "a"]]], [order + "0s", [["b", "61"]]]);
  packCases.push([order + "3p", [["b", "6162636465"]]], [order + "p", [["b", "61"]]], [order + "0p", [["b", "61"]]], [order + "300p", [["b", "61".repeat(290)]]]);
  packCases.push([order + "bhiqd", [I(1), I(2), I(3), I(4), ["f", hexOf(5.5)]]]);
  packCases.push([order + "b2xh3xi", [I(-1), I(-2), I(-3)]]);
  packCases.push([order + "ii", [I(1)]], [order + "i", [I(1), I(2)]], [order + "3x", []], [order + "x", [I(1)]]);
}
packCases.push(["iq0q", [I(1), I(2)]], ["bq", [I(1), I(2)]], ["h l", [I(1), I(2)]], [" 2 i ", [I(1), I(2)]], ["z", [I(1)]], ["5", [I(1)]], ["<>i", [I(1)]], ["i<", [I(1)]], ["", []], ["é", [I(1)]]);
const unpackCases: [string, string][] = [];
for (const fmt of ["b", "B", "h", ">H", "<i", "!I", "l", "<l", ">L", "q", "<Q", ">q", "n", "N", "P", "e", ">e", "f", "<f", "d", ">d", "?", "<?", "c", "4s", "4p", "3p", "0p", "bi", "<bi", ">hhl", "x?x", "2e"]) {
  for (let k = 0; k < 4; k++) {
    const size = fmtSize(fmt);
    unpackCases.push([fmt, hexBytes(rbytes(size))]);
  }
  unpackCases.push([fmt, "00"]);
}
unpackCases.push(["e", "007c"], ["e", "00fc"], ["e", "017c"], ["e", "0100"], ["e", "ff7b"], ["<3s2p", "6162630564"], ["i", "616263"], ["", ""], ["0s", ""]);
function fmtSize(fmt: string): number {
  return call(load("_struct").dict.map.get("calcsize")!, [fmt]) as number;
}
const calcCases = ["", "b", "bi", "bq0q", "<bq", "@bhbibqbdbfbebPbnb?bs", "=bhbibqbdbfbeb?bs", "999999999999999999i", "9999999999999999999i", "3x2s4p", "i\0", "i x", "0i", "q0i", "bi0l"];

// binascii
const binBlobs: Uint8Array[] = [new Uint8Array(0), Uint8Array.of(0), Uint8Array.of(255), new TextEncoder().encode("hello world\n")];
for (let k = 0; k < 30; k++) binBlobs.push(rbytes(rng.int(0, 60)));
const qpTexts: string[] = ["", "abc", "a=b", "a_b c", "line \nnext\t\n", "crlf \r\nx\r\n", ".\n", "a.\nb", "=\n=41=4=zz==", "x".repeat(100), "tab\tend\t", "space end ", "\x00\x01\xff", "é", "a\r\nb\nc", "=\r\nsoft", "=4", "=g1", "_under_"];
for (let k = 0; k < 20; k++) qpTexts.push(Array.from({ length: rng.int(0, 120) }, () => rng.pick([..."abc =_.\t\r\n\x00\x7f", "xyz", "=41", "=\n", "\u00e9"])).join(""));
const b64Texts: string[] = ["", "YWJj", "YWJjZA==", "YWJjZA=", "YWJjZA", "YWJjZ", "Y", "=YWJj", "YW=Jj", "YWJjZA===", "YWJjZA==x", "YW Jj\nZA==", "YWJj!ZA==", "YWJjZ===", "ab==cd==", "YQ==YQ==", "\u00e9", "YWJ\u00ffj"];
for (let k = 0; k < 15; k++) b64Texts.push(Array.from({ length: rng.int(0, 40) }, () => rng.pick([..."ABCxyz019+/=", " ", "\n", "!"])).join(""));
const uuTexts: string[] = ["", " ", "!80``", "#86)C\n", "#86)C  \n", "#86)Cx", "$86)C", "\x1f", "M" + "86)C".repeat(15), "#86)C`\n", "#8\n", "!\x7f"];
const hexTexts: string[] = ["", "00", "abCD", "abc", "zz", "0g", "\u00e9a", "  "];

// heapq
const heapLists: number[][] = [];
for (const n of [0, 1, 2, 3, 5, 10, 31, 100, 2600, 5000]) heapLists.push(Array.from({ length: n }, () => rng.int(-50, 50)));
const heapOps: [string, number][] = Array.from({ length: 200 }, () => [rng.pick(["push", "pop", "replace", "pushpop", "popmax", "replacemax"]), rng.int(-60, 60)]);

// bisect
const bisectLists: number[][] = [[], [1], [1, 1, 1], [1, 2, 2, 3, 5, 5, 5, 8]];
for (let k = 0; k < 6; k++) bisectLists.push(Array.from({ length: rng.int(0, 30) }, () => rng.int(0, 20)).sort((a, b) => a - b));

// _string
const formatStrings = ["", "abc", "a{{b}}c{0!r:>{1}}d{x.y[0]}", "{}", "{:}", "{!s}", "{0[}", "{a.b[c]d}", "{", "}", "a}", "{!}", "{!r", "{0!rx}", "{:{", "{a{b}", "x{0:{1:{2}}}y", "{\u00e9}", "\ud83d\ude00{0}\ud83d\ude00", "{0!a:x}z", "}}{{"];
const fieldNames = ["", "x", "0", "12", "x.y[0][ab].c", "a[0]b", "a.", "a[]", "a[", "a..b", "\u0661\u0662", "99999999999999999999999.x", "0[99999999999999999999999]", "x[a.b]"];

interface Oracle {
  random: { ints: string[][]; floats: unknown[][]; bits: string[][]; state: unknown[]; strs: unknown[] };
  pack: Outcome[];
  unpack: Outcome[];
  calc: Outcome[];
  offsets: Outcome[];
  bin: Record<string, Outcome[]>;
  heap: { heapify: unknown[]; ops: unknown[]; maxify: unknown[] };
  bisect: unknown[];
  errno: unknown[];
  fmt: Outcome[];
  fields: Outcome[];
}

const ORACLE = `
import struct, binascii, _random, heapq, bisect, errno, _string
def E(v):
    if isinstance(v, bool): return ["t", v]
    if isinstance(v, int): return ["i", hex(v)]
    if isinstance(v, str): return ["s", v]
    if v is None: return ["n"]
    if isinstance(v, float): return ["f", H(v)]
    if isinstance(v, bytes): return ["b", v.hex()]
    if isinstance(v, bytearray): return ["ba", v.hex()]
    if isinstance(v, tuple): return ["tu"] + [E(x) for x in v]
    if isinstance(v, list): return ["l"] + [E(x) for x in v]
    if type(v).__name__.endswith("iterator"): return ["it"] + [E(x) for x in v]
    return ["?", type(v).__name__]
def D(t):
    k = t[0]
    if k == "t": return t[1]
    if k == "i": return I(t[1])
    if k == "s": return t[1]
    if k == "n": return None
    if k == "f": return F(t[1])
    if k == "b": return bytes.fromhex(t[1])
    if k == "ba": return bytearray.fromhex(t[1])
    if k == "tu": return tuple(D(x) for x in t[1:])
    if k == "l": return [D(x) for x in t[1:]]
def R(fn):
    try:
        return {"ok": E(fn())}
    except Exception as e:
        return {"err": [type(e).__name__, str(e)]}
result = {}
rd = data["random"]
ints, floats, bits = [], [], []
for s in rd["seeds"]:
    r = _random.Random(I(s))
    floats.append([r.random() for _ in range(8)])
    bits.append([hex(r.getrandbits(k)) for k in rd["bits"]])
    ints.append([hex(r.getrandbits(32)) for _ in range(3)] + [hex(r.getstate()[-1]), hex(r.getstate()[0]), hex(r.getstate()[623])])
for s in rd["floatSeeds"]:
    r = _random.Random(F(s))
    floats.append([r.random() for _ in range(3)])
r = _random.Random(7)
for _ in range(1000): r.random()
st = r.getstate()
r2 = _random.Random(); r2.setstate(st)
state = [hex(st[-1]), [r2.random() for _ in range(3)], hex(r2.getrandbits(70))]
result["random"] = {"ints": ints, "floats": floats, "bits": bits, "state": state, "strs": []}
result["pack"] = [R(lambda: struct.pack(f, *[D(v) for v in vals])) for f, vals in data["pack"]]
result["unpack"] = [R(lambda: struct.unpack(f, bytes.fromhex(h))) for f, h in data["unpack"]]
result["calc"] = [R(lambda: struct.calcsize(f)) for f in data["calc"]]
offs = []
for fmt, size, off in data["offsets"]:
    buf = bytearray(range(size))
    offs.append(R(lambda: (struct.pack_into(fmt, buf, off, *range(1, 1 + len(struct.unpack(fmt, bytes(struct.calcsize(fmt)))))), buf)[1]))
    offs.append(R(lambda: struct.unpack_from(fmt, bytes(range(size)), off)))
    offs.append(R(lambda: list(struct.iter_unpack(fmt, bytes(range(size))))))
result["offsets"] = offs
b = {}
blobs = [bytes.fromhex(h) for h in data["blobs"]]
b["hexlify"] = [R(lambda: binascii.hexlify(x)) for x in blobs]
b["hexsep"] = [R(lambda: binascii.hexlify(x, *a)) for x in blobs[:12] for a in [(":",), (b"-", 2), ("_", -3), (" ", 0), ("ab",), (1,), (bytearray(b"x"),)]]
b["b64"] = [R(lambda: binascii.b2a_base64(x)) for x in blobs] + [R(lambda: binascii.b2a_base64(x, newline=False)) for x in blobs[:5]]
b["crc32"] = [R(lambda: binascii.crc32(x)) for x in blobs] + [R(lambda: binascii.crc32(x, 0xdeadbeef)) for x in blobs[:8]] + [R(lambda: binascii.crc32(x, -5)) for x in blobs[:4]]
b["crchqx"] = [R(lambda: binascii.crc_hqx(x, 0)) for x in blobs] + [R(lambda: binascii.crc_hqx(x, 0x1d0f3)) for x in blobs[:8]]
b["uu"] = [R(lambda: binascii.b2a_uu(x)) for x in blobs] + [R(lambda: binascii.b2a_uu(x, backtick=True)) for x in blobs]
b["unuu"] = [R(lambda: binascii.a2b_uu(x)) for x in data["uu"]]
b["qp"] = [R(lambda: binascii.b2a_qp(x.encode("latin-1"), *a)) for x in data["qp"] for a in [(), (True,), (False, False), (False, True, True), (True, False, True)]]
b["unqp"] = [R(lambda: binascii.a2b_qp(x, *a)) for x in data["qp"] for a in [(), (True,)]]
b["unb64"] = [R(lambda: binascii.a2b_base64(x, strict_mode=s)) for x in data["b64"] for s in (False, True)]
b["unhex"] = [R(lambda: binascii.unhexlify(x)) for x in data["hex"]]
b["roundtrip"] = [R(lambda: binascii.a2b_base64(binascii.b2a_base64(x)) == x and binascii.unhexlify(binascii.hexlify(x)) == x and binascii.a2b_qp(binascii.b2a_qp(x)) == x) for x in blobs]
result["bin"] = b
heaps = []
for L in data["heapLists"]:
    h = list(L); heapq.heapify(h); heaps.append(h)
mx = []
for L in data["heapLists"]:
    h = list(L); heapq._heapify_max(h); mx.append(h)
trace = []
h = list(data["heapLists"][5]); heapq.heapify(h)
m = list(data["heapLists"][5]); heapq._heapify_max(m)
for op, v in data["heapOps"]:
    try:
        if op == "push": heapq.heappush(h, v); trace.append(None)
        elif op == "pop": trace.append(heapq.heappop(h))
        elif op == "replace": trace.append(heapq.heapreplace(h, v))
        elif op == "pushpop": trace.append(heapq.heappushpop(h, v))
        elif op == "popmax": trace.append(heapq._heappop_max(m))
        else: trace.append(heapq._heapreplace_max(m, v))
    except IndexError as e:
        trace.append(str(e))
trace.append(h); trace.append(m)
result["heap"] = {"heapify": heaps, "ops": trace, "maxify": mx}
bs = []
for L in data["bisectLists"]:
    for x in range(-1, 22):
        bs.append([bisect.bisect_left(L, x), bisect.bisect_right(L, x), bisect.bisect_left(L, x, 1, max(1, len(L) - 1)) if len(L) > 1 else -1, bisect.bisect_right([-v for v in reversed(L)], -x, key=None)])
        bs.append([bisect.bisect_left(list(reversed(L)), x, key=lambda v: -v), bisect.bisect_right(list(reversed(L)), -x, key=lambda v: -v)])
    L2 = list(L); bisect.insort_left(L2, 7); bisect.insort_right(L2, 7.0); bisect.insort(L2, -1); bisect.insort_left(L2, 100, 0, 0); bs.append([E(L2)])
result["bisect"] = bs
result["errno"] = [[k, v] for k, v in vars(errno).items() if k.startswith("E")] + [list(errno.errorcode.items())]
result["fmt"] = [R(lambda: list(_string.formatter_parser(s))) for s in data["fmt"]]
result["fields"] = [R(lambda: (lambda r: (r[0], list(r[1])))(_string.formatter_field_name_split(s))) for s in data["fields"]]
`;

const offsetCases: [string, number, number][] = [];
for (const fmt of ["i", "<hq", "3s", "b"]) for (const size of [0, 4, 9, 12]) for (const off of [0, 1, 3, -1, -4, -9, -13, 12, 9]) offsetCases.push([fmt, size, off]);

const oracle = python<Oracle>(ORACLE, {
  random: { seeds: seeds.map(pyInt), floatSeeds: floatSeeds.map(hexOf), bits: bitSizes },
  pack: packCases,
  unpack: unpackCases,
  calc: calcCases,
  offsets: offsetCases,
  blobs: binBlobs.map(hexBytes),
  uu: uuTexts,
  qp: qpTexts,
  b64: b64Texts,
  hex: hexTexts,
  heapLists,
  heapOps,
  bisectLists,
  fmt: formatStrings,
  fields: fieldNames,
});

// ---------------------------------------------------------------------------------------------
// _random

describe("_random", () => {
  const m = load("_random");
  const Random = m.dict.map.get("Random") as PyType;
  const method = (r: PyObject, name: string, ...args: PyObject[]) => call(getAttr(r, name), args);

  it("Mersenne Twister outputs match CPython for int seeds (incl. huge and negative)", () => {
    seeds.forEach((s, i) => {
      const r = call(Random, [typeof s === "bigint" && Number.isSafeInteger(Number(s)) ? Number(s) : s]);
      const floats = Array.from({ length: 8 }, () => (method(r, "random") as PyFloat).value);
      expect(floats, `seed ${s}`).toEqual(oracle.random.floats[i]);
      const bits = bitSizes.map((k) => pyInt(method(r, "getrandbits", k) as number | bigint));
      expect(bits, `seed ${s}`).toEqual(oracle.random.bits[i].map((h) => pyInt(BigInt(h))));
      const more = [0, 1, 2].map(() => pyInt(method(r, "getrandbits", 32) as number));
      const st = (method(r, "getstate") as PyTuple).items;
      more.push(pyInt(st[624] as number), pyInt(st[0] as number), pyInt(st[623] as number));
      expect(more).toEqual(oracle.random.ints[i].map((h) => pyInt(BigInt(h))));
    });
  });

  it("float seeds hash like CPython", () => {
    floatSeeds.forEach((s, i) => {
      const r = call(Random, [new PyFloat(s)]);
      const floats = Array.from({ length: 3 }, () => (method(r, "random") as PyFloat).value);
      expect(floats, `seed ${s}`).toEqual(oracle.random.floats[seeds.length + i]);
    });
  });

  it("getstate/setstate round trip", () => {
    const r = call(Random, [7]);
    for (let i = 0; i < 1000; i++) method(r, "random");
    const st = method(r, "getstate") as PyTuple;
    expect(st.items.length).toBe(625);
    const r2 = call(Random, []);
    method(r2, "setstate", st);
    const got = [pyInt(st.items[624] as number), [0, 1, 2].map(() => (method(r2, "random") as PyFloat).value), pyInt(method(r2, "getrandbits", 70) as bigint)];
    const [idx, floats, bits] = oracle.random.state as [string, number[], string];
    expect(got).toEqual([pyInt(BigInt(idx)), floats, pyInt(BigInt(bits))]);
  });

  it("errors as CPython", () => {
    const r = call(Random, [1]);
    const err = (f: () => PyObject) => outcome(f);
    expect(err(() => method(r, "getrandbits", -1))).toEqual({ err: ["ValueError", "number of bits must be non-negative"] });
    expect(err(() => method(r, "getrandbits", 2 ** 40))).toEqual({ err: ["OverflowError", "Python int too large to convert to C int"] });
    expect(err(() => method(r, "getrandbits", new PyFloat(1.5)))).toEqual({ err: ["TypeError", "'float' object cannot be interpreted as an integer"] });
    expect(err(() => method(r, "setstate", new PyList([])))).toEqual({ err: ["TypeError", "state vector must be a tuple"] });
    expect(err(() => method(r, "setstate", new PyTuple([1, 2])))).toEqual({ err: ["ValueError", "state vector is the wrong size"] });
    expect(err(() => method(r, "setstate", new PyTuple([...Array(624).fill(1), 625])))).toEqual({ err: ["ValueError", "invalid state"] });
    expect(err(() => method(r, "setstate", new PyTuple(Array(625).fill(-1))))).toEqual({ err: ["OverflowError", "can't convert negative value to unsigned int"] });
    expect(err(() => call(Random, [1, 2]))).toEqual({ err: ["TypeError", "Random() requires 0 or 1 argument"] });
    expect(err(() => call(Random, [1], ["x"]))).toEqual({ err: ["TypeError", "Random() takes no keyword arguments"] });
    expect(err(() => method(r, "seed", 1, 2))).toEqual({ err: ["TypeError", "seed expected at most 1 argument, got 2"] });
    expect(err(() => method(call(getAttr(Random, "__new__"), [Random]), "random"))).toEqual({ ok: ["f", "0x0.0p+0"] });
  });

  it("subclasses keep their own state and dict", () => {
    const Sub = newClass(typeType, "Sub", [Random], new PyDict());
    const a = call(Sub, [5]);
    const b = call(Random, [5]);
    expect((method(a, "random") as PyFloat).value).toBe((method(b, "random") as PyFloat).value);
    expect((a as PyInstance).dict).not.toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// _struct

describe("_struct", () => {
  const m = load("_struct");
  const pack = fn(m, "pack");
  const unpack = fn(m, "unpack");
  const calcsize = fn(m, "calcsize");

  it(`pack matches CPython (${packCases.length} cases)`, () => {
    const ours = packCases.map(([f, vals]) => outcome(() => pack(f, ...vals.map(dec))));
    expect(compare(packCases.map(([f, v]) => `pack(${JSON.stringify(f)}, ${JSON.stringify(v)})`), ours, oracle.pack)).toEqual([]);
  });

  it(`unpack matches CPython (${unpackCases.length} cases)`, () => {
    const ours = unpackCases.map(([f, h]) => outcome(() => unpack(f, new PyBytes(fromHex(h)))));
    expect(compare(unpackCases.map(([f, h]) => `unpack(${f}, ${h})`), ours, oracle.unpack)).toEqual([]);
  });

  it("calcsize matches CPython", () => {
    const ours = calcCases.map((f) => outcome(() => calcsize(f)));
    expect(compare(calcCases, ours, oracle.calc)).toEqual([]);
  });

  it("pack_into / unpack_from / iter_unpack offsets and errors match CPython", () => {
    const packInto = fn(m, "pack_into");
    const unpackFrom = fn(m, "unpack_from");
    const iterUnpack = fn(m, "iter_unpack");
    const ours: Outcome[] = [];
    for (const [fmt, size, off] of offsetCases) {
      const nvals = ((unpack(fmt, new PyBytes(new Uint8Array(calcsize(fmt) as number))) as PyTuple).items.length);
      const buf = new PyByteArray(Uint8Array.from({ length: size }, (_, i) => i), size);
      ours.push(
        outcome(() => {
          packInto(fmt, buf, off, ...Array.from({ length: nvals }, (_, i) => i + 1));
          return buf;
        }),
      );
      ours.push(outcome(() => unpackFrom(fmt, new PyBytes(Uint8Array.from({ length: size }, (_, i) => i)), off)));
      ours.push(outcome(() => new PyList(toList(iterUnpack(fmt, new PyBytes(Uint8Array.from({ length: size }, (_, i) => i)))))));
    }
    const labels = offsetCases.flatMap(([f, s, o]) => [`pack_into ${f} ${s} ${o}`, `unpack_from ${f} ${s} ${o}`, `iter_unpack ${f} ${s}`]);
    expect(compare(labels, ours, oracle.offsets)).toEqual([]);
  });

  it("Struct objects", () => {
    const Struct = m.dict.map.get("Struct") as PyType;
    const s = call(Struct, ["<ih"]);
    expect(getAttr(s, "format")).toBe("<ih");
    expect(getAttr(s, "size")).toBe(6);
    expect(enc(call(getAttr(s, "pack"), [1, 2]))).toEqual(["b", "010000000200"]);
    expect(enc(call(getAttr(s, "unpack"), [new PyBytes(fromHex("010000000200"))]))).toEqual(["tu", ["i", "0x1"], ["i", "0x2"]]);
    expect(enc(call(getAttr(s, "unpack_from"), [new PyBytes(fromHex("ff010000000200")), 1], ["offset"]))).toEqual(["tu", ["i", "0x1"], ["i", "0x2"]]);
    expect(outcome(() => call(getAttr(s, "unpack_from"), [new PyBytes(fromHex("ff010000000200")), 1, 2]))).toEqual({ err: ["TypeError", "unpack_from() takes at most 2 arguments (3 given)"] });
    expect(enc(call(getAttr(s, "iter_unpack"), [new PyBytes(fromHex("010000000200020000000300"))]))).toEqual(["it", ["tu", ["i", "0x1"], ["i", "0x2"]], ["tu", ["i", "0x2"], ["i", "0x3"]]]);
  });

  it("argument errors", () => {
    const Struct = m.dict.map.get("Struct") as PyType;
    expect(outcome(() => pack())).toEqual({ err: ["TypeError", "missing format argument"] });
    expect(outcome(() => pack(1))).toEqual({ err: ["TypeError", "Struct() argument 1 must be a str or bytes object, not int"] });
    expect(outcome(() => unpack("i"))).toEqual({ err: ["TypeError", "unpack expected 2 arguments, got 1"] });
    expect(outcome(() => unpack("i", "abcd"))).toEqual({ err: ["TypeError", "a bytes-like object is required, not 'str'"] });
    expect(outcome(() => calcsize())).toEqual({ err: ["TypeError", "_struct.calcsize() takes exactly one argument (0 given)"] });
    expect(outcome(() => call(Struct, []))).toEqual({ err: ["TypeError", "Struct() missing required argument 'format' (pos 1)"] });
    expect(outcome(() => call(Struct, ["i", "x"]))).toEqual({ err: ["TypeError", "Struct() takes at most 1 argument (2 given)"] });
    expect(outcome(() => fn(m, "pack_into")("i", new PyBytes(new Uint8Array(4)), 0, 1))).toEqual({ err: ["TypeError", "argument must be read-write bytes-like object, not bytes"] });
    expect(outcome(() => fn(m, "iter_unpack")("", new PyBytes(new Uint8Array(4))))).toEqual({ err: ["error", "cannot iteratively unpack with a struct of length 0"] });
    const e = m.dict.map.get("error") as PyType;
    expect(e.dict.map.get("__module__")).toBe("struct");
    expect(e.mro.map((t) => t.name)).toEqual(["error", "Exception", "BaseException", "object"]);
  });
});

function toList(it: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const i = getIter(it);
  for (let x = iterNext(i); x !== undefined; x = iterNext(i)) out.push(x);
  return out;
}

// ---------------------------------------------------------------------------------------------
// binascii

describe("binascii", () => {
  const m = load("binascii");
  const f = (name: string) => fn(m, name);
  const blobs = binBlobs.map((b) => new PyBytes(b));
  const check = (key: string, ours: Outcome[]) => {
    expect(compare(ours.map((_, i) => `${key}#${i}`), ours, oracle.bin[key])).toEqual([]);
  };

  it("hexlify, with separators", () => {
    check("hexlify", blobs.map((b) => outcome(() => f("hexlify")(b))));
    const seps: PyObject[][] = [[":"], [new PyBytes(Uint8Array.of(0x2d)), 2], ["_", -3], [" ", 0], ["ab"], [1], [new PyByteArray(Uint8Array.of(0x78), 1)]];
    check("hexsep", blobs.slice(0, 12).flatMap((b) => seps.map((a) => outcome(() => f("hexlify")(b, ...a)))));
  });
  it("base64", () => {
    const b2a = fnKw(m, "b2a_base64");
    check("b64", [...blobs.map((b) => outcome(() => f("b2a_base64")(b))), ...blobs.slice(0, 5).map((b) => outcome(() => b2a([b], { newline: false })))]);
    const a2b = fnKw(m, "a2b_base64");
    check("unb64", b64Texts.flatMap((t) => [false, true].map((s) => outcome(() => a2b([t], { strict_mode: s })))));
  });
  it("crc32 and crc_hqx", () => {
    check("crc32", [
      ...blobs.map((b) => outcome(() => f("crc32")(b))),
      ...blobs.slice(0, 8).map((b) => outcome(() => f("crc32")(b, 0xdeadbeef))),
      ...blobs.slice(0, 4).map((b) => outcome(() => f("crc32")(b, -5))),
    ]);
    check("crchqx", [...blobs.map((b) => outcome(() => f("crc_hqx")(b, 0))), ...blobs.slice(0, 8).map((b) => outcome(() => f("crc_hqx")(b, 0x1d0f3)))]);
  });
  it("uuencode", () => {
    const b2a = fnKw(m, "b2a_uu");
    check("uu", [...blobs.map((b) => outcome(() => f("b2a_uu")(b))), ...blobs.map((b) => outcome(() => b2a([b], { backtick: true })))]);
    check("unuu", uuTexts.map((t) => outcome(() => f("a2b_uu")(t))));
  });
  it("quoted-printable", () => {
    const latin1 = (s: string) => new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)));
    const flags: PyObject[][] = [[], [true], [false, false], [false, true, true], [true, false, true]];
    check("qp", qpTexts.flatMap((t) => flags.map((a) => outcome(() => f("b2a_qp")(latin1(t), ...a)))));
    check("unqp", qpTexts.flatMap((t) => [[], [true]].map((a) => outcome(() => f("a2b_qp")(t, ...a)))));
  });
  it("unhexlify", () => {
    check("unhex", hexTexts.map((t) => outcome(() => f("unhexlify")(t))));
  });
  it("round trips", () => {
    const ours = blobs.map((b) =>
      outcome(() => {
        const a = f("a2b_base64")(f("b2a_base64")(b)) as PyBytes;
        const h = f("unhexlify")(f("hexlify")(b)) as PyBytes;
        const q = f("a2b_qp")(f("b2a_qp")(b)) as PyBytes;
        return [a, h, q].every((x) => hexBytes(x.bytes) === hexBytes(b.bytes));
      }),
    );
    check("roundtrip", ours);
  });
  it("Error classes", () => {
    const e = m.dict.map.get("Error") as PyType;
    expect(e.mro.map((t) => t.name)).toEqual(["Error", "ValueError", "Exception", "BaseException", "object"]);
    expect((m.dict.map.get("Incomplete") as PyType).mro.map((t) => t.name)).toEqual(["Incomplete", "Exception", "BaseException", "object"]);
  });
});

// ---------------------------------------------------------------------------------------------
// _heapq and _bisect

describe("_heapq", () => {
  const m = load("_heapq");
  const f = (name: string) => fn(m, name);
  const asNums = (l: PyObject) => (l as PyList).items.map((x) => x as number);

  it("heapify gives CPython's layout (small and cache-friendly sizes)", () => {
    heapLists.forEach((L, i) => {
      const h = new PyList([...L]);
      f("heapify")(h);
      expect(asNums(h), `n=${L.length}`).toEqual(oracle.heap.heapify[i]);
      const mx = new PyList([...L]);
      f("_heapify_max")(mx);
      expect(asNums(mx), `max n=${L.length}`).toEqual(oracle.heap.maxify[i]);
    });
  });

  it("push/pop/replace/pushpop sequences give CPython's results and layouts", () => {
    const h = new PyList([...heapLists[5]]);
    f("heapify")(h);
    const mx = new PyList([...heapLists[5]]);
    f("_heapify_max")(mx);
    const trace: unknown[] = [];
    for (const [op, v] of heapOps) {
      try {
        if (op === "push") {
          f("heappush")(h, v);
          trace.push(null);
        } else if (op === "pop") trace.push(f("heappop")(h));
        else if (op === "replace") trace.push(f("heapreplace")(h, v));
        else if (op === "pushpop") trace.push(f("heappushpop")(h, v));
        else if (op === "popmax") trace.push(f("_heappop_max")(mx));
        else trace.push(f("_heapreplace_max")(mx, v));
      } catch (e) {
        trace.push((e as PyBaseException).args.items[0]);
      }
    }
    trace.push(asNums(h), asNums(mx));
    expect(trace).toEqual(oracle.heap.ops);
  });

  it("errors", () => {
    expect(outcome(() => f("heappush")(new PyTuple([1]), 2))).toEqual({ err: ["TypeError", "heappush() argument 1 must be list, not tuple"] });
    expect(outcome(() => f("heappop")(new PyList([])))).toEqual({ err: ["IndexError", "index out of range"] });
    expect(outcome(() => f("heapify")(5))).toEqual({ err: ["TypeError", "heapify() argument must be list, not int"] });
    expect(outcome(() => f("heappush")(new PyList([])))).toEqual({ err: ["TypeError", "heappush expected 2 arguments, got 1"] });
    expect(outcome(() => f("heapify")())).toEqual({ err: ["TypeError", "_heapq.heapify() takes exactly one argument (0 given)"] });
    expect(outcome(() => f("heappushpop")(new PyList([]), 3))).toEqual({ ok: ["i", "0x3"] });
  });
});

describe("_bisect", () => {
  const m = load("_bisect");
  const kw = (name: string) => fnKw(m, name);
  const neg = new PyBuiltinFunction("neg", (args) => intNeg(args[0] as number));

  it("bisect/insort match CPython (lo, hi, key)", () => {
    const out: unknown[] = [];
    for (const L of bisectLists) {
      const list = new PyList([...L]);
      const rev = new PyList([...L].reverse());
      const negRev = new PyList([...L].reverse().map((v) => (v === 0 ? 0 : -v)));
      for (let x = -1; x < 22; x++) {
        out.push([
          kw("bisect_left")([list, x], {}),
          kw("bisect_right")([list, x], {}),
          L.length > 1 ? kw("bisect_left")([list, x, 1, Math.max(1, L.length - 1)], {}) : -1,
          kw("bisect_right")([negRev, x === 0 ? 0 : -x], { key: None }),
        ]);
        out.push([kw("bisect_left")([rev, x], { key: neg }), kw("bisect_right")([rev, x === 0 ? 0 : -x], { key: neg })]);
      }
      const L2 = new PyList([...L]);
      kw("insort_left")([L2, 7], {});
      kw("insort_right")([L2, new PyFloat(7)], {});
      kw("insort_right")([L2, -1], {});
      kw("insort_left")([L2, 100, 0, 0], {});
      out.push([enc(L2)]);
    }
    expect(out).toEqual(oracle.bisect);
  });

  it("argument errors", () => {
    const br = kw("bisect_right");
    const L = new PyList([1]);
    expect(outcome(() => br([L], {}))).toEqual({ err: ["TypeError", "bisect_right() missing required argument 'x' (pos 2)"] });
    expect(outcome(() => br([L, 2, -1], {}))).toEqual({ err: ["ValueError", "lo must be non-negative"] });
    expect(outcome(() => br([L, 2, 0, 5], {}))).toEqual({ err: ["IndexError", "list index out of range"] });
    expect(outcome(() => br([L, 2, 0, -5], {}))).toEqual({ ok: ["i", "0x0"] });
    expect(outcome(() => br([L, 2, 0, 1, None], {}))).toEqual({ err: ["TypeError", "bisect_right() takes at most 4 positional arguments (5 given)"] });
    expect(outcome(() => br([L, 2], { x: 3 }))).toEqual({ err: ["TypeError", "argument for bisect_right() given by name ('x') and position (2)"] });
    expect(outcome(() => br([L, 2], { foo: 3 }))).toEqual({ err: ["TypeError", "'foo' is an invalid keyword argument for bisect_right()"] });
    expect(outcome(() => br([new PyDict(), 2], {}))).toEqual({ err: ["TypeError", "dict is not a sequence"] });
    expect(outcome(() => br([L, 2, 0, 2n ** 70n], {}))).toEqual({ err: ["OverflowError", "cannot fit 'int' into an index-sized integer"] });
  });
});

// ---------------------------------------------------------------------------------------------
// errno, _string, _weakref

describe("errno", () => {
  it("names, numbers and errorcode as on Linux", () => {
    const m = load("errno");
    const names = [...m.dict.map.entries()].filter(([k]) => typeof k === "string" && k.startsWith("E")).map(([k, v]) => [k, v]);
    const ec = m.dict.map.get("errorcode") as PyDict;
    const expected = oracle.errno as unknown[];
    expect(names).toEqual(expected.slice(0, -1));
    expect([...ec.map.entries()].map(([k, v]) => [k, v])).toEqual(expected[expected.length - 1]);
  });
});

describe("_string", () => {
  const m = load("_string");
  it("formatter_parser matches CPython", () => {
    const ours = formatStrings.map((s) => outcome(() => new PyList(toList(fn(m, "formatter_parser")(s)))));
    expect(compare(formatStrings, ours, oracle.fmt)).toEqual([]);
  });
  it("formatter_field_name_split matches CPython", () => {
    const ours = fieldNames.map((s) =>
      outcome(() => {
        const r = fn(m, "formatter_field_name_split")(s) as PyTuple;
        return new PyTuple([r.items[0], new PyList(toList(r.items[1]))]);
      }),
    );
    expect(compare(fieldNames, ours, oracle.fields)).toEqual([]);
  });
  it("rejects non-str", () => {
    expect(outcome(() => fn(m, "formatter_parser")(5))).toEqual({ err: ["TypeError", "expected str, got int"] });
  });
});

describe("_weakref", () => {
  const m = load("_weakref");
  const ref = m.dict.map.get("ref") as PyType;
  const A = newClass(typeType, "A", [], new PyDict());
  it("refs return their referent, are reused, hash and compare by referent", () => {
    const a = call(A, []);
    const r = call(ref, [a]);
    expect(call(r, [])).toBe(a);
    expect(call(ref, [a])).toBe(r);
    const cb = new PyBuiltinFunction("cb", () => None);
    const r2 = call(ref, [a, cb]);
    expect(r2).not.toBe(r);
    expect(eq(r, r2)).toBe(true);
    expect(hash(r)).toBe(hash(a));
    expect(getAttr(r2, "__callback__")).toBe(cb);
    expect(fn(m, "getweakrefcount")(a)).toBe(2);
    expect((fn(m, "getweakrefs")(a) as PyList).items).toEqual([r, r2]);
  });
  it("which objects can be referenced", () => {
    expect(outcome(() => call(ref, [1]))).toEqual({ err: ["TypeError", "cannot create weak reference to 'int' object"] });
    expect(outcome(() => call(ref, [new PyList([])]))).toEqual({ err: ["TypeError", "cannot create weak reference to 'list' object"] });
    expect(outcome(() => call(ref, [None]))).toEqual({ err: ["TypeError", "cannot create weak reference to 'NoneType' object"] });
    const S = newClass(typeType, "S", [], newDictOf([["__slots__", new PyTuple(["a"])]]));
    expect(outcome(() => call(ref, [call(S, [])]))).toEqual({ err: ["TypeError", "cannot create weak reference to 'S' object"] });
    const SW = newClass(typeType, "SW", [], newDictOf([["__slots__", new PyTuple(["a", "__weakref__"])]]));
    expect(outcome(() => typeOf(call(ref, [call(SW, [])])).name)).toEqual({ ok: ["s", "ReferenceType"] });
    expect(outcome(() => typeOf(call(ref, [A])).name)).toEqual({ ok: ["s", "ReferenceType"] });
  });
  it("proxies forward to the referent", () => {
    const a = call(A, []);
    (a as PyInstance).dict!.map.set("x", 5);
    const p = fn(m, "proxy")(a);
    expect(getAttr(p, "x")).toBe(5);
    setAttr(p, "y", 6);
    expect((a as PyInstance).dict!.map.get("y")).toBe(6);
    delAttr(p, "y");
    expect((a as PyInstance).dict!.map.has("y")).toBe(false);
    expect(typeOf(p).name).toBe("ProxyType");
    expect(typeOf(fn(m, "proxy")(A)).name).toBe("CallableProxyType");
    expect(outcome(() => hash(p))).toEqual({ err: ["TypeError", "unhashable type: 'weakref.ProxyType'"] }); // CPython 3.11 names the type by its tp_name
  });
});

function newDictOf(pairs: [string, PyObject][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) d.map.set(k, v);
  return d;
}
