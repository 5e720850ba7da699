// The container types (list, tuple, dict and views, set/frozenset, range, slice) checked against
// CPython 3.11: every case is run once through python3.11 (the oracle) and through the runtime's
// methods (looked up in the type dicts), and the repr of the result, the repr of the receiver
// afterwards, or the exception type and args must agree. Values cross the boundary as tagged
// JSON (see dec/toPy).
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import {
  None,
  NotImplemented,
  PyBaseException,
  PyBuiltinFunction,
  PyClassMethodDescriptor,
  PyDict,
  PyFloat,
  PyList,
  PyMethodDescriptor,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyStaticMethod,
  PyTuple,
  PyType,
  dictType,
  frozensetType,
  listType,
  rangeType,
  setType,
  sliceType,
  tupleType,
  typeType,
} from "../../runtime/objects/core.js";
import "../../runtime/objects/numbers.js";
import "../../runtime/objects/str.js";
import "../../runtime/objects/containers.js";
import { dictSet, setContains } from "../../runtime/objects/hashtable.js";
import { Cmp, contains, getItem, getIter, hash, isTrue, len, lookupType, repr, toArray, typeOf } from "../../runtime/objects/protocol.js";
import { binaryOp, compare, NB } from "../../runtime/objects/operators.js";
import { listGetItem, newList, sortItems } from "../../runtime/objects/list.js";
import { exactHash, foldHash, hashParts, newTuple } from "../../runtime/objects/tuple.js";
import { makeSet } from "../../runtime/objects/set.js";
import { newDict } from "../../runtime/objects/dict.js";
import { sliceIndices } from "../../runtime/objects/slice.js";

// ---------------------------------------------------------------------------------------------
// Values

type J = null | boolean | number | string | J[] | { [k: string]: J };

function subclass(name: string, base: PyType): PyType {
  const t = new PyType(name, [base], typeType, false);
  t.mro = [t, ...base.mro];
  t.solidBase = base;
  base.subclasses.push(t);
  return t;
}
const L = subclass("L", listType);
const T = subclass("T", tupleType);
const D = subclass("D", dictType);
const S = subclass("S", setType);
const F = subclass("F", frozensetType);
D.dict.map.set("__missing__", new PyMethodDescriptor("__missing__", D, (_self, args) => repr(args[0]).repeat(2)));

const keyFns: Record<string, (x: PyObject) => PyObject> = {
  first: (p) => getItem(p, 0),
  neg: (x) => binaryOp(0, x, NB.SUBTRACT),
  len: (x) => len(x),
  mod3: (x) => binaryOp(x, 3, NB.REMAINDER),
  str: (x) => (typeof x === "string" ? x : repr(x)),
};

function toPy(v: J): PyObject {
  if (v === null) return None;
  if (typeof v === "boolean" || typeof v === "number" || typeof v === "string") return v;
  if (Array.isArray(v)) return new PyList(v.map(toPy));
  const [k, x] = Object.entries(v)[0];
  const arr = () => (x as J[]).map(toPy);
  switch (k) {
    case "big":
      return BigInt(x as string);
    case "f":
      return new PyFloat(Number(x));
    case "tuple":
      return new PyTuple(arr());
    case "dict": {
      const d = new PyDict();
      for (const [a, b] of x as [J, J][]) dictSet(d, toPy(a), toPy(b));
      return d;
    }
    case "set":
      return makeSet(setType, new PyList(arr()));
    case "frozenset":
      return makeSet(frozensetType, new PyList(arr()));
    case "slice": {
      const a = arr();
      return new PySlice(a[0], a[1], a[2]);
    }
    case "range": {
      const a = arr().map((y) => (typeof y === "string" ? BigInt(y) : y)) as (number | bigint)[];
      return new PyRange(a[0], a[1], a[2]);
    }
    case "sub": {
      const [name, inner] = x as [string, J];
      const val = toPy(inner);
      switch (name) {
        case "L":
          return newList((val as PyList).items.slice(), L);
        case "T":
          return newTuple((val as PyList).items.slice(), T);
        case "D": {
          const d = newDict(D);
          for (const [a, b] of (inner as { dict: [J, J][] }).dict) dictSet(d, toPy(a), toPy(b));
          return d;
        }
        case "S":
          return makeSet(S, val);
        case "F":
          return makeSet(F, val);
      }
      throw new Error(name);
    }
    case "key":
      return new PyBuiltinFunction(x as string, (args) => keyFns[x as string](args[0]));
  }
  throw new Error(`bad tag ${k}`);
}

const PY_DECODE = String.raw`
import json, sys, operator
class L(list): pass
class T(tuple): pass
class D(dict):
    def __missing__(self, k): return repr(k) * 2
class S(set): pass
class F(frozenset): pass
SUB = {"L": L, "T": T, "D": D, "S": S, "F": F}
KEYS = {"first": lambda p: p[0], "neg": lambda x: -x, "len": len, "mod3": lambda x: x % 3, "str": str}
TYPES = {"list": list, "tuple": tuple, "dict": dict, "set": set, "frozenset": frozenset, "range": range, "slice": slice, "L": L, "S": S, "D": D, "T": T, "F": F}
def dec(v):
    if isinstance(v, list): return [dec(x) for x in v]
    if isinstance(v, dict):
        (k, x), = v.items()
        if k == "big": return int(x)
        if k == "f": return float(x)
        if k == "tuple": return tuple(dec(y) for y in x)
        if k == "dict": return {dec(a): dec(b) for a, b in x}
        if k == "set": return set(dec(y) for y in x)
        if k == "frozenset": return frozenset(dec(y) for y in x)
        if k == "slice": return slice(*[dec(y) for y in x])
        if k == "range": return range(*[int(y) if isinstance(y, str) else y for y in x])
        if k == "sub":
            name, inner = x
            return SUB[name](dec(inner))
        if k == "key": return KEYS[x]
    return v
BIN = {"+": operator.add, "-": operator.sub, "*": operator.mul, "|": operator.or_, "&": operator.and_, "^": operator.xor,
       "+=": operator.iadd, "-=": operator.isub, "*=": operator.imul, "|=": operator.ior, "&=": operator.iand, "^=": operator.ixor,
       "==": operator.eq, "!=": operator.ne, "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
out = []
for c in json.load(sys.stdin):
    r = dec(c["recv"]) if "recv" in c else None
    args = [dec(a) for a in c.get("args", [])]
    kw = {k: dec(v) for k, v in c.get("kw", {}).items()}
    op = c["op"]
    try:
        if op.startswith("op:"): res = BIN[op[3:]](r, args[0])
        elif op == "rop": res = BIN[c["sym"]](args[0], r)
        elif op == "in": res = args[0] in r
        elif op == "iter": res = list(iter(r))
        elif op == "reversed": res = list(reversed(r))
        elif op == "hash": res = hash(r)
        elif op == "len": res = len(r)
        elif op == "bool": res = bool(r)
        elif op == "repr": res = r
        elif op == "new": res = TYPES[c["type"]](*args, **kw)
        elif op == "cls": res = getattr(TYPES[c["type"]], c["name"])(*args, **kw)
        else: res = getattr(r, op)(*args, **kw)
        out.append({"ok": repr(res), "recv": repr(r)})
    except Exception as e:
        out.append({"exc": type(e).__name__, "args": repr(e.args), "recv": repr(r)})
print(json.dumps(out))
`;

interface Case {
  op: string;
  recv?: J;
  args?: J[];
  kw?: Record<string, J>;
  type?: string;
  name?: string;
  sym?: string;
}
type Result = { ok: string; recv: string } | { exc: string; args: string; recv: string };

function oracle(cases: Case[]): Result[] {
  const r = spawnSync("python3.11", ["-c", PY_DECODE], { input: JSON.stringify(cases), encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`python3.11 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Result[];
}

const BINOPS: Record<string, number> = {
  "+": NB.ADD, "-": NB.SUBTRACT, "*": NB.MULTIPLY, "|": NB.OR, "&": NB.AND, "^": NB.XOR,
  "+=": NB.INPLACE + NB.ADD, "-=": NB.INPLACE + NB.SUBTRACT, "*=": NB.INPLACE + NB.MULTIPLY,
  "|=": NB.INPLACE + NB.OR, "&=": NB.INPLACE + NB.AND, "^=": NB.INPLACE + NB.XOR,
};
const CMPOPS: Record<string, Cmp> = { "==": Cmp.EQ, "!=": Cmp.NE, "<": Cmp.LT, "<=": Cmp.LE, ">": Cmp.GT, ">=": Cmp.GE };
const TYPES: Record<string, PyType> = {
  list: listType, tuple: tupleType, dict: dictType, set: setType, frozenset: frozensetType, range: rangeType, slice: sliceType,
  L, S, D, T, F,
};

/** type(*args, **kw) the way typeCall does it: __new__, then __init__ if the type has one. */
function construct(t: PyType, args: PyObject[], kwnames: string[] | null): PyObject {
  const nw = lookupType(t, "__new__") as PyStaticMethod;
  const obj = (nw.func as PyBuiltinFunction).fn([t, ...args], kwnames);
  const init = lookupType(typeOf(obj), "__init__");
  if (init instanceof PyMethodDescriptor) init.fn(obj, args, kwnames);
  return obj;
}

function binary(a: PyObject, b: PyObject, sym: string): PyObject {
  if (sym in CMPOPS) return compare(a, b, CMPOPS[sym]);
  return binaryOp(a, b, BINOPS[sym]);
}

function runJs(c: Case): Result {
  const r = c.recv === undefined ? None : toPy(c.recv);
  const args = (c.args ?? []).map(toPy);
  const kwnames = c.kw ? Object.keys(c.kw) : null;
  if (c.kw) for (const k of kwnames!) args.push(toPy(c.kw[k]));
  try {
    let res: PyObject;
    const op = c.op;
    if (op.startsWith("op:")) res = binary(r, args[0], op.slice(3));
    else if (op === "rop") res = binary(args[0], r, c.sym!);
    else if (op === "in") res = contains(r, args[0]);
    else if (op === "iter") res = new PyList(toArray(getIter(r)));
    else if (op === "reversed") res = new PyList(toArray(callM(r, "__reversed__", [], null)));
    else if (op === "hash") res = exactHash(r);
    else if (op === "len") res = len(r);
    else if (op === "bool") res = isTrue(r);
    else if (op === "repr") res = r;
    else if (op === "new") res = construct(TYPES[c.type!], args, kwnames);
    else if (op === "cls") {
      const t = TYPES[c.type!];
      const m = lookupType(t, c.name!) as PyClassMethodDescriptor;
      res = m.fn(t, args, kwnames);
    } else res = callM(r, op, args, kwnames);
    return { ok: res === NotImplemented ? "NotImplemented" : repr(res), recv: repr(r) };
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return { exc: e.cls.name, args: repr(e.args), recv: repr(r) };
  }
}

function callM(r: PyObject, name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  const m = lookupType(typeOf(r), name);
  if (m === undefined) throw new Error(`no method ${typeOf(r).name}.${name}`);
  if (m instanceof PyMethodDescriptor) return m.fn(r, args, kwnames);
  throw new Error(`not a method: ${name}`);
}

function check(cases: Case[]): void {
  const expected = oracle(cases);
  const failures: string[] = [];
  cases.forEach((c, i) => {
    const got = runJs(c);
    if (JSON.stringify(got) !== JSON.stringify(expected[i]))
      failures.push(`${JSON.stringify(c)}\n   expected ${JSON.stringify(expected[i])}\n   got      ${JSON.stringify(got)}`);
  });
  expect(failures.slice(0, 25).join("\n")).toBe("");
}

const m = (recv: J, op: string, ...args: J[]): Case => ({ recv, op, args });
const mk = (recv: J, op: string, kw: Record<string, J>, ...args: J[]): Case => ({ recv, op, args, kw });
const tup = (...xs: J[]): J => ({ tuple: xs });
const set = (...xs: J[]): J => ({ set: xs });
const fset = (...xs: J[]): J => ({ frozenset: xs });
const dict = (...pairs: [J, J][]): J => ({ dict: pairs });
const sl = (a: J, b: J, c: J): J => ({ slice: [a, b, c] });
const rng = (...xs: (number | string)[]): J => ({ range: xs });
const f = (x: number): J => ({ f: String(x) });
const big = (s: string): J => ({ big: s });
const nw = (type: string, ...args: J[]): Case => ({ op: "new", type, args });

// ---------------------------------------------------------------------------------------------

describe("slicing against CPython", () => {
  const bounds: J[] = [null, -7, -2, 0, 2, 7];
  const steps: J[] = [null, -3, -2, -1, 1, 2, 3];
  const seqs = [[], [0, 1, 2], [0, 1, 2, 3, 4, 5]];
  it("list/tuple/range __getitem__ with every start/stop/step sign", () => {
    const cases: Case[] = [];
    for (const s of seqs)
      for (const a of bounds)
        for (const b of bounds)
          for (const st of steps) {
            cases.push(m(s, "__getitem__", sl(a, b, st)));
            cases.push(m(tup(...s), "__getitem__", sl(a, b, st)));
            cases.push(m(rng(0, s.length * 2, 2), "__getitem__", sl(a, b, st)));
          }
    check(cases);
  });
  it("list slice assignment and deletion", () => {
    const cases: Case[] = [];
    for (const s of seqs)
      for (const a of bounds)
        for (const b of bounds)
          for (const st of steps) {
            cases.push(m(s, "__setitem__", sl(a, b, st), ["x", "y"]));
            cases.push(m(s, "__delitem__", sl(a, b, st)));
          }
    check(cases);
  });
  it("slice.indices and slice objects", () => {
    const cases: Case[] = [];
    for (const a of bounds) for (const b of bounds) for (const st of steps) cases.push(m(sl(a, b, st), "indices", 5));
    cases.push(
      m(sl(big("-1180591620717411303424"), big("1180591620717411303424"), -3), "indices", 10),
      m(sl(null, null, -1), "indices", big("1267650600228229401496703205376")),
      m(sl(null, 1, null), "indices", -1),
      m(sl(null, 1, null), "indices", "a"),
      m(sl(1, 2, 0), "indices", 5),
      m(sl(1, 2, null), "__eq__", sl(1, 2, null)),
      m(sl(1, 2, null), "op:<", sl(1, 3, null)),
      m(sl(1, 2, null), "op:<=", sl(1, "a", null)),
      m(sl(1, "a", [1]), "repr"),
      m(sl(1, 2, 3), "op:==", sl(1, 2, f(3))),
      m(sl(null, 1, null), "op:<", 1),
      nw("slice"),
      nw("slice", 1),
      nw("slice", 1, 2),
      nw("slice", 1, 2, 3, 4),
      m([1], "__getitem__", sl(null, null, 0)),
      m([1], "__getitem__", sl("a", null, null)),
      m([1], "__getitem__", sl(f(1.5), null, null)),
      m([1], "__getitem__", sl(null, big("1180591620717411303424"), null)),
      m([1, 2, 3], "__getitem__", sl(null, null, big("1180591620717411303424"))),
      m([1, 2, 3], "__getitem__", sl(true, null, null)),
    );
    check(cases);
  });
  it("sliceIndices matches CPython's clamping", () => {
    expect(sliceIndices(new PySlice(None, None, -1), 5)).toEqual([4, -1, -1, 5]);
    expect(sliceIndices(new PySlice(-100, 100, 3), 10)).toEqual([0, 10, 3, 4]);
    expect(() => sliceIndices(new PySlice(None, None, 0), 3)).toThrow();
  });
});

describe("list against CPython", () => {
  it("methods and errors", () => {
    check([
      m([], "append"),
      m([], "append", 1, 2),
      mk([], "append", { x: 1 }),
      m([1], "append", 2),
      m([], "pop", 1, 2),
      mk([], "pop", { x: 1 }),
      m([], "pop"),
      m([1, 2, 3], "pop"),
      m([1, 2, 3], "pop", 0),
      m([1, 2, 3], "pop", -2),
      m([1, 2, 3], "pop", true),
      m([1], "pop", 5),
      m([1], "pop", "a"),
      m([1], "pop", big("1180591620717411303424")),
      m([], "insert", 1),
      m([1, 2], "insert", -100, 0),
      m([1, 2], "insert", 100, 0),
      m([1, 2], "insert", 1, 0),
      m([1, 2], "insert", -1, 0),
      m([], "insert", "a", 1),
      m([], "index"),
      m([1], "index", 3),
      m([1], "index", 1, "a"),
      m([1, 2, 3, 2], "index", 2, 2),
      m([1, 2, 3, 2], "index", 2, -1),
      m([1, 2, 3, 2], "index", 2, 0, -3),
      m([1, 2, 3], "index", 3, big("-1180591620717411303424"), big("1180591620717411303424")),
      m([1, 2], "index", 2, null),
      m(["a"], "index", "b"),
      m([], "count"),
      m([1, 2, 1, true, f(1)], "count", 1),
      m([], "clear", 1),
      m([1, 2], "clear"),
      m([], "remove", 1),
      m([1, 2, 1], "remove", 1),
      m([], "extend"),
      m([1], "extend", [2, 3]),
      m([1], "extend", tup(2, 3)),
      m([1], "extend", "ab"),
      m([1], "extend", rng(0, 3, 1)),
      m([1], "extend", dict([1, 2], [3, 4])),
      m([1], "extend", set(5, 6)),
      m([1], "extend", 5),
      m([], "copy", 1),
      m([1, 2], "copy"),
      m([1, 2, 3], "reverse"),
      m([], "reverse", 1),
      m([1, 2, 3], "__len__"),
      m([1, 2, 3], "__contains__", 2),
      m([1, 2, 3], "__contains__", f(2)),
      m([1, 2, 3], "__contains__", true),
      m([1, 2, 3], "__contains__", "2"),
      m([], "__getitem__"),
    ]);
  });
  it("indexing", () => {
    check([
      m([1], "__getitem__", 5),
      m([1], "__getitem__", -1),
      m([1], "__getitem__", -2),
      m([1], "__getitem__", "a"),
      m([1], "__getitem__", big("1180591620717411303424")),
      m([1], "__getitem__", f(1.5)),
      m([1, 2, 3], "__getitem__", true),
      m([1], "__setitem__", 5, 1),
      m([1], "__setitem__", -1, 9),
      m([1], "__setitem__", "a", 9),
      m([1], "__delitem__", 5),
      m([1, 2], "__delitem__", -2),
      m([1, 2, 3], "__setitem__", sl(null, null, 2), [1, 2, 3]),
      m([1, 2, 3], "__setitem__", sl(null, null, 2), 5),
      m([1, 2, 3], "__setitem__", sl(0, 1, null), 5),
      m([1, 2, 3], "__setitem__", sl(5, 10, null), [9]),
      m([1, 2, 3], "__setitem__", sl(2, 1, null), [9]),
      m([1, 2, 3], "__setitem__", sl(null, null, -1), "abc"),
      m([1, 2, 3], "__setitem__", sl(1, 2, null), rng(0, 5, 1)),
      m([1, 2, 3], "__delitem__", sl(null, null, -2)),
      m([1, 2, 3], "__delitem__", sl(null, null, "a")),
    ]);
  });
  it("operators", () => {
    check([
      m([1], "op:+", 1),
      m([1], "op:+", tup(1)),
      m([1], "op:+", [2, 3]),
      m([1], "op:*", f(1.5)),
      { op: "rop", recv: [1], args: [f(1.5)], sym: "*" },
      m([1, 2], "op:*", 3),
      m([1, 2], "op:*", -1),
      m([1, 2], "op:*", true),
      m([1], "op:*", big("1180591620717411303424")),
      m([], "op:*", big("1180591620717411303424")),
      m([1], "op:*", "a"),
      { op: "rop", recv: [1, 2], args: [2], sym: "*" },
      { op: "rop", recv: [1, 2], args: [f(2)], sym: "*" },
      m([1], "op:*=", f(1.5)),
      m([1, 2], "op:*=", 2),
      m([1, 2], "op:*=", 0),
      m([1], "op:+=", 1),
      m([1], "op:+=", tup(2, 3)),
      m([1], "op:+=", "ab"),
      m([1], "op:<", 1),
      m([1], "op:<", ["a"]),
      m([1, 2], "op:<", [1, 3]),
      m([1, 2], "op:<", [1, 2, 0]),
      m([1, 2], "op:>=", [1, 2]),
      m([1, 2], "op:==", [1, f(2)]),
      m([1, 2], "op:!=", [1, 2]),
      m([1, 2], "op:==", tup(1, 2)),
      m([1], "__lt__", 1),
      m([], "__add__", 1),
      m([1, [2, [3]], "a", null, true, f(1.5), tup(1)], "repr"),
      m([1, 2], "bool"),
      m([], "bool"),
      m([1, 2, 3], "iter"),
      m([1, 2, 3], "reversed"),
      nw("list", 1, 2),
      { op: "new", type: "list", kw: { x: 1 } },
      nw("list", 1),
      nw("list", "abc"),
      nw("list", dict(["a", 1], ["b", 2])),
      nw("list", rng(5, 0, -2)),
      nw("L", tup(1, 2)),
      m({ sub: ["L", [1, 2]] }, "__getitem__", sl(null, null, null)),
      m({ sub: ["L", [1, 2]] }, "op:+", [3]),
      m({ sub: ["L", [1, 2]] }, "op:*", 2),
      m({ sub: ["L", [1, 2]] }, "copy"),
      m({ sub: ["L", [1, 2]] }, "repr"),
    ]);
  });
  it("sort", () => {
    const cases: Case[] = [
      m([], "sort", 1),
      mk([], "sort", { foo: 1 }),
      mk([], "sort", { key: null, reverse: false, extra: 1 }),
      mk([], "sort", { key: 1 }),
      mk([1, 2], "sort", { key: 1 }),
      mk([], "sort", { reverse: "a" }),
      mk([3, 1, 2], "sort", { reverse: 1 }),
      mk([3, 1, 2], "sort", { reverse: f(2) }),
      m([1, "a"], "sort"),
      m([3, 1, 2, big("100000000000000000000000"), big("-100000000000000000000000"), -5], "sort"),
      m([f(1.5), 1, true, f(1), 0, false, f(-0.5), big("9007199254740993"), f(9007199254740992)], "sort"),
      mk([f(1.5), 1, true, f(1), 0, false, f(-0.5)], "sort", { reverse: true }),
      m(["b", "a", "c", "", "ab", "B"], "sort"),
      m([tup(1, "b"), tup(1, "a"), tup(0, "z"), tup(1)], "sort"),
      mk([tup(1, "b"), tup(1, "a"), tup(0, "z"), tup(2, "c"), tup(0, "y")], "sort", { key: { key: "first" } }),
      mk([tup(1, "b"), tup(1, "a"), tup(0, "z"), tup(2, "c"), tup(0, "y")], "sort", { key: { key: "first" }, reverse: true }),
      mk(["bb", "a", "ccc", "dd", "e", ""], "sort", { key: { key: "len" } }),
      mk(["bb", "a", "ccc", "dd", "e", ""], "sort", { key: { key: "len" }, reverse: true }),
      mk([5, 3, 8, 1, 9, 2, 7], "sort", { key: { key: "neg" } }),
      mk([5, 3, 8, 1, 9, 2, 7, 6, 4, 0], "sort", { key: { key: "mod3" } }),
      mk([5, 3, 8, 1, 9, 2, 7, 6, 4, 0], "sort", { key: { key: "str" }, reverse: true }),
    ];
    // bigger stability checks: many equal keys, presorted and reversed runs, mixed int/float
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (const n of [31, 32, 33, 64, 100, 257, 1000]) {
      const pairs: J[] = [];
      for (let i = 0; i < n; i++) pairs.push(tup(rnd(10), i));
      cases.push(mk(pairs, "sort", { key: { key: "first" } }));
      cases.push(mk(pairs, "sort", { key: { key: "first" }, reverse: true }));
      const nums: J[] = [];
      for (let i = 0; i < n; i++) nums.push(rnd(3) === 0 ? f(rnd(50) / 2) : rnd(3) === 1 ? rnd(25) : i % 2 === 0);
      cases.push(m(nums, "sort"));
      const runs: J[] = [];
      for (let i = 0; i < n; i++) runs.push(tup(i % 7 < 4 ? i : n - i, rnd(3)));
      cases.push(m(runs, "sort"));
      const strs: J[] = [];
      for (let i = 0; i < n; i++) strs.push(String.fromCharCode(97 + rnd(5)) + String.fromCharCode(97 + rnd(5)));
      cases.push(m(strs, "sort"));
      cases.push(mk(strs, "sort", { key: { key: "len" } }));
    }
    check(cases);
  });
  it("sortItems: stable with key, comparison errors propagate, list contents kept", () => {
    const items: PyObject[] = [new PyTuple([1, "b"]), new PyTuple([0, "x"]), new PyTuple([1, "a"])];
    const key = new PyBuiltinFunction("k", (a) => getItem(a[0], 0));
    expect(repr(new PyList(sortItems(items.slice(), key, false)))).toBe("[(0, 'x'), (1, 'b'), (1, 'a')]");
    expect(repr(new PyList(sortItems(items.slice(), key, true)))).toBe("[(1, 'b'), (1, 'a'), (0, 'x')]");
    const l = new PyList([3, 1, "x", 2, 5, 4]);
    expect(() => callM(l, "sort", [], null)).toThrow(PyBaseException);
    expect([...l.items].sort()).toEqual([1, 2, 3, 4, 5, "x"]);
  });
  it("listGetItem fast path", () => {
    const l = new PyList([1, 2, 3]);
    expect(listGetItem(l, -1)).toBe(3);
    expect(listGetItem(l, 0)).toBe(1);
    expect(() => listGetItem(l, 3)).toThrow(PyBaseException);
  });
  it("recursive repr and iteration semantics", () => {
    const l = new PyList([]);
    l.items.push(l);
    expect(repr(l)).toBe("[[...]]");
    const l2 = new PyList([1, 2]);
    const it = getIter(l2);
    const got: PyObject[] = [];
    for (let v = toArray1(it); v !== undefined; v = toArray1(it)) {
      got.push(v);
      if (got.length === 1) l2.items.push(3);
    }
    expect(got).toEqual([1, 2, 3]);
  });
});
function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.cls.name}: ${String(e.args.items[0])}`;
    throw e;
  }
  return "no exception";
}
function toArray1(it: PyObject): PyObject | undefined {
  return (it as { next: () => PyObject | undefined }).next();
}

describe("tuple against CPython", () => {
  it("methods, errors, operators", () => {
    check([
      m(tup(1), "__getitem__", 5),
      m(tup(1), "__getitem__", "a"),
      m(tup(1, 2), "__getitem__", -1),
      m(tup(1), "op:+", [1]),
      m(tup(1), "op:+", tup(2)),
      m(tup(1, 2), "op:*", 2),
      m(tup(1, 2), "op:*", 0),
      { op: "rop", recv: tup(1, 2), args: [3], sym: "*" },
      m(tup(1), "index", 5),
      m(tup(1), "index"),
      m(tup(1, 2, 3), "index", 3, big("-1180591620717411303424"), big("1180591620717411303424")),
      m(tup(1, 2), "index", 2, 0, -1),
      m(tup(1, 2), "index", 2, f(1.5)),
      m(tup(1), "count"),
      m(tup(1, true, f(1), 2), "count", 1),
      m(tup(), "repr"),
      m(tup(1), "repr"),
      m(tup(1, "a", tup()), "repr"),
      m(tup(1, 2), "op:<", tup(1, 2, 3)),
      m(tup(1, 2), "op:==", [1, 2]),
      m(tup(1, 2), "op:>", tup(1, "a")),
      m(tup(1, 2), "__getnewargs__"),
      m(tup(1, 2, 3), "iter"),
      m(tup(1, 2, 3), "__contains__", 3),
      nw("tuple", 1, 2),
      { op: "new", type: "tuple", kw: { x: 1 } },
      nw("tuple", 1),
      nw("tuple", [1, 2]),
      nw("tuple", "ab"),
      nw("T", [1, 2]),
      m({ sub: ["T", [1]] }, "repr"),
      m({ sub: ["T", [1, 2]] }, "__getitem__", sl(null, null, null)),
      m({ sub: ["T", [1, 2]] }, "op:+", tup()),
    ]);
  });
  it("hash((…)) equals CPython's", () => {
    const cases: Case[] = [
      m(tup(), "hash"),
      m(tup(1), "hash"),
      m(tup(1, 2), "hash"),
      m(tup(1, 2, 3), "hash"),
      m(tup(-1), "hash"),
      m(tup(0, -2, -3, 1000000007), "hash"),
      m(tup(tup(1, 2), tup(3, 4)), "hash"),
      m(tup(big("2305843009213693951"), big("2305843009213693952"), big("-2305843009213693952"), big("18446744073709551621"), big("-1180591620717411303424")), "hash"),
      m(tup(f(1.5), -1, big("1180591620717411303424"), true, false), "hash"),
      m(tup(f(0.5), f(-0.25), f(1e300), f(1e-300), f(Infinity), f(-Infinity), f(123.456), f(5e-324), f(-2)), "hash"),
      m(tup(fset(1, 2), tup(fset()), rng(0, 10, 3)), "hash"),
      m(fset(1, 2), "hash"),
      m(fset(), "hash"),
      m(fset(fset(1), tup(1, 2)), "hash"),
      m(fset(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), "hash"),
      m(fset(-1, -2, big("1180591620717411303424")), "hash"),
      m(rng(0, 5, 1), "hash"),
      m(rng(0, 10, 3), "hash"),
      m(rng(5, 0, -1), "hash"),
      m(tup([1]), "hash"),
      m(fset(1, 2), "op:==", set(2, 1)),
    ];
    for (let n = 0; n < 40; n++) cases.push(m(tup(...Array.from({ length: n % 7 }, (_, i) => (n * 7919 + i * 104729) % 65536 - 30000)), "hash"));
    check(cases);
  });
  it("hash() and __hash__ agree and fold the exact hash", () => {
    const t = new PyTuple([1, 2, 3]);
    const [h, l] = hashParts(t);
    expect(hash(t)).toBe(foldHash(h, l));
    expect(callM(t, "__hash__", [], null)).toBe(hash(t));
    expect(Number.isSafeInteger(hash(t))).toBe(true);
    const fs = makeSet(frozensetType, new PyList([1, 2]));
    expect(callM(fs, "__hash__", [], null)).toBe(hash(fs));
    // equal tuples hash equal, and work as dict keys
    const d = new PyDict();
    dictSet(d, new PyTuple([1, new PyTuple([2, 3])]), "v");
    expect(callM(d, "__getitem__", [new PyTuple([1, new PyTuple([2, 3])])], null)).toBe("v");
    expect(callM(d, "__getitem__", [new PyTuple([true, new PyTuple([new PyFloat(2), 3])])], null)).toBe("v");
  });
});

describe("dict against CPython", () => {
  it("methods and errors", () => {
    check([
      m(dict(), "__getitem__", 1),
      m(dict([1, 2]), "__getitem__", 1),
      m(dict([1, 2]), "__getitem__", f(1)),
      m(dict([1, 2]), "__getitem__", true),
      m(dict([tup(1, 2), 3]), "__getitem__", tup(1, 2)),
      m(dict(), "__getitem__", tup(1, 2)),
      m(dict(), "__getitem__", [1]),
      m(dict(), "__getitem__"),
      m(dict(), "get"),
      m(dict(), "get", 1, 2, 3),
      m(dict([1, 2]), "get", 1),
      m(dict([1, 2]), "get", 3),
      m(dict([1, 2]), "get", 3, "d"),
      m(dict(), "pop"),
      m(dict(), "pop", 1),
      m(dict([1, 2]), "pop", 1, 5),
      m(dict([1, 2]), "pop", 3, 5),
      m(dict(), "popitem"),
      m(dict([1, 2], [3, 4], ["a", "b"]), "popitem"),
      m(dict(), "setdefault"),
      m(dict(), "setdefault", 1),
      m(dict([1, 2]), "setdefault", 1, 5),
      m(dict(), "update", 1, 2),
      m(dict(), "update", 1),
      m(dict(), "update", [1]),
      m(dict(), "update", [tup(1, 2, 3)]),
      m(dict(), "update", ["ab", "c"]),
      m(dict([1, 2]), "update", [[1, 3], "ab", tup(tup(), 5)]),
      m(dict([1, 2]), "update", dict([3, 4], [1, 5])),
      mk(dict([1, 2]), "update", { a: 1, b: 2 }, dict([3, 4])),
      m(dict([1, 2]), "update", set(tup(7, 8))),
      m(dict([1, 2], [3, 4]), "__delitem__", 3),
      m(dict([1, 2], [3, 4]), "__delitem__", 5),
      m(dict([1, 2]), "__setitem__", [1], 2),
      m(dict([1, 2]), "__setitem__", f(1), 5),
      m(dict([1, 2]), "__setitem__", true, 5),
      m(dict([1, "a"], ["b", [1, 2]], [null, tup(1)], [f(2.5), dict()]), "repr"),
      m(dict([1, 2], [3, 4]), "keys"),
      m(dict([1, 2], [3, 4]), "values"),
      m(dict([1, 2], [3, 4]), "items"),
      m(dict(), "keys"),
      m(dict([1, 2], [3, 4]), "iter"),
      m(dict([1, 2], [3, 4]), "reversed"),
      m(dict([1, 2], [3, 4]), "copy"),
      m(dict([1, 2], [3, 4]), "clear"),
      m(dict([1, 2]), "__contains__", 1),
      m(dict([1, 2]), "__contains__", [1]),
      m(dict([1, 2]), "op:==", dict([1, f(2)])),
      m(dict([1, 2], [3, 4]), "op:==", dict([3, 4], [1, 2])),
      m(dict([1, 2]), "op:==", dict([1, 3])),
      m(dict([1, 2]), "op:!=", dict([1, 2])),
      m(dict([1, 2]), "op:==", [1]),
      m(dict(), "op:<", dict()),
      m(dict([1, 2], [3, 4]), "op:|", dict([3, 5], [6, 7])),
      m(dict(), "op:|", []),
      m(dict([1, 2]), "op:|=", [[3, 4]]),
      m(dict(), "op:|=", 1),
      m(dict(), "op:|=", [1]),
      m(dict([1, 2]), "__or__", []),
      nw("dict", 1, 2),
      nw("dict", [tup(1, 2, 3)]),
      nw("dict", [[1, 2], "ab"]),
      nw("dict", [1]),
      nw("dict", dict([1, 2])),
      { op: "new", type: "dict", args: [dict([1, 2])], kw: { a: 1 } },
      { op: "new", type: "dict", kw: { a: 1, b: 2 } },
      { op: "cls", type: "dict", name: "fromkeys", args: ["ab", 0] },
      { op: "cls", type: "dict", name: "fromkeys", args: [[1, 2, 1]] },
      { op: "cls", type: "dict", name: "fromkeys", args: [] },
      { op: "cls", type: "dict", name: "fromkeys", args: [1] },
      m({ sub: ["D", { dict: [[1, 2]] }] }, "__getitem__", 4),
      m({ sub: ["D", { dict: [[1, 2]] }] }, "__getitem__", 1),
      m({ sub: ["D", { dict: [[1, 2]] }] }, "get", 4),
      m({ sub: ["D", { dict: [[1, 2]] }] }, "copy"),
      m({ sub: ["D", { dict: [[1, 2]] }] }, "op:|", dict()),
      { op: "rop", recv: { sub: ["D", { dict: [[1, 2]] }] }, args: [dict([3, 4])], sym: "|" },
      m({ sub: ["D", { dict: [[1, 2]] }] }, "repr"),
    ]);
  });
  it("views", () => {
    const d2 = dict([1, 2], [3, 4]);
    check([
      m(d2, "keys"),
      { op: "repr", recv: d2 },
      m(dict(["a", 1]), "items"),
      m(dict(["a", 1]), "values"),
    ]);
    // view behaviour through the methods of the view objects
    const d = toPy(dict([1, 2], [3, 4], ["x", tup(1)])) as PyDict;
    const keys = callM(d, "keys", [], null);
    const items = callM(d, "items", [], null);
    const values = callM(d, "values", [], null);
    expect(repr(keys)).toBe("dict_keys([1, 3, 'x'])");
    expect(repr(items)).toBe("dict_items([(1, 2), (3, 4), ('x', (1,))])");
    expect(repr(values)).toBe("dict_values([2, 4, (1,)])");
    expect(len(keys)).toBe(3);
    expect(contains(keys, 3)).toBe(true);
    expect(contains(items, new PyTuple([3, 4]))).toBe(true);
    expect(contains(items, new PyTuple([3, 5]))).toBe(false);
    expect(contains(items, new PyList([]))).toBe(false);
    expect(() => contains(items, new PyTuple([new PyList([]), 1]))).toThrow(PyBaseException);
    expect(() => contains(keys, new PyList([]))).toThrow(PyBaseException);
    expect(repr(binaryOp(keys, toPy(set(1, 7)), NB.AND))).toBe("{1}");
    expect(repr(binaryOp(toPy([1, 3, 5]), keys, NB.SUBTRACT))).toBe("{5}");
    expect(repr(binaryOp(keys, toPy([1]), NB.SUBTRACT))).toBe(repr(toPy(set(3, "x"))));
    expect(isTrue(compare(keys, toPy(set(1, 3, "x")), Cmp.EQ))).toBe(true);
    expect(isTrue(compare(keys, toPy([1, 3, "x"]), Cmp.EQ))).toBe(false);
    expect(isTrue(compare(keys, toPy(set(1, 3, "x", 4)), Cmp.LT))).toBe(true);
    expect(isTrue(compare(values, values, Cmp.EQ))).toBe(true);
    expect(() => hash(keys)).toThrow(PyBaseException);
    expect(repr(new PyList(toArray(callM(items, "__reversed__", [], null))))).toBe("[('x', (1,)), (3, 4), (1, 2)]");
    expect(callM(keys, "isdisjoint", [toPy([5, 6])], null)).toBe(true);
    expect(callM(keys, "isdisjoint", [toPy(set(5, 3))], null)).toBe(false);
  });
  it("views: set operations against CPython", () => {
    // views are made by calling keys()/items() in both worlds via the "viewop" helper below
    const cases: [J, string, string, J][] = [
      [dict([1, 2], [3, 4]), "keys", "&", set(3, 1, 7)],
      [dict([1, 2], [3, 4]), "keys", "|", [5, 1]],
      [dict([1, 2], [3, 4]), "keys", "-", [1]],
      [dict([1, 2], [3, 4]), "keys", "^", [1, 3, 9]],
      [dict([1, 2], [3, 4]), "items", "|", [5]],
      [dict([1, 2], [3, 4]), "items", "&", [tup(1, 2), tup(3, 5)]],
      [dict([1, 2]), "keys", "<=", set(1, 2)],
      [dict([1, 2]), "items", "<", set(tup(1, 2), 3)],
      [dict([1, 2]), "keys", "==", set(1)],
      [dict([1, 2]), "keys", "==", [1]],
      [dict([1, 2]), "keys", "&", 5],
      [dict([1, 2]), "keys", "<", 1],
    ];
    const script = String.raw`
import json, sys, operator
${PY_DECODE.split("out = []")[0]}
res = []
for d, view, sym, other in json.load(sys.stdin):
    v = getattr(dec(d), view)()
    try: res.append({"ok": repr(BIN[sym](v, dec(other)))})
    except Exception as e: res.append({"exc": type(e).__name__, "args": repr(e.args)})
    try: res.append({"ok": repr(BIN[sym](dec(other), v))})
    except Exception as e: res.append({"exc": type(e).__name__, "args": repr(e.args)})
print(json.dumps(res))
`;
    const r = spawnSync("python3.11", ["-c", script], { input: JSON.stringify(cases), encoding: "utf8" });
    expect(r.stderr).toBe("");
    const expected = JSON.parse(r.stdout);
    const got: unknown[] = [];
    for (const [d, view, sym, other] of cases) {
      const v = callM(toPy(d), view, [], null);
      for (const [a, b] of [[v, toPy(other)], [toPy(other), v]]) {
        try {
          got.push({ ok: repr(binary(a, b, sym)) });
        } catch (e) {
          if (!(e instanceof PyBaseException)) throw e;
          got.push({ exc: e.cls.name, args: repr(e.args) });
        }
      }
    }
    expect(got).toEqual(expected);
  });
  it("iteration errors when the dict changes size", () => {
    const d = toPy(dict([1, 2], [3, 4])) as PyDict;
    const it = getIter(d) as unknown as { next: () => PyObject | undefined };
    expect(it.next()).toBe(1);
    dictSet(d, 9, 1);
    expect(pyError(() => it.next())).toBe("RuntimeError: dictionary changed size during iteration");
    expect(pyError(() => it.next())).toBe("RuntimeError: dictionary changed size during iteration");
    // same-size mutation: delete one key, add another — iteration continues like CPython
    const d2 = toPy(dict([1, 2], [3, 4])) as PyDict;
    const it2 = getIter(d2) as unknown as { next: () => PyObject | undefined };
    const seen: PyObject[] = [it2.next()!];
    callM(d2, "__delitem__", [3], null);
    dictSet(d2, 5, 6);
    for (let v = it2.next(); v !== undefined; v = it2.next()) seen.push(v);
    expect(seen).toEqual([1, 5]);
    // recursive repr
    const d3 = new PyDict();
    dictSet(d3, 1, d3);
    expect(repr(d3)).toBe("{1: {...}}");
    // popitem is LIFO and stays correct across interleaved inserts
    const d4 = toPy(dict([1, 1], [2, 2], [3, 3])) as PyDict;
    expect(repr(callM(d4, "popitem", [], null))).toBe("(3, 3)");
    dictSet(d4, 7, 7);
    expect(repr(callM(d4, "popitem", [], null))).toBe("(7, 7)");
    expect(repr(callM(d4, "popitem", [], null))).toBe("(2, 2)");
    expect(repr(d4)).toBe("{1: 1}");
  });
});

describe("set and frozenset against CPython", () => {
  const smallInts = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
  it("iteration order of small-int sets matches CPython", () => {
    const cases: Case[] = [];
    cases.push(m(set(-1, -2, 5, 100, 3), "repr"));
    cases.push(m(set(...smallInts(20, (i) => 20 - i)), "repr"));
    for (let n = 1; n < 60; n += 3) {
      cases.push(m(set(...smallInts(n, (i) => (i * 37 + n) % 97)), "repr"));
      cases.push(m(set(...smallInts(n, (i) => i * 8)), "repr"));
      cases.push(m(fset(...smallInts(n, (i) => (i * 1009) % 4099)), "iter"));
    }
    check(cases);
  });
  it("methods and errors", () => {
    const A = set(1, 2, 3, 40, 17);
    const B = set(3, 4, 17, 100, 2, 9);
    check([
      nw("set", 1, 2),
      { op: "new", type: "set", kw: { x: 1 } },
      nw("set", 1),
      nw("set", tup(3, 1, 4, 1, 5, 9, 2, 6)),
      nw("set", dict([5, 1], [1, 2])),
      nw("set", fset(1, 2, 3, 4, 5, 100)),
      nw("frozenset", 1, 2),
      { op: "new", type: "frozenset", kw: { x: 1 } },
      nw("frozenset", rng(10, 0, -1)),
      nw("S", [1, 2]),
      nw("F", [1, 2]),
      m(set(), "pop"),
      m(set(1, 2, 3), "pop"),
      m(set(), "remove", 1),
      m(set(), "remove", []),
      m(set(fset(1)), "remove", set(1)),
      m(set(fset(1)), "discard", set(1)),
      m(set(fset(1)), "__contains__", set(1)),
      m(set(), "__contains__", []),
      m(set(), "add"),
      m(set(), "add", []),
      m(set(1), "add", 2),
      m(set(), "discard"),
      m(set(1), "op:|", [1]),
      m(set(1), "op:<", [1]),
      m(set(), "issubset", 1),
      m(set(), "union", 1),
      m(set(), "update", 1),
      m(set(), "difference"),
      m(set(1), "isdisjoint", 1),
      m(set(1), "symmetric_difference", 1),
      m(set(1), "symmetric_difference_update", [[]]),
      m(set(1), "op:-", 1),
      m(set(1), "op:^", 1),
      m(set(1), "op:&", 1),
      m(set(), "__or__", []),
      m(A, "op:|", B),
      m(A, "op:&", B),
      m(A, "op:-", B),
      m(A, "op:^", B),
      m(B, "op:|", A),
      m(B, "op:&", A),
      m(B, "op:-", A),
      m(B, "op:^", A),
      m(A, "op:|=", B),
      m(A, "op:&=", B),
      m(A, "op:-=", B),
      m(A, "op:^=", B),
      m(A, "op:|=", [1]),
      m(A, "union", [7, 8], tup(9), B),
      m(A, "intersection", [2, 3, 99], tup(3, 2)),
      m(A, "intersection"),
      m(A, "difference", [2], [1]),
      m(A, "difference", dict([1, 0], [2, 0])),
      m(set(...smallInts(40, (i) => i)), "difference", [3, 5]),
      m(set(...smallInts(40, (i) => i)), "difference", dict([3, 0])),
      m(A, "symmetric_difference", [1, 99, 2, 98]),
      m(A, "symmetric_difference_update", dict([1, 0], [77, 0])),
      m(A, "intersection_update", [3, 17, 99]),
      m(A, "difference_update", [3, 17, 99], set(1)),
      m(A, "update", [50, 51], tup(52, 1)),
      m(A, "issubset", [1, 2, 3, 40, 17, 5]),
      m(A, "issuperset", [1]),
      m(A, "issuperset", B),
      m(A, "isdisjoint", [5, 6]),
      m(A, "isdisjoint", set(17)),
      m(A, "op:<=", fset(1, 2, 3, 40, 17)),
      m(A, "op:<", fset(1, 2, 3, 40, 17)),
      m(A, "op:==", fset(1, 2, 3, 40, 17)),
      m(A, "op:!=", fset(1, 2, 3, 40, 17)),
      m(A, "op:>", set(1)),
      m(A, "op:>=", set(1, 99)),
      m(A, "copy"),
      m(A, "clear"),
      m(fset(1, 2), "op:|", set(3)),
      m(set(1, 2), "op:|", fset(3)),
      m(fset(1, 2), "copy"),
      m(fset(1, 2), "union", [5]),
      m(fset(), "repr"),
      m(set(), "repr"),
      m({ sub: ["S", [1]] }, "repr"),
      m({ sub: ["S", []] }, "repr"),
      m({ sub: ["F", [1]] }, "repr"),
      m({ sub: ["S", [1]] }, "op:|", set(2)),
      m({ sub: ["S", [1]] }, "copy"),
      m({ sub: ["S", [1]] }, "op:-", set(1)),
      m({ sub: ["F", [1]] }, "copy"),
      m({ sub: ["F", [1]] }, "op:|", set(2)),
      m(set(tup(1, 2), tup(3, 4), 5, f(1.5), fset(1), tup()), "__contains__", tup(1, 2)),
      m(set(5, tup(1, 2), tup(3, 4), tup(5, 6), tup(-1, -2), f(2)), "repr"),
      m(set(1, 2), "len"),
      m(set(1, 2), "bool"),
      m(set(), "bool"),
    ]);
  });
  it("pop order and sets built by operations stay consistent with hashtable.ts lookups", () => {
    const s = toPy(set(...smallInts(50, (i) => (i * 7) % 113))) as PySet;
    const other = toPy(set(...smallInts(30, (i) => (i * 11) % 113))) as PySet;
    for (const op of ["__or__", "__and__", "__sub__", "__xor__"]) {
      const r = callM(s, op, [other], null) as PySet;
      for (const k of toArray(r)) expect(setContains(r, k)).toBe(true);
      expect(setContains(r, 1000)).toBe(false);
    }
    const script = "s = set((i * 7) % 113 for i in range(50)); print([s.pop() for _ in range(10)])";
    const py = spawnSync("python3.11", ["-c", script], { encoding: "utf8" }).stdout.trim();
    const popped: PyObject[] = [];
    for (let i = 0; i < 10; i++) popped.push(callM(s, "pop", [], null));
    expect(repr(new PyList(popped))).toBe(py);
  });
  it("set iteration raises when the set changes size", () => {
    const s = toPy(set(1, 2, 3)) as PySet;
    const it = getIter(s) as unknown as { next: () => PyObject | undefined };
    it.next();
    callM(s, "add", [10], null);
    expect(pyError(() => it.next())).toBe("RuntimeError: Set changed size during iteration");
  });
});

describe("range against CPython", () => {
  it("construction, indexing, membership", () => {
    check([
      nw("range"),
      nw("range", 1, 2, 3, 4),
      nw("range", 1, 2, 0),
      nw("range", f(1.5)),
      { op: "new", type: "range", kw: { x: 1 } },
      nw("range", true, 3),
      nw("range", 5),
      nw("range", 0, 5, 2),
      nw("range", -5, 5, 3),
      m(rng(0, 3, 1), "__getitem__", 5),
      m(rng(0, 3, 1), "__getitem__", "a"),
      m(rng(0, 5, 1), "__getitem__", -1),
      m(rng(0, 5, 1), "__getitem__", -6),
      m(rng(0, 5, 1), "__getitem__", true),
      m(rng(0, "18446744073709551616", 1), "__getitem__", big("18446744073709551616")),
      m(rng(0, "1180591620717411303424", 7), "__getitem__", big("36893488147419103232")),
      m(rng(0, "1180591620717411303424", 1), "__getitem__", sl(null, null, big("295147905179352825856"))),
      m(rng(0, 10, 1), "__getitem__", sl(2, 8, 2)),
      m(rng(0, 10, 1), "__getitem__", sl(null, null, -1)),
      m(rng(0, 0, 1), "__getitem__", sl(null, null, -1)),
      m(rng(-5, 5, 3), "__getitem__", sl(null, null, -2)),
      m(rng(1, 10, 2), "__getitem__", sl(big("-1180591620717411303424"), big("1180591620717411303424"), null)),
      m(rng(0, 10, 1), "__getitem__", sl(null, null, big("1180591620717411303424"))),
      m(rng(0, 3, 1), "index", 5),
      m(rng(0, 5, 1), "index", f(3.5)),
      m(rng(0, 5, 1), "index", "a"),
      m(rng(0, 5, 1), "index", true),
      m(rng(3, 0, -1), "index", 1),
      m(rng(0, "1180591620717411303424", 1), "index", big("590295810358705651712")),
      m(rng(0, 3, 1), "index"),
      m(rng(0, 3, 1), "count"),
      m(rng(0, 5, 1), "count", 2),
      m(rng(0, 5, 1), "count", f(3)),
      m(rng(0, 5, 1), "__contains__", f(3)),
      m(rng(0, 2, 1), "__contains__", true),
      m(rng(0, "2361183241434822606848", 1), "__contains__", big("1180591620717411303424")),
      m(rng(-10, 10, 3), "__contains__", -7),
      m(rng(-10, 10, 3), "__contains__", -6),
      m(rng(10, -10, -3), "__contains__", -5),
      m(rng(10, -10, -3), "__contains__", 10),
      m(rng(10, -10, -3), "__contains__", -10),
      m(rng(0, "18446744073709551616", 1), "len"),
      m(rng(0, "4611686018427387904", 1), "__len__"),
      m(rng(-5, 0, 1), "len"),
      m(rng(0, 10, 3), "len"),
      m(rng(10, 0, -3), "len"),
      m(rng(0, 5, 2), "repr"),
      m(rng(0, 5, 1), "repr"),
      m(rng(1, 10, 3), "op:==", rng(1, 11, 3)),
      m(rng(0, 0, 1), "op:==", rng(5, 1, 1)),
      m(rng(0, 3, 1), "op:!=", [0, 1, 2]),
      m(rng(0, 3, 1), "op:<", rng(0, 4, 1)),
      m(rng(0, 1, 1), "op:==", rng(0, 1, 5)),
      m(rng(-5, 5, 3), "iter"),
      m(rng(-5, 5, 3), "reversed"),
      m(rng(5, 0, -2), "iter"),
      m(rng(5, 0, -2), "reversed"),
      m(rng("1180591620717411303424", "1180591620717411303429", 2), "iter"),
      m(rng("1180591620717411303424", "1180591620717411303429", 2), "reversed"),
      m(rng(0, 0, 1), "bool"),
      m(rng(0, 1, 1), "bool"),
    ]);
  });
  it("iterator types and getters", () => {
    const r = new PyRange(0, 5, 2);
    expect(typeOf(getIter(r)).name).toBe("range_iterator");
    expect(typeOf(callM(r, "__reversed__", [], null)).name).toBe("range_iterator");
    expect(typeOf(getIter(new PyRange(0, 2n ** 70n, 1))).name).toBe("longrange_iterator");
    const start = lookupType(rangeType, "start")!;
    expect((start as { get: (x: PyObject) => PyObject }).get(r)).toBe(0);
    expect(toArray(getIter(new PyRange(2 ** 53 - 3, 2 ** 53 - 1, 1)))).toEqual([2 ** 53 - 3, 2 ** 53 - 2]);
  });
});

describe("iterator type names", () => {
  it("match CPython's", () => {
    expect(typeOf(getIter(new PyList([]))).name).toBe("list_iterator");
    expect(typeOf(callM(new PyList([]), "__reversed__", [], null)).name).toBe("list_reverseiterator");
    expect(typeOf(getIter(new PyTuple([]))).name).toBe("tuple_iterator");
    const d = new PyDict();
    expect(typeOf(getIter(d)).name).toBe("dict_keyiterator");
    expect(typeOf(getIter(callM(d, "values", [], null))).name).toBe("dict_valueiterator");
    expect(typeOf(getIter(callM(d, "items", [], null))).name).toBe("dict_itemiterator");
    expect(typeOf(callM(d, "__reversed__", [], null)).name).toBe("dict_reversekeyiterator");
    expect(typeOf(getIter(makeSet(setType))).name).toBe("set_iterator");
  });
});
