// itertools, _collections, _functools and _operator checked against CPython 3.11: each case is
// a Python snippet (statements, then a final expression) run once through python3.11, and a
// TypeScript thunk calling the module functions directly; the repr of the result (or the
// exception's type and message) must agree.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import "../../runtime/vm.js";
import {
  None,
  PyBaseException,
  PyBuiltinFunction,
  PyByteArray,
  PyBytes,
  PyDict,
  PyFloat,
  PyList,
  PyMethodDescriptor,
  PyModule,
  PyObject,
  PyTuple,
  PyType,
  typeType,
} from "../../runtime/objects/core.js";
import { builtinsDict, newModule } from "../../runtime/interp/imports.js";
import { call, callMethod, getAttr, getItem, isTrue, iterNext, len, repr, setAttr, setItem, str, toArray, typeOf, Cmp } from "../../runtime/objects/protocol.js";
import { binaryOp, compare, NB } from "../../runtime/objects/operators.js";
import { dictSet } from "../../runtime/objects/hashtable.js";
import { newClass } from "../../runtime/objects/typeobj.js";
import { typeModified } from "../../runtime/objects/protocol.js";
import { initItertools } from "../../runtime/modules/itertools.js";
import { initCollections } from "../../runtime/modules/_collections.js";
import { initFunctools } from "../../runtime/modules/_functools.js";
import { initOperator } from "../../runtime/modules/_operator.js";
import { zeroDivisionError } from "../../runtime/objects/exceptions.js";

// ---------------------------------------------------------------------------------------------
// Module access and call helpers

function load(name: string, init: (m: PyModule) => void): PyModule {
  const m = newModule(name);
  init(m);
  return m;
}
const ITM = load("itertools", initItertools);
const COLM = load("_collections", initCollections);
const FTM = load("_functools", initFunctools);
const OPM = load("_operator", initOperator);

const modAttr = (m: PyModule) => (name: string): PyObject => {
  const v = m.dict.map.get(name);
  if (v === undefined) throw new Error(`${m.name}.${name} missing`);
  return v;
};
const IT = modAttr(ITM);
const COL = modAttr(COLM);
const FT = modAttr(FTM);
const OP = modAttr(OPM);
const B = (name: string): PyObject => builtinsDict.map.get(name)!;

/** f(*args) */
const c = (f: PyObject, ...args: PyObject[]): PyObject => call(f, args);
/** f(*args, **kw) */
const ck = (f: PyObject, args: PyObject[], kw: Record<string, PyObject>): PyObject => call(f, [...args, ...Object.values(kw)], Object.keys(kw));
/** list(x) */
const L = (x: PyObject): PyObject => new PyList(toArray(x));
const l = (...xs: PyObject[]): PyList => new PyList(xs);
const t = (...xs: PyObject[]): PyTuple => new PyTuple(xs);
const f = (x: number): PyFloat => new PyFloat(x);
const range = (...a: number[]): PyObject => call(B("range"), a);
const m = (obj: PyObject, name: string, ...args: PyObject[]): PyObject => call(getAttr(obj, name), args);
const next = (x: PyObject): PyObject => c(B("next"), x);

/** Helper callables: Python source (bound in the oracle's namespace) and the same in TS. */
const FNS: Record<string, [string, (a: PyObject[]) => PyObject]> = {
  add: ["lambda a, b: a + b", (a) => binaryOp(a[0], a[1], NB.ADD)],
  mul: ["lambda a, b: a * b", (a) => binaryOp(a[0], a[1], NB.MULTIPLY)],
  even: ["lambda x: x % 2 == 0", (a) => compare(binaryOp(a[0], 2, NB.REMAINDER), 0, Cmp.EQ)],
  lt3: ["lambda x: x < 3", (a) => compare(a[0], 3, Cmp.LT)],
  cmp: ["lambda a, b: (a > b) - (a < b)", (a) => (isTrue(compare(a[0], a[1], Cmp.GT)) ? 1 : 0) - (isTrue(compare(a[0], a[1], Cmp.LT)) ? 1 : 0)],
  rcmp: ["lambda a, b: (b > a) - (b < a)", (a) => (isTrue(compare(a[1], a[0], Cmp.GT)) ? 1 : 0) - (isTrue(compare(a[1], a[0], Cmp.LT)) ? 1 : 0)],
  boom: [
    "lambda *a: 1 / 0",
    () => {
      throw zeroDivisionError("division by zero");
    },
  ],
  first: ["lambda x: x[0]", (a) => getItem(a[0], 0)],
  mod3: ["lambda x: x % 3", (a) => binaryOp(a[0], 3, NB.REMAINDER)],
  zero: ["lambda: 0", () => 0],
};
const fns: Record<string, PyObject> = {};
for (const [name, [, impl]] of Object.entries(FNS)) fns[name] = new PyBuiltinFunction(name, (args) => impl(args));
/** kwf(*a, **k) -> (a, k) */
fns.kwf = new PyBuiltinFunction("kwf", (args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const d = new PyDict();
  for (let i = 0; i < nkw; i++) dictSet(d, kwnames![i], args[args.length - nkw + i]);
  return t(new PyTuple(args.slice(0, args.length - nkw)), d);
});
const KWF_PY = "def kwf(*a, **k): return (a, k)";

/** A Python class built the way class statements build them; methods are native. */
function pyClass(name: string, bases: PyType[], meths: Record<string, (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject>): PyType {
  const ns = new PyDict();
  ns.map.set("__module__", "__main__");
  ns.map.set("__qualname__", name);
  const cls = newClass(typeType, name, bases, ns);
  for (const [k, fn] of Object.entries(meths)) cls.dict.map.set(k, new PyMethodDescriptor(k, cls, fn));
  typeModified(cls);
  return cls;
}

// ---------------------------------------------------------------------------------------------
// Cases: [python snippet, TS thunk]

type Case = [string, () => PyObject];
const cases: Case[] = [];
const add = (py: string, ts: () => PyObject) => cases.push([py, ts]);

// ---- itertools -------------------------------------------------------------------------------
add("list(itertools.islice(itertools.count(), 5))", () => L(c(IT("islice"), c(IT("count")), 5)));
add("list(itertools.islice(itertools.count(5, 3), 4))", () => L(c(IT("islice"), c(IT("count"), 5, 3), 4)));
add("list(itertools.islice(itertools.count(0.5, 0.25), 4))", () => L(c(IT("islice"), c(IT("count"), f(0.5), f(0.25)), 4)));
add("list(itertools.islice(itertools.count(2**53 - 2), 4))", () => L(c(IT("islice"), c(IT("count"), 2 ** 53 - 2), 4)));
add("c = itertools.count(10, -2); next(c); next(c); c", () => {
  const x = c(IT("count"), 10, -2);
  next(x);
  next(x);
  return x;
});
add("repr(itertools.count(5))", () => repr(c(IT("count"), 5)));
add("repr(itertools.count(1.5, 1))", () => repr(c(IT("count"), f(1.5), 1)));
add("repr(itertools.count(1, 1.0))", () => repr(c(IT("count"), 1, f(1.0))));
add("repr(itertools.count(0, True))", () => repr(c(IT("count"), 0, true)));
add("repr(itertools.count(start=3, step=2))", () => repr(ck(IT("count"), [], { start: 3, step: 2 })));
add("itertools.count(1, 2, 3)", () => c(IT("count"), 1, 2, 3));
add("itertools.count(x=1)", () => ck(IT("count"), [], { x: 1 }));
add("itertools.count('a')", () => c(IT("count"), "a"));
add("itertools.count(1, 'a')", () => c(IT("count"), 1, "a"));
add("list(itertools.islice(itertools.cycle('abc'), 7))", () => L(c(IT("islice"), c(IT("cycle"), "abc"), 7)));
add("list(itertools.cycle([]))", () => L(c(IT("cycle"), l())));
add("itertools.cycle()", () => c(IT("cycle")));
add("itertools.cycle(1)", () => c(IT("cycle"), 1));
add("itertools.cycle(x=1)", () => ck(IT("cycle"), [], { x: 1 }));
add("list(itertools.repeat('a', 3))", () => L(c(IT("repeat"), "a", 3)));
add("list(itertools.repeat('a', -3))", () => L(c(IT("repeat"), "a", -3)));
add("repr(itertools.repeat('a', 3))", () => repr(c(IT("repeat"), "a", 3)));
add("repr(itertools.repeat('a'))", () => repr(c(IT("repeat"), "a")));
add("r = itertools.repeat(1, 3); next(r); repr(r)", () => {
  const r = c(IT("repeat"), 1, 3);
  next(r);
  return repr(r);
});
add("itertools.repeat('a', 3).__length_hint__()", () => m(c(IT("repeat"), "a", 3), "__length_hint__"));
add("itertools.repeat('a').__length_hint__()", () => m(c(IT("repeat"), "a"), "__length_hint__"));
add("itertools.repeat()", () => c(IT("repeat")));
add("itertools.repeat(1, times='a')", () => ck(IT("repeat"), [1], { times: "a" }));
add("list(itertools.repeat(object=1, times=2))", () => L(ck(IT("repeat"), [], { object: 1, times: 2 })));
add("list(itertools.accumulate([1, 2, 3, 4]))", () => L(c(IT("accumulate"), l(1, 2, 3, 4))));
add("list(itertools.accumulate([1, 2, 3, 4], mul))", () => L(c(IT("accumulate"), l(1, 2, 3, 4), fns.mul)));
add("list(itertools.accumulate([1, 2, 3], initial=100))", () => L(ck(IT("accumulate"), [l(1, 2, 3)], { initial: 100 })));
add("list(itertools.accumulate([], initial=100))", () => L(ck(IT("accumulate"), [l()], { initial: 100 })));
add("list(itertools.accumulate([1, 2], None, initial=None))", () => L(ck(IT("accumulate"), [l(1, 2), None], { initial: None })));
add("list(itertools.accumulate('abc'))", () => L(c(IT("accumulate"), "abc")));
add("itertools.accumulate([1], None, None)", () => c(IT("accumulate"), l(1), None, None));
add("itertools.accumulate()", () => c(IT("accumulate")));
add("list(itertools.chain('ab', [1], (), range(2)))", () => L(c(IT("chain"), "ab", l(1), t(), range(2))));
add("list(itertools.chain())", () => L(c(IT("chain"))));
add("list(itertools.chain.from_iterable(['ab', 'cd']))", () => L(c(getAttr(IT("chain"), "from_iterable"), l("ab", "cd"))));
add("itertools.chain(x=1)", () => ck(IT("chain"), [], { x: 1 }));
add("list(itertools.chain([1], 2))", () => L(c(IT("chain"), l(1), 2)));
add("itertools.chain.from_iterable()", () => c(getAttr(IT("chain"), "from_iterable")));
add("list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1]))", () => L(c(IT("compress"), "abcdef", l(1, 0, 1, 0, 1, 1))));
add("list(itertools.compress('abcdef', [1, 1]))", () => L(c(IT("compress"), "abcdef", l(1, 1))));
add("itertools.compress([1])", () => c(IT("compress"), l(1)));
add("list(itertools.dropwhile(lt3, [1, 2, 3, 4, 1]))", () => L(c(IT("dropwhile"), fns.lt3, l(1, 2, 3, 4, 1))));
add("list(itertools.takewhile(lt3, [1, 2, 3, 4, 1]))", () => L(c(IT("takewhile"), fns.lt3, l(1, 2, 3, 4, 1))));
add("itertools.dropwhile(None)", () => c(IT("dropwhile"), None));
add("itertools.takewhile(lt3, [1], x=1)", () => ck(IT("takewhile"), [fns.lt3, l(1)], { x: 1 }));
add("list(itertools.filterfalse(even, range(10)))", () => L(c(IT("filterfalse"), fns.even, range(10))));
add("list(itertools.filterfalse(None, [0, 1, '', 'a', None]))", () => L(c(IT("filterfalse"), None, l(0, 1, "", "a", None))));
add("list(itertools.starmap(pow, [(2, 5), (3, 2)]))", () => L(c(IT("starmap"), B("pow"), l(t(2, 5), t(3, 2)))));
add("list(itertools.starmap(add, ['ab', [1, 2]]))", () => L(c(IT("starmap"), fns.add, l("ab", l(1, 2)))));
add("list(itertools.starmap(add, [1]))", () => L(c(IT("starmap"), fns.add, l(1))));
add("list(itertools.pairwise('abcd'))", () => L(c(IT("pairwise"), "abcd")));
add("list(itertools.pairwise('a'))", () => L(c(IT("pairwise"), "a")));
add("itertools.pairwise()", () => c(IT("pairwise")));
/** [(k, list(g)) for k, g in groups] */
function groups(gb: PyObject): PyObject {
  const out: PyObject[] = [];
  for (;;) {
    const kg = iterNext(gb);
    if (kg === undefined) return new PyList(out);
    const [k, g] = (kg as PyTuple).items;
    out.push(t(k, L(g)));
  }
}
add("[(k, list(g)) for k, g in itertools.groupby('aaabbcaa')]", () => groups(c(IT("groupby"), "aaabbcaa")));
add("[(k, list(g)) for k, g in itertools.groupby(range(10), mod3)]", () => groups(c(IT("groupby"), range(10), fns.mod3)));
add("[(k, list(g)) for k, g in itertools.groupby([])]", () => groups(c(IT("groupby"), l())));
add("[(k, list(g)) for k, g in itertools.groupby([1, 1.0, True, 2])]", () => groups(c(IT("groupby"), l(1, f(1.0), true, 2))));
add("[k for k, g in itertools.groupby([1, 1, 2, 3, 3])]", () => new PyList(toArray(c(IT("groupby"), l(1, 1, 2, 3, 3))).map((kg) => (kg as PyTuple).items[0])));
add("gs = list(itertools.groupby('aabbb')); [list(g) for k, g in gs]", () => new PyList(toArray(c(IT("groupby"), "aabbb")).map((kg) => L((kg as PyTuple).items[1]))));
add("g = itertools.groupby('aabbb'); k, a = next(g); x = next(a); k2, b = next(g); (x, list(a), list(b))", () => {
  const g = c(IT("groupby"), "aabbb");
  const [, a] = (next(g) as PyTuple).items;
  const x = next(a);
  const [, b] = (next(g) as PyTuple).items;
  return t(x, L(a), L(b));
});
add("g = itertools.groupby('aabbb', key=None); k, a = next(g); type(a).__name__", () => {
  const g = ck(IT("groupby"), ["aabbb"], { key: None });
  return typeOf((next(g) as PyTuple).items[1]).name;
});
add("itertools.groupby()", () => c(IT("groupby")));
add("itertools.groupby(1)", () => c(IT("groupby"), 1));
add("list(itertools.islice('abcdefg', 2))", () => L(c(IT("islice"), "abcdefg", 2)));
add("list(itertools.islice('abcdefg', 2, 4))", () => L(c(IT("islice"), "abcdefg", 2, 4)));
add("list(itertools.islice('abcdefg', 2, None))", () => L(c(IT("islice"), "abcdefg", 2, None)));
add("list(itertools.islice('abcdefg', 0, None, 2))", () => L(c(IT("islice"), "abcdefg", 0, None, 2)));
add("list(itertools.islice('abcdefg', None, 5, 3))", () => L(c(IT("islice"), "abcdefg", None, 5, 3)));
add("list(itertools.islice('abcdefg', 10, 20))", () => L(c(IT("islice"), "abcdefg", 10, 20)));
add("list(itertools.islice(range(100), 1, 2**70, 40))", () => L(c(IT("islice"), range(100), 1, 2n ** 70n, 40)));
add("it = iter(range(10)); list(itertools.islice(it, 3)); list(it)", () => {
  const i = c(B("iter"), range(10));
  L(c(IT("islice"), i, 3));
  return L(i);
});
add("it = iter(range(10)); list(itertools.islice(it, 2, 4)); list(it)", () => {
  const i = c(B("iter"), range(10));
  L(c(IT("islice"), i, 2, 4));
  return L(i);
});
add("itertools.islice([1])", () => c(IT("islice"), l(1)));
add("itertools.islice([1], 'a')", () => c(IT("islice"), l(1), "a"));
add("itertools.islice([1], -1)", () => c(IT("islice"), l(1), -1));
add("itertools.islice([1], -5)", () => c(IT("islice"), l(1), -5));
add("itertools.islice([1], 1, -1)", () => c(IT("islice"), l(1), 1, -1));
add("itertools.islice([1], 1, 2, 0)", () => c(IT("islice"), l(1), 1, 2, 0));
add("itertools.islice([1], 1, 2, 3, 4)", () => c(IT("islice"), l(1), 1, 2, 3, 4));
add("itertools.islice([1], x=1)", () => ck(IT("islice"), [l(1)], { x: 1 }));
add("itertools.islice([1], 'a', 2)", () => c(IT("islice"), l(1), "a", 2));
add("itertools.islice([1], -1, 2)", () => c(IT("islice"), l(1), -1, 2));
add("itertools.islice(1, 2)", () => c(IT("islice"), 1, 2));
add("itertools.islice([1], 2**64)", () => c(IT("islice"), l(1), 2n ** 64n));
add("a, b = itertools.tee('abc'); (list(a), list(b))", () => {
  const [a, b] = (c(IT("tee"), "abc") as PyTuple).items;
  return t(L(a), L(b));
});
add("a, b, c = itertools.tee(range(200), 3); x = list(a); next(b); (x[-3:], list(b)[-3:], next(c), len(list(c)))", () => {
  const [a, b, cc] = (c(IT("tee"), range(200), 3) as PyTuple).items;
  const x = toArray(a);
  next(b);
  const y = toArray(b);
  const z = next(cc);
  return t(l(...x.slice(-3)), l(...y.slice(-3)), z, toArray(cc).length);
});
add("a, = itertools.tee([1, 2], 1); b = a.__copy__(); next(a); (list(a), list(b))", () => {
  const [a] = (c(IT("tee"), l(1, 2), 1) as PyTuple).items;
  const b = m(a, "__copy__");
  next(a);
  return t(L(a), L(b));
});
add("a, b = itertools.tee([1, 2]); c, d = itertools.tee(a); (list(c), list(d), list(b))", () => {
  const [a, b] = (c(IT("tee"), l(1, 2)) as PyTuple).items;
  const [cc, d] = (c(IT("tee"), a) as PyTuple).items;
  return t(L(cc), L(d), L(b));
});
add("a, b = itertools.tee([1]); (type(a).__name__, type(a) is type(b), a is b)", () => {
  const [a, b] = (c(IT("tee"), l(1)) as PyTuple).items;
  return t(typeOf(a).name, typeOf(a) === typeOf(b), a === b);
});
add("itertools.tee([1], 0)", () => c(IT("tee"), l(1), 0));
add("itertools.tee()", () => c(IT("tee")));
add("itertools.tee([1], -1)", () => c(IT("tee"), l(1), -1));
add("itertools.tee([1], 'a')", () => c(IT("tee"), l(1), "a"));
add("itertools.tee(1)", () => c(IT("tee"), 1));
add("list(itertools.zip_longest('abc', 'de'))", () => L(c(IT("zip_longest"), "abc", "de")));
add("list(itertools.zip_longest('abc', [1], fillvalue=0))", () => L(ck(IT("zip_longest"), ["abc", l(1)], { fillvalue: 0 })));
add("list(itertools.zip_longest())", () => L(c(IT("zip_longest"))));
add("list(itertools.zip_longest('', ''))", () => L(c(IT("zip_longest"), "", "")));
add("itertools.zip_longest(x=1)", () => ck(IT("zip_longest"), [], { x: 1 }));
add("itertools.zip_longest(1)", () => c(IT("zip_longest"), 1));
add("list(itertools.product('ab', range(3)))", () => L(c(IT("product"), "ab", range(3))));
add("list(itertools.product('ab', repeat=2))", () => L(ck(IT("product"), ["ab"], { repeat: 2 })));
add("list(itertools.product())", () => L(c(IT("product"))));
add("list(itertools.product('ab', repeat=0))", () => L(ck(IT("product"), ["ab"], { repeat: 0 })));
add("list(itertools.product('ab', []))", () => L(c(IT("product"), "ab", l())));
add("itertools.product(x=1)", () => ck(IT("product"), [], { x: 1 }));
add("itertools.product([1], repeat=-1)", () => ck(IT("product"), [l(1)], { repeat: -1 }));
add("itertools.product([1], repeat='a')", () => ck(IT("product"), [l(1)], { repeat: "a" }));
add("list(itertools.permutations('abc'))", () => L(c(IT("permutations"), "abc")));
add("list(itertools.permutations(range(4), 2))", () => L(c(IT("permutations"), range(4), 2)));
add("list(itertools.permutations('ab', 0))", () => L(c(IT("permutations"), "ab", 0)));
add("list(itertools.permutations('', 0))", () => L(c(IT("permutations"), "", 0)));
add("list(itertools.permutations('ab', 3))", () => L(c(IT("permutations"), "ab", 3)));
add("len(list(itertools.permutations(range(6))))", () => toArray(c(IT("permutations"), range(6))).length);
add("itertools.permutations([1], -1)", () => c(IT("permutations"), l(1), -1));
add("itertools.permutations([1], 'a')", () => c(IT("permutations"), l(1), "a"));
add("list(itertools.permutations([1, 2], r=None))", () => L(ck(IT("permutations"), [l(1, 2)], { r: None })));
add("list(itertools.combinations('abcd', 2))", () => L(c(IT("combinations"), "abcd", 2)));
add("list(itertools.combinations(range(4), 3))", () => L(c(IT("combinations"), range(4), 3)));
add("list(itertools.combinations('abc', 0))", () => L(c(IT("combinations"), "abc", 0)));
add("list(itertools.combinations('abc', 4))", () => L(c(IT("combinations"), "abc", 4)));
add("itertools.combinations([1])", () => c(IT("combinations"), l(1)));
add("itertools.combinations([1], -1)", () => c(IT("combinations"), l(1), -1));
add("itertools.combinations([1], 'a')", () => c(IT("combinations"), l(1), "a"));
add("list(itertools.combinations_with_replacement('abc', 2))", () => L(c(IT("combinations_with_replacement"), "abc", 2)));
add("list(itertools.combinations_with_replacement('', 2))", () => L(c(IT("combinations_with_replacement"), "", 2)));
add("list(itertools.combinations_with_replacement('', 0))", () => L(c(IT("combinations_with_replacement"), "", 0)));
add("list(itertools.combinations_with_replacement('ab', 3))", () => L(c(IT("combinations_with_replacement"), "ab", 3)));
add("itertools.combinations_with_replacement([1], -1)", () => c(IT("combinations_with_replacement"), l(1), -1));
add("[(t.__name__, t.__module__) for t in (itertools.count, itertools.chain, itertools._grouper, itertools._tee)]", () =>
  l(...["count", "chain", "_grouper", "_tee"].map((n) => t(getAttr(IT(n), "__name__"), getAttr(IT(n), "__module__")))),
);
add("it = itertools.chain([1]); (iter(it) is it, next(it))", () => {
  const x = c(IT("chain"), l(1));
  return t(c(B("iter"), x) === x, next(x));
});
add("repr(itertools.cycle([1]))[:24]", () => repr(c(IT("cycle"), l(1))).slice(0, 24));
add("len(itertools.count())", () => len(c(IT("count"))));

// ---- deque -----------------------------------------------------------------------------------
const D = (...a: PyObject[]): PyObject => c(COL("deque"), ...a);
add("collections.deque([1, 2, 3])", () => D(l(1, 2, 3)));
add("collections.deque('abc', 2)", () => D("abc", 2));
add("collections.deque()", () => D());
add("collections.deque(maxlen=0)", () => ck(COL("deque"), [], { maxlen: 0 }));
add("d = collections.deque(maxlen=0); d.append(1); d.extend([1, 2]); d", () => {
  const d = ck(COL("deque"), [], { maxlen: 0 });
  m(d, "append", 1);
  m(d, "extend", l(1, 2));
  return d;
});
add("collections.deque(1)", () => D(1));
add("collections.deque([1], 1.5)", () => D(l(1), f(1.5)));
add("collections.deque([1], -1)", () => D(l(1), -1));
add("collections.deque([1], 2, 3)", () => D(l(1), 2, 3));
add("collections.deque(x=1)", () => ck(COL("deque"), [], { x: 1 }));
add("collections.deque([1], maxlen='a')", () => ck(COL("deque"), [l(1)], { maxlen: "a" }));
add("collections.deque([1], maxlen=True)", () => ck(COL("deque"), [l(1)], { maxlen: true }));
add("d = collections.deque(range(5), 3); d.append(9); d.appendleft(7); d", () => {
  const d = D(range(5), 3);
  m(d, "append", 9);
  m(d, "appendleft", 7);
  return d;
});
add("d = collections.deque([1, 2, 3]); (d.pop(), d.popleft(), d)", () => {
  const d = D(l(1, 2, 3));
  return t(m(d, "pop"), m(d, "popleft"), d);
});
add("collections.deque().pop()", () => m(D(), "pop"));
add("collections.deque().popleft()", () => m(D(), "popleft"));
add("collections.deque([1]).pop(1)", () => m(D(l(1)), "pop", 1));
add("d = collections.deque(); [d.append(i) for i in range(100)]; [d.popleft() for i in range(95)]; d.extend(range(20)); (d, len(d), d[0], d[-1], d[7])", () => {
  const d = D();
  for (let i = 0; i < 100; i++) m(d, "append", i);
  for (let i = 0; i < 95; i++) m(d, "popleft");
  m(d, "extend", range(20));
  return t(d, len(d), getItem(d, 0), getItem(d, -1), getItem(d, 7));
});
add("d = collections.deque([1, 2]); d.extendleft('abc'); d", () => {
  const d = D(l(1, 2));
  m(d, "extendleft", "abc");
  return d;
});
add("d = collections.deque([1, 2], 3); d.extendleft('abc'); d", () => {
  const d = D(l(1, 2), 3);
  m(d, "extendleft", "abc");
  return d;
});
add("d = collections.deque([1, 2]); d.extend(d); d", () => {
  const d = D(l(1, 2));
  m(d, "extend", d);
  return d;
});
add("d = collections.deque([1, 2]); d.extendleft(d); d", () => {
  const d = D(l(1, 2));
  m(d, "extendleft", d);
  return d;
});
add("collections.deque([1]).extend(1)", () => m(D(l(1)), "extend", 1));
for (const n of [1, -1, 2, -2, 3, 7, -8, 0, 100]) {
  add(`d = collections.deque(range(5)); d.rotate(${n}); d`, () => {
    const d = D(range(5));
    m(d, "rotate", n);
    return d;
  });
}
add("d = collections.deque(range(5)); d.rotate(); d", () => {
  const d = D(range(5));
  m(d, "rotate");
  return d;
});
add("collections.deque([1]).rotate(1, 2)", () => m(D(l(1)), "rotate", 1, 2));
add("collections.deque([1]).rotate(n=2)", () => ck(getAttr(D(l(1)), "rotate"), [], { n: 2 }));
add("collections.deque([1]).rotate('a')", () => m(D(l(1)), "rotate", "a"));
add("d = collections.deque([1, 2, 3]); d.clear(); (d, len(d))", () => {
  const d = D(l(1, 2, 3));
  m(d, "clear");
  return t(d, len(d));
});
add("d = collections.deque([1, 2, 1, 1.0, True]); (d.count(1), d.count(2), d.count(3))", () => {
  const d = D(l(1, 2, 1, f(1.0), true));
  return t(m(d, "count", 1), m(d, "count", 2), m(d, "count", 3));
});
add("collections.deque([1]).count()", () => m(D(l(1)), "count"));
add("d = collections.deque('abcabc'); (d.index('b'), d.index('b', 2), d.index('c', -2), d.index('a', 1, 4))", () => {
  const d = D("abcabc");
  return t(m(d, "index", "b"), m(d, "index", "b", 2), m(d, "index", "c", -2), m(d, "index", "a", 1, 4));
});
add("collections.deque('abc').index('z')", () => m(D("abc"), "index", "z"));
add("collections.deque('abc').index('c', 0, 2)", () => m(D("abc"), "index", "c", 0, 2));
add("collections.deque([1]).index(1, 'a')", () => m(D(l(1)), "index", 1, "a"));
add("collections.deque([1]).index()", () => m(D(l(1)), "index"));
for (const i of [0, 1, 2, 3, 10, -1, -3, -10]) {
  add(`d = collections.deque('abc'); d.insert(${i}, 'X'); d`, () => {
    const d = D("abc");
    m(d, "insert", i, "X");
    return d;
  });
}
add("d = collections.deque(range(10)); d.insert(7, 'X'); d.insert(2, 'Y'); d", () => {
  const d = D(range(10));
  m(d, "insert", 7, "X");
  m(d, "insert", 2, "Y");
  return d;
});
add("collections.deque([1], 1).insert(0, 2)", () => m(D(l(1), 1), "insert", 0, 2));
add("collections.deque([1]).insert(1)", () => m(D(l(1)), "insert", 1));
add("collections.deque([1]).insert(10**30, 1)", () => m(D(l(1)), "insert", 10n ** 30n, 1));
add("d = collections.deque('abcb'); d.remove('b'); d", () => {
  const d = D("abcb");
  m(d, "remove", "b");
  return d;
});
add("d = collections.deque(range(10)); d.remove(8); d.remove(1); d", () => {
  const d = D(range(10));
  m(d, "remove", 8);
  m(d, "remove", 1);
  return d;
});
add("collections.deque([1]).remove(2)", () => m(D(l(1)), "remove", 2));
add("d = collections.deque(range(7)); d.reverse(); d", () => {
  const d = D(range(7));
  m(d, "reverse");
  return d;
});
add("d = collections.deque(range(5)); (d[0], d[-1], d[2], d[-5])", () => {
  const d = D(range(5));
  return t(getItem(d, 0), getItem(d, -1), getItem(d, 2), getItem(d, -5));
});
add("collections.deque([1])[1]", () => getItem(D(l(1)), 1));
add("collections.deque([1])[-2]", () => getItem(D(l(1)), -2));
add("collections.deque([1])['a']", () => getItem(D(l(1)), "a"));
add("collections.deque([1])[0:1]", () => getItem(D(l(1)), c(B("slice"), 0, 1)));
add("d = collections.deque(range(5)); d[1] = 'x'; d[-1] = 'y'; d", () => {
  const d = D(range(5));
  setItem(d, 1, "x");
  setItem(d, -1, "y");
  return d;
});
add("d = collections.deque(range(5)); del d[1]; del d[-1]; d", () => {
  const d = D(range(5));
  callMethod(d, "__delitem__", [1]);
  callMethod(d, "__delitem__", [-1]);
  return d;
});
add("d = collections.deque([1]); d[3] = 1", () => {
  setItem(D(l(1)), 3, 1);
  return None;
});
add("(2 in collections.deque([1, 2]), 3 in collections.deque([1, 2]))", () => t(m(D(l(1, 2)), "__contains__", 2), m(D(l(1, 2)), "__contains__", 3)));
add("(len(collections.deque()), bool(collections.deque()), bool(collections.deque([0])))", () => t(len(D()), isTrue(D()), isTrue(D(l(0)))));
add("list(reversed(collections.deque([1, 2, 3])))", () => L(c(B("reversed"), D(l(1, 2, 3)))));
add("d = collections.deque([1, 2, 3]); it = iter(d); next(it); d.append(4); next(it)", () => {
  const d = D(l(1, 2, 3));
  const i = c(B("iter"), d);
  next(i);
  m(d, "append", 4);
  return next(i);
});
add("d = collections.deque([1, 2, 3]); it = iter(d); next(it); d[0] = 9; list(it)", () => {
  const d = D(l(1, 2, 3));
  const i = c(B("iter"), d);
  next(i);
  setItem(d, 0, 9);
  return L(i);
});
add("it = iter(collections.deque([1, 2, 3])); next(it); it.__length_hint__()", () => {
  const i = c(B("iter"), D(l(1, 2, 3)));
  next(i);
  return m(i, "__length_hint__");
});
add("(type(iter(collections.deque())).__name__, type(reversed(collections.deque())).__name__)", () =>
  t(typeOf(c(B("iter"), D())).name, typeOf(c(B("reversed"), D())).name),
);
add("(collections.deque([1, 2]) == collections.deque([1, 2]), collections.deque([1, 2]) == [1, 2], collections.deque([1]) != collections.deque([2]))", () =>
  t(compare(D(l(1, 2)), D(l(1, 2)), Cmp.EQ), compare(D(l(1, 2)), l(1, 2), Cmp.EQ), compare(D(l(1)), D(l(2)), Cmp.NE)),
);
add("(collections.deque([1, 2]) < collections.deque([1, 3]), collections.deque([1, 2]) >= collections.deque([1]), collections.deque() <= collections.deque())", () =>
  t(compare(D(l(1, 2)), D(l(1, 3)), Cmp.LT), compare(D(l(1, 2)), D(l(1)), Cmp.GE), compare(D(), D(), Cmp.LE)),
);
add("collections.deque([1]) < [1]", () => compare(D(l(1)), l(1), Cmp.LT));
add("collections.deque([1, 2], 3) + collections.deque([3, 4])", () => binaryOp(D(l(1, 2), 3), D(l(3, 4)), NB.ADD));
add("collections.deque([1]) + [1]", () => binaryOp(D(l(1)), l(1), NB.ADD));
add("(collections.deque([1, 2]) * 3, 2 * collections.deque('ab'), collections.deque([1]) * 0, collections.deque([1, 2, 3], 4) * 2)", () =>
  t(binaryOp(D(l(1, 2)), 3, NB.MULTIPLY), binaryOp(2, D("ab"), NB.MULTIPLY), binaryOp(D(l(1)), 0, NB.MULTIPLY), binaryOp(D(l(1, 2, 3), 4), 2, NB.MULTIPLY)),
);
add("collections.deque([1, 2, 3], 5) * 7", () => binaryOp(D(l(1, 2, 3), 5), 7, NB.MULTIPLY));
add("collections.deque([1]) * 'a'", () => binaryOp(D(l(1)), "a", NB.MULTIPLY));
add("d = collections.deque([1]); e = d; d += [2, 3]; d *= 2; (d, d is e)", () => {
  let d = D(l(1));
  const e = d;
  d = binaryOp(d, l(2, 3), NB.INPLACE + NB.ADD);
  d = binaryOp(d, 2, NB.INPLACE + NB.MULTIPLY);
  return t(d, d === e);
});
add("d = collections.deque([1, [2]], 5); e = d.copy(); e.append(3); (d, e, d.__copy__())", () => {
  const d = D(l(1, l(2)), 5);
  const e = m(d, "copy");
  m(e, "append", 3);
  return t(d, e, m(d, "__copy__"));
});
add("(collections.deque([1]).maxlen, collections.deque([1], 5).maxlen)", () => t(getAttr(D(l(1)), "maxlen"), getAttr(D(l(1), 5), "maxlen")));
add("collections.deque([1]).maxlen = 3", () => {
  setAttr(D(l(1)), "maxlen", 3);
  return None;
});
add("collections.deque([1], 3).__reduce__()[:3]", () => t(...(m(D(l(1), 3), "__reduce__") as PyTuple).items.slice(0, 3)));
add("d = collections.deque([1]); d.append(d); d", () => {
  const d = D(l(1));
  m(d, "append", d);
  return d;
});
add("hash(collections.deque())", () => c(B("hash"), D()));
add("(collections.deque.__name__, collections.deque.__module__, collections.deque.__hash__)", () =>
  t(getAttr(COL("deque"), "__name__"), getAttr(COL("deque"), "__module__"), getAttr(COL("deque"), "__hash__")),
);

// deque subclass
const MyDeque = pyClass("MyDeque", [COL("deque") as PyType], {});
add("class MyDeque(collections.deque): pass\nd = MyDeque([1, 2], 4); d.x = 5; (d, d.x, type(d.copy()).__name__, d.copy(), type(d + d).__name__, d * 2)", () => {
  const d = c(MyDeque, l(1, 2), 4);
  setAttr(d, "x", 5);
  return t(d, getAttr(d, "x"), typeOf(m(d, "copy")).name, m(d, "copy"), typeOf(binaryOp(d, d, NB.ADD)).name, binaryOp(d, 2, NB.MULTIPLY));
});

// ---- defaultdict -----------------------------------------------------------------------------
const DD = (...a: PyObject[]): PyObject => c(COL("defaultdict"), ...a);
add("d = collections.defaultdict(list); d['a'].append(1); d['b']; d", () => {
  const d = DD(B("list"));
  m(getItem(d, "a"), "append", 1);
  getItem(d, "b");
  return d;
});
add("d = collections.defaultdict(int); d[1] += 1; d[1] += 1; (d, d.get(2), 2 in d)", () => {
  const d = DD(B("int"));
  setItem(d, 1, binaryOp(getItem(d, 1), 1, NB.ADD));
  setItem(d, 1, binaryOp(getItem(d, 1), 1, NB.ADD));
  return t(d, m(d, "get", 2), m(d, "__contains__", 2));
});
add("collections.defaultdict()[1]", () => getItem(DD(), 1));
add("collections.defaultdict(None)[(1, 2)]", () => getItem(DD(None), t(1, 2)));
add("collections.defaultdict(1)", () => DD(1));
add("collections.defaultdict(list, {1: 2}, a=3)", () => ck(COL("defaultdict"), [B("list"), newDictOf([[1, 2]])], { a: 3 }));
add("collections.defaultdict(list, [(1, 2)])", () => DD(B("list"), l(t(1, 2))));
add("collections.defaultdict(list, 1, 2)", () => DD(B("list"), 1, 2));
add("collections.defaultdict(default_factory=list)", () => ck(COL("defaultdict"), [], { default_factory: B("list") }));
add("repr(collections.defaultdict(None))", () => repr(DD(None)));
add("d = collections.defaultdict(list, {1: 2}); d.default_factory = d; repr(d)", () => {
  const d = DD(B("list"), newDictOf([[1, 2]]));
  setAttr(d, "default_factory", d);
  return repr(d);
});
add("d = collections.defaultdict(list); (d.default_factory, d.__missing__(1), d)", () => {
  const d = DD(B("list"));
  return t(getAttr(d, "default_factory"), m(d, "__missing__", 1), d);
});
add("d = collections.defaultdict(list, {1: [2]}); e = d.copy(); e[1].append(3); e[2]; (type(e).__name__, d, e, d.__copy__())", () => {
  const d = DD(B("list"), newDictOf([[1, l(2)]]));
  const e = m(d, "copy");
  m(getItem(e, 1), "append", 3);
  getItem(e, 2);
  return t(typeOf(e).name, d, e, m(d, "__copy__"));
});
add("d = collections.defaultdict(list, {1: 2}); (d | {3: 4}, {0: 1} | d, type({0: 1} | d).__name__)", () => {
  const d = DD(B("list"), newDictOf([[1, 2]]));
  const r2 = binaryOp(newDictOf([[0, 1]]), d, NB.OR);
  return t(binaryOp(d, newDictOf([[3, 4]]), NB.OR), r2, typeOf(r2).name);
});
add("collections.defaultdict(list, {1: 2}) == {1: 2}", () => compare(DD(B("list"), newDictOf([[1, 2]])), newDictOf([[1, 2]]), Cmp.EQ));
add("r = collections.defaultdict(list, {1: 2}).__reduce__(); (r[:4], list(r[4]))", () => {
  const r = m(DD(B("list"), newDictOf([[1, 2]])), "__reduce__") as PyTuple;
  return t(t(...r.items.slice(0, 4)), L(r.items[4]));
});
add("hash(collections.defaultdict())", () => c(B("hash"), DD()));
add("d = collections.defaultdict(list); d.default_factory = None; d[1]", () => {
  const d = DD(B("list"));
  setAttr(d, "default_factory", None);
  return getItem(d, 1);
});
const MyDD = pyClass("MyDD", [COL("defaultdict") as PyType], {});
add("class MyDD(collections.defaultdict): pass\nd = MyDD(list); d[1]; d.x = 2; (d, d.x, type(d.copy()).__name__)", () => {
  const d = c(MyDD, B("list"));
  getItem(d, 1);
  setAttr(d, "x", 2);
  return t(d, getAttr(d, "x"), typeOf(m(d, "copy")).name);
});

// ---- _count_elements ---------------------------------------------------------------------------
add("d = {}; _collections._count_elements(d, 'abracadabra'); d", () => {
  const d = new PyDict();
  c(COL("_count_elements"), d, "abracadabra");
  return d;
});
add("d = {'a': 10}; _collections._count_elements(d, 'aab'); d", () => {
  const d = newDictOf([["a", 10]]);
  c(COL("_count_elements"), d, "aab");
  return d;
});
add("_collections._count_elements({})", () => c(COL("_count_elements"), new PyDict()));
add("_collections._count_elements({}, [[1]])", () => c(COL("_count_elements"), new PyDict(), l(l(1))));

// ---- _tuplegetter ------------------------------------------------------------------------------
const TG = (...a: PyObject[]): PyObject => c(COL("_tuplegetter"), ...a);
const tgGet = (g: PyObject, ...a: PyObject[]): PyObject => m(g, "__get__", ...a);
add("g = _collections._tuplegetter(1, 'doc'); (g.__get__((5, 6)), g.__get__(None, tuple) is g, repr(g), g.__doc__, g.__reduce__())", () => {
  const g = TG(1, "doc");
  return t(tgGet(g, t(5, 6)), tgGet(g, None, B("tuple")) === g, repr(g), getAttr(g, "__doc__"), m(g, "__reduce__"));
});
add("g = _collections._tuplegetter(0, None); g.__doc__ = 'x'; g.__doc__", () => {
  const g = TG(0, None);
  setAttr(g, "__doc__", "x");
  return getAttr(g, "__doc__");
});
add("_collections._tuplegetter(0, 'd').__get__(1)", () => tgGet(TG(0, "d"), 1));
add("_collections._tuplegetter(5, 'd').__get__((1,))", () => tgGet(TG(5, "d"), t(1)));
add("_collections._tuplegetter()", () => TG());
add("_collections._tuplegetter('a', 1)", () => TG("a", 1));
add("_collections._tuplegetter(0, 1).__set__((1,), 2)", () => m(TG(0, 1), "__set__", t(1), 2));
add("_collections._tuplegetter(0, 1).__delete__((1,))", () => m(TG(0, 1), "__delete__", t(1)));
const NT = pyClass("NT", [typeOf(t()) as PyType], {});
NT.dict.map.set("a", TG(0, "first"));
NT.dict.map.set("b", TG(1, "second"));
typeModified(NT);
add("class NT(tuple): a = _collections._tuplegetter(0, 'first'); b = _collections._tuplegetter(1, 'second')\nx = NT((1, 2)); (x.a, x.b, NT.a)", () => {
  const x = c(NT, t(1, 2));
  return t(getAttr(x, "a"), getAttr(x, "b"), getAttr(NT, "a"));
});
add("class NT(tuple): a = _collections._tuplegetter(0, 'first')\nx = NT((1, 2)); x.a = 5", () => {
  setAttr(c(NT, t(1, 2)), "a", 5);
  return None;
});

// ---- __class_getitem__ ---------------------------------------------------------------------------
add("[(a.__origin__.__name__, a.__args__) for a in (collections.deque[int], collections.defaultdict[str, int], functools.partial[int], itertools.chain[str])]", () =>
  l(
    ...[
      [COL("deque"), B("int")],
      [COL("defaultdict"), t(B("str"), B("int"))],
      [FT("partial"), B("int")],
      [IT("chain"), B("str")],
    ].map(([tp, arg]) => {
      const a = getItem(tp, arg);
      return t(getAttr(getAttr(a, "__origin__"), "__name__"), getAttr(a, "__args__"));
    }),
  ),
);

// ---- functools --------------------------------------------------------------------------------
add("functools.reduce(add, [1, 2, 3, 4])", () => c(FT("reduce"), fns.add, l(1, 2, 3, 4)));
add("functools.reduce(add, [1, 2, 3], 10)", () => c(FT("reduce"), fns.add, l(1, 2, 3), 10));
add("functools.reduce(add, [], 10)", () => c(FT("reduce"), fns.add, l(), 10));
add("functools.reduce(add, [5])", () => c(FT("reduce"), fns.add, l(5)));
add("functools.reduce(add, 'abc')", () => c(FT("reduce"), fns.add, "abc"));
add("functools.reduce()", () => c(FT("reduce")));
add("functools.reduce(add, [])", () => c(FT("reduce"), fns.add, l()));
add("functools.reduce(add, 1)", () => c(FT("reduce"), fns.add, 1));
add("functools.reduce(add, [1], 2, 3)", () => c(FT("reduce"), fns.add, l(1), 2, 3));
add("functools.reduce(add, [1], initial=3)", () => ck(FT("reduce"), [fns.add, l(1)], { initial: 3 }));
add("functools.reduce(boom, [1, 2])", () => c(FT("reduce"), fns.boom, l(1, 2)));
const P = (...a: PyObject[]): PyObject => c(FT("partial"), ...a);
add("p = functools.partial(kwf, 1, a=2); (p(3, b=4), p(a=5), p())", () => {
  const p = ck(FT("partial"), [fns.kwf, 1], { a: 2 });
  return t(ck(p, [3], { b: 4 }), ck(p, [], { a: 5 }), c(p));
});
add("p = functools.partial(functools.partial(kwf, 1, a=2), 3, b=4); (p.func is kwf, p.args, p.keywords, p(5))", () => {
  const p = ck(FT("partial"), [ck(FT("partial"), [fns.kwf, 1], { a: 2 }), 3], { b: 4 });
  return t(getAttr(p, "func") === fns.kwf, getAttr(p, "args"), getAttr(p, "keywords"), c(p, 5));
});
add("p = functools.partial(kwf); p.x = 1; q = functools.partial(p, 2); (q.func is p, q.args, p.__dict__)", () => {
  const p = P(fns.kwf);
  setAttr(p, "x", 1);
  const q = P(p, 2);
  return t(getAttr(q, "func") === p, getAttr(q, "args"), getAttr(p, "__dict__"));
});
add("repr(functools.partial(len, 1, 'a', b=[2]))", () => repr(ck(FT("partial"), [B("len"), 1, "a"], { b: l(2) })));
add("functools.partial()", () => c(FT("partial")));
add("functools.partial(1)", () => c(FT("partial"), 1));
add("functools.partial(func=len)", () => ck(FT("partial"), [], { func: B("len") }));
add("functools.partial(len).func = 1", () => {
  setAttr(P(B("len")), "func", 1);
  return None;
});
add("p = functools.partial(len, [1]); p.args = ()", () => {
  setAttr(P(B("len"), l(1)), "args", t());
  return None;
});
add("functools.partial(len).__reduce__()", () => m(P(B("len")), "__reduce__"));
add("functools.partial(len, 'ab')()", () => c(P(B("len"), "ab")));
add("(functools.partial.__name__, functools.partial.__module__)", () => t(getAttr(FT("partial"), "__name__"), getAttr(FT("partial"), "__module__")));
const MyPartial = pyClass("MyPartial", [FT("partial") as PyType], {});
add("class MyPartial(functools.partial): pass\np = MyPartial(kwf, 1); (repr(p).replace(repr(kwf), 'kwf'), p(2), type(functools.partial(p, 3)).__name__)", () => {
  const p = c(MyPartial, fns.kwf, 1);
  return t(repr(p).replace(repr(fns.kwf), "kwf"), c(p, 2), typeOf(P(p, 3)).name);
});
add("sorted([5, 1, 4, 2], key=functools.cmp_to_key(cmp))", () => ck(B("sorted"), [l(5, 1, 4, 2)], { key: c(FT("cmp_to_key"), fns.cmp) }));
add("sorted([5, 1, 4, 2], key=functools.cmp_to_key(rcmp))", () => ck(B("sorted"), [l(5, 1, 4, 2)], { key: c(FT("cmp_to_key"), fns.rcmp) }));
add("K = functools.cmp_to_key(cmp); (K(1) < K(2), K(2) <= K(1), K(1) == K(1), K(1) != K(1), K(3) > K(2), K(3) >= K(4), K(7).obj)", () => {
  const K = c(FT("cmp_to_key"), fns.cmp);
  const k = (x: number) => c(K, x);
  return t(compare(k(1), k(2), Cmp.LT), compare(k(2), k(1), Cmp.LE), compare(k(1), k(1), Cmp.EQ), compare(k(1), k(1), Cmp.NE), compare(k(3), k(2), Cmp.GT), compare(k(3), k(4), Cmp.GE), getAttr(k(7), "obj"));
});
add("functools.cmp_to_key(cmp)(1) < 1", () => compare(c(c(FT("cmp_to_key"), fns.cmp), 1), 1, Cmp.LT));
add("hash(functools.cmp_to_key(cmp)(1))", () => c(B("hash"), c(c(FT("cmp_to_key"), fns.cmp), 1)));
add("functools.cmp_to_key(cmp)(1, 2)", () => c(c(FT("cmp_to_key"), fns.cmp), 1, 2));
add("functools.cmp_to_key(cmp)()", () => c(c(FT("cmp_to_key"), fns.cmp)));
add("functools.cmp_to_key()", () => c(FT("cmp_to_key")));
add("functools.cmp_to_key(mycmp=cmp)(obj=3).obj", () => getAttr(ck(ck(FT("cmp_to_key"), [], { mycmp: fns.cmp }), [], { obj: 3 }), "obj"));
add("type(functools.cmp_to_key(cmp)(1)).__name__", () => typeOf(c(c(FT("cmp_to_key"), fns.cmp), 1)).name);
/** cache_info_type: the oracle uses functools._CacheInfo and compares tuple(w.cache_info()). */
const CI = new PyBuiltinFunction("CacheInfo", (args) => new PyTuple(args));
const LRU = (fn: PyObject, maxsize: PyObject, typed = false): PyObject => c(FT("_lru_cache_wrapper"), fn, maxsize, typed, CI);
add("w = _functools._lru_cache_wrapper(first, 2, False, functools._CacheInfo); [w(x) for x in ['ab', 'cd', 'ab', 'ef', 'cd', 'ef']]; tuple(w.cache_info())", () => {
  const w = LRU(fns.first, 2);
  for (const x of ["ab", "cd", "ab", "ef", "cd", "ef"]) c(w, x);
  return m(w, "cache_info");
});
add("w = _functools._lru_cache_wrapper(add, None, False, functools._CacheInfo); [w(x, 1) for x in [1, 2, 1, 1]]; tuple(w.cache_info())", () => {
  const w = LRU(fns.add, None);
  for (const x of [1, 2, 1, 1]) c(w, x, 1);
  return m(w, "cache_info");
});
add("w = _functools._lru_cache_wrapper(add, 0, False, functools._CacheInfo); [w(x, 1) for x in [1, 2, 1, 1]]; tuple(w.cache_info())", () => {
  const w = LRU(fns.add, 0);
  for (const x of [1, 2, 1, 1]) c(w, x, 1);
  return m(w, "cache_info");
});
add("w = _functools._lru_cache_wrapper(kwf, 10, True, functools._CacheInfo); (w(1), w(1.0), w(1, a=2), w(1, a=2), tuple(w.cache_info()))", () => {
  const w = LRU(fns.kwf, 10, true);
  return t(c(w, 1), c(w, f(1.0)), ck(w, [1], { a: 2 }), ck(w, [1], { a: 2 }), m(w, "cache_info"));
});
add("w = _functools._lru_cache_wrapper(add, -5, False, functools._CacheInfo); w(1, 2); w.cache_clear(); tuple(w.cache_info())", () => {
  const w = LRU(fns.add, -5);
  c(w, 1, 2);
  m(w, "cache_clear");
  return m(w, "cache_info");
});
add("_functools._lru_cache_wrapper(len, 'a', False, functools._CacheInfo)", () => LRU(B("len"), "a"));
add("_functools._lru_cache_wrapper(1, 1, False, functools._CacheInfo)", () => LRU(1, 1));
add("_functools._lru_cache_wrapper(len, 2, False, functools._CacheInfo)([1])", () => c(LRU(B("len"), 2), l(1)));

// ---- operator -----------------------------------------------------------------------------------
const BIN = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor"];
for (const name of BIN) {
  for (const [a, b, pa, pb] of [
    [7, 3, "7", "3"],
    [f(7.5), 2, "7.5", "2"],
    [-7, 2, "-7", "2"],
    [true, 3, "True", "3"],
  ] as [PyObject, PyObject, string, string][]) {
    add(`_operator.${name}(${pa}, ${pb})`, () => c(OP(name), a, b));
    const iname = name.endsWith("_") ? `i${name.slice(0, -1)}` : `i${name}`;
    add(`_operator.${iname}(${pa}, ${pb})`, () => c(OP(iname), a, b));
  }
}
add("_operator.add('a', 'b'), _operator.mul('ab', 3), _operator.mod('%s!', 5)", () => t(c(OP("add"), "a", "b"), c(OP("mul"), "ab", 3), c(OP("mod"), "%s!", 5)));
add("_operator.add(1, 'a')", () => c(OP("add"), 1, "a"));
add("_operator.pow('a', 2)", () => c(OP("pow"), "a", 2));
add("_operator.ipow([1], 2)", () => c(OP("ipow"), l(1), 2));
add("_operator.truediv(1, 0)", () => c(OP("truediv"), 1, 0));
add("_operator.matmul(1, 2)", () => c(OP("matmul"), 1, 2));
add("_operator.imatmul(1, 2)", () => c(OP("imatmul"), 1, 2));
add("a = [1]; b = _operator.iadd(a, [2]); (a, b is a)", () => {
  const a = l(1);
  const b = c(OP("iadd"), a, l(2));
  return t(a, b === a);
});
add("a = (1,); b = _operator.iadd(a, (2,)); (a, b)", () => {
  const a = t(1);
  return t(a, c(OP("iadd"), a, t(2)));
});
add("(_operator.and_(True, False), _operator.or_(True, False), _operator.xor(True, True), _operator.and_({1, 2}, {2, 3}))", () =>
  t(c(OP("and_"), true, false), c(OP("or_"), true, false), c(OP("xor"), true, true), c(OP("and_"), c(B("set"), l(1, 2)), c(B("set"), l(2, 3)))),
);
for (const name of ["lt", "le", "eq", "ne", "gt", "ge"]) {
  add(`(_operator.${name}(1, 2), _operator.${name}(2, 2), _operator.${name}('b', 'a'), _operator.${name}([1], [1, 0]), _operator.${name}(1.5, 1))`, () =>
    t(c(OP(name), 1, 2), c(OP(name), 2, 2), c(OP(name), "b", "a"), c(OP(name), l(1), l(1, 0)), c(OP(name), f(1.5), 1)),
  );
}
add("_operator.lt(1, 'a')", () => c(OP("lt"), 1, "a"));
add("(_operator.eq(1, 'a'), _operator.ne(None, 0))", () => t(c(OP("eq"), 1, "a"), c(OP("ne"), None, 0)));
add("(_operator.neg(5), _operator.pos(-5), _operator.inv(5), _operator.invert(-1), _operator.abs(-3.5), _operator.abs(-2**70), _operator.neg(True))", () =>
  t(c(OP("neg"), 5), c(OP("pos"), -5), c(OP("inv"), 5), c(OP("invert"), -1), c(OP("abs"), f(-3.5)), c(OP("abs"), -(2n ** 70n)), c(OP("neg"), true)),
);
add("_operator.neg('a')", () => c(OP("neg"), "a"));
add("_operator.abs('a')", () => c(OP("abs"), "a"));
add("_operator.neg()", () => c(OP("neg")));
add("_operator.not_(1, 2)", () => c(OP("not_"), 1, 2));
add("(_operator.not_([]), _operator.not_(1), _operator.truth(''), _operator.truth('a'))", () =>
  t(c(OP("not_"), l()), c(OP("not_"), 1), c(OP("truth"), ""), c(OP("truth"), "a")),
);
add("(_operator.index(5), _operator.index(True))", () => t(c(OP("index"), 5), c(OP("index"), true)));
add("_operator.index('a')", () => c(OP("index"), "a"));
add("_operator.index(1.5)", () => c(OP("index"), f(1.5)));
add("(_operator.is_(None, None), _operator.is_(1, 2), _operator.is_not(None, 1), _operator.is_not('a', 'a'))", () =>
  t(c(OP("is_"), None, None), c(OP("is_"), 1, 2), c(OP("is_not"), None, 1), c(OP("is_not"), "a", "a")),
);
add("_operator.is_(1)", () => c(OP("is_"), 1));
add("_operator.add(1, b=2)", () => ck(OP("add"), [1], { b: 2 }));
add("_operator.add(1)", () => c(OP("add"), 1));
add("(_operator.concat([1], [2]), _operator.concat('a', 'b'), _operator.concat((1,), ()))", () =>
  t(c(OP("concat"), l(1), l(2)), c(OP("concat"), "a", "b"), c(OP("concat"), t(1), t())),
);
add("_operator.concat(1, 2)", () => c(OP("concat"), 1, 2));
add("_operator.concat([1], (2,))", () => c(OP("concat"), l(1), t(2)));
add("_operator.concat('a', 1)", () => c(OP("concat"), "a", 1));
add("_operator.concat({}, {})", () => c(OP("concat"), new PyDict(), new PyDict()));
add("a = [1]; b = _operator.iconcat(a, (2,)); (a, b is a)", () => {
  const a = l(1);
  const b = c(OP("iconcat"), a, t(2));
  return t(a, b === a);
});
add("_operator.iconcat(1, 2)", () => c(OP("iconcat"), 1, 2));
add("(_operator.contains([1, 2], 2), _operator.contains('abc', 'bc'), _operator.contains({1: 2}, 2))", () =>
  t(c(OP("contains"), l(1, 2), 2), c(OP("contains"), "abc", "bc"), c(OP("contains"), newDictOf([[1, 2]]), 2)),
);
add("_operator.contains(1, 2)", () => c(OP("contains"), 1, 2));
add("(_operator.countOf([1, 2, 1, 1.0, True], 1), _operator.countOf('abca', 'a'), _operator.indexOf([3, 4, 5], 5), _operator.indexOf('abc', 'b'))", () =>
  t(c(OP("countOf"), l(1, 2, 1, f(1.0), true), 1), c(OP("countOf"), "abca", "a"), c(OP("indexOf"), l(3, 4, 5), 5), c(OP("indexOf"), "abc", "b")),
);
add("_operator.indexOf([1], 2)", () => c(OP("indexOf"), l(1), 2));
add("_operator.countOf(1, 1)", () => c(OP("countOf"), 1, 1));
add("d = {}; _operator.setitem(d, 'a', 1); x = _operator.getitem(d, 'a'); _operator.delitem(d, 'a'); (x, d)", () => {
  const d = new PyDict();
  c(OP("setitem"), d, "a", 1);
  const x = c(OP("getitem"), d, "a");
  c(OP("delitem"), d, "a");
  return t(x, d);
});
add("_operator.getitem([1], 5)", () => c(OP("getitem"), l(1), 5));
add("_operator.delitem([1], 5)", () => c(OP("delitem"), l(1), 5));
add("_operator.setitem({}, [], 1)", () => c(OP("setitem"), new PyDict(), l(), 1));
add("_operator.setitem(1, 2)", () => c(OP("setitem"), 1, 2));
add("(_operator.length_hint([1, 2]), _operator.length_hint(iter(collections.deque([1, 2, 3]))), _operator.length_hint(1), _operator.length_hint(1, 7), _operator.length_hint(itertools.repeat(1, 4)))", () =>
  t(c(OP("length_hint"), l(1, 2)), c(OP("length_hint"), c(B("iter"), D(l(1, 2, 3)))), c(OP("length_hint"), 1), c(OP("length_hint"), 1, 7), c(OP("length_hint"), c(IT("repeat"), 1, 4))),
);
add("_operator.length_hint(1, 'a')", () => c(OP("length_hint"), 1, "a"));
add("_operator.length_hint()", () => c(OP("length_hint")));
add("_operator.length_hint(itertools.repeat(1))", () => c(OP("length_hint"), c(IT("repeat"), 1)));
add("(_operator.call(kwf, 1, a=2), _operator.call(len, 'abc'))", () => t(ck(OP("call"), [fns.kwf, 1], { a: 2 }), c(OP("call"), B("len"), "abc")));
add("_operator.call()", () => c(OP("call")));
add("(_operator._compare_digest('abc', 'abc'), _operator._compare_digest('abc', 'abd'), _operator._compare_digest('a', 'ab'), _operator._compare_digest(b'ab', bytearray(b'ab')))", () =>
  t(c(OP("_compare_digest"), "abc", "abc"), c(OP("_compare_digest"), "abc", "abd"), c(OP("_compare_digest"), "a", "ab"), c(OP("_compare_digest"), pyEval("b'ab'"), pyEval("bytearray(b'ab')"))),
);
add("_operator._compare_digest(1, 2)", () => c(OP("_compare_digest"), 1, 2));
add("_operator._compare_digest('é', 'é')", () => c(OP("_compare_digest"), "é", "é"));
add("_operator._compare_digest(b'a', 'a')", () => c(OP("_compare_digest"), pyEval("b'a'"), "a"));
// attrgetter / itemgetter / methodcaller
add("(_operator.attrgetter('real')(3), _operator.attrgetter('real', 'imag')(3), _operator.attrgetter('__class__.__name__')(3))", () =>
  t(c(c(OP("attrgetter"), "real"), 3), c(c(OP("attrgetter"), "real", "imag"), 3), c(c(OP("attrgetter"), "__class__.__name__"), 3)),
);
add("(repr(_operator.attrgetter('a')), repr(_operator.attrgetter('a', 'b.c')))", () => t(repr(c(OP("attrgetter"), "a")), repr(c(OP("attrgetter"), "a", "b.c"))));
add("_operator.attrgetter()", () => c(OP("attrgetter")));
add("_operator.attrgetter(1)", () => c(OP("attrgetter"), 1));
add("_operator.attrgetter('a', 2)", () => c(OP("attrgetter"), "a", 2));
add("_operator.attrgetter('a', x=1)", () => ck(OP("attrgetter"), ["a"], { x: 1 }));
add("_operator.attrgetter('a')(1)", () => c(c(OP("attrgetter"), "a"), 1));
add("_operator.attrgetter('real')(1, 2)", () => c(c(OP("attrgetter"), "real"), 1, 2));
add("_operator.attrgetter('real').__reduce__()", () => m(c(OP("attrgetter"), "real"), "__reduce__"));
add("(_operator.itemgetter(1)('abc'), _operator.itemgetter(0, -1)('abc'), _operator.itemgetter('k')({'k': 5}), _operator.itemgetter(slice(1, None))([1, 2, 3]))", () =>
  t(c(c(OP("itemgetter"), 1), "abc"), c(c(OP("itemgetter"), 0, -1), "abc"), c(c(OP("itemgetter"), "k"), newDictOf([["k", 5]])), c(c(OP("itemgetter"), c(B("slice"), 1, None)), l(1, 2, 3))),
);
add("(repr(_operator.itemgetter(1)), repr(_operator.itemgetter(1, 'a')))", () => t(repr(c(OP("itemgetter"), 1)), repr(c(OP("itemgetter"), 1, "a"))));
add("_operator.itemgetter()", () => c(OP("itemgetter")));
add("_operator.itemgetter(1)([1, 2], 3)", () => c(c(OP("itemgetter"), 1), l(1, 2), 3));
add("_operator.itemgetter(1)(x=3)", () => ck(c(OP("itemgetter"), 1), [], { x: 3 }));
add("_operator.itemgetter(5)([1])", () => c(c(OP("itemgetter"), 5), l(1)));
add("sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=_operator.itemgetter(1))", () => ck(B("sorted"), [l(t(1, "b"), t(0, "c"), t(2, "a"))], { key: c(OP("itemgetter"), 1) }));
add("(_operator.methodcaller('upper')('ab'), _operator.methodcaller('split', ',', 1)('a,b,c'), _operator.methodcaller('split', maxsplit=1)('a b c'))", () =>
  t(c(c(OP("methodcaller"), "upper"), "ab"), c(c(OP("methodcaller"), "split", ",", 1), "a,b,c"), c(ck(OP("methodcaller"), ["split"], { maxsplit: 1 }), "a b c")),
);
add("repr(_operator.methodcaller('f', 1, 'x', b=2))", () => repr(ck(OP("methodcaller"), ["f", 1, "x"], { b: 2 })));
add("_operator.methodcaller()", () => c(OP("methodcaller")));
add("_operator.methodcaller(1)", () => c(OP("methodcaller"), 1));
add("_operator.methodcaller('a', 1)(1)", () => c(c(OP("methodcaller"), "a", 1), 1));
add("_operator.methodcaller('f')(1, 2)", () => c(c(OP("methodcaller"), "f"), 1, 2));
add("_operator.methodcaller('f', 1).__reduce__()", () => m(c(OP("methodcaller"), "f", 1), "__reduce__"));
add("[(t.__name__, t.__module__) for t in (_operator.attrgetter, _operator.itemgetter, _operator.methodcaller)]", () =>
  l(...["attrgetter", "itemgetter", "methodcaller"].map((n) => t(getAttr(OP(n), "__name__"), getAttr(OP(n), "__module__")))),
);
add("(_operator.add.__name__, _operator.add.__module__)", () => t(getAttr(OP("add"), "__name__"), getAttr(OP("add"), "__module__")));
add("sorted(n for n in dir(_operator) if not n.startswith('__'))", () => c(B("sorted"), l(...[...OPM.dict.map.keys()].filter((k) => typeof k === "string" && !k.startsWith("__")) as string[])));
add("sorted(n for n in dir(itertools) if not n.startswith('__') and n != '_tee_dataobject')", () =>
  c(B("sorted"), l(...[...ITM.dict.map.keys()].filter((k) => typeof k === "string" && !k.startsWith("__")) as string[])),
);

// ---------------------------------------------------------------------------------------------
// Helpers needing the oracle-side world

function newDictOf(pairs: [PyObject, PyObject][]): PyDict {
  const d = new PyDict();
  for (const [k, v] of pairs) dictSet(d, k, v);
  return d;
}
/** A few literals not worth building by hand (bytes) come from the builtins. */
function pyEval(src: string): PyObject {
  if (src === "b'ab'") return new PyBytes(new Uint8Array([97, 98]));
  if (src === "b'a'") return new PyBytes(new Uint8Array([97]));
  if (src === "bytearray(b'ab')") return new PyByteArray(new Uint8Array([97, 98]), 2);
  throw new Error(src);
}
// ---------------------------------------------------------------------------------------------
// The oracle

const PRELUDE = [
  "import itertools, collections, functools, operator, _collections, _functools, _operator",
  ...Object.entries(FNS).map(([name, [src]]) => `${name} = ${src}`),
  KWF_PY,
].join("\n");

const ORACLE = `
import json, sys
base = {}
exec(${JSON.stringify(PRELUDE)}, base)
out = []
for src in json.load(sys.stdin):
    ns = dict(base)
    try:
        *pre, last = src.split("\\n")
        for s in pre:
            exec(s, ns)
        parts = last.split("; ")
        for s in parts[:-1]:
            exec(s, ns)
        try:
            code = compile(parts[-1], "<case>", "eval")
        except SyntaxError:
            exec(parts[-1], ns)
            out.append("ok:None")
            continue
        out.append("ok:" + repr(eval(code, ns)))
    except Exception as e:
        out.append(f"err:{type(e).__name__}: {e}")
print(json.dumps(out))
`;

function runOracle(srcs: string[]): string[] {
  const r = spawnSync("python3.11", ["-c", ORACLE], { input: JSON.stringify(srcs), encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`python3.11 failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}

function runTs(fn: () => PyObject): string {
  try {
    return `ok:${repr(fn())}`;
  } catch (e) {
    if (e instanceof PyBaseException) return `err:${e.cls.name}: ${str(e)}`;
    throw e;
  }
}

/** Addresses in default reprs differ between the two runs. Types defined in C modules have a
 *  dotted tp_name ('collections.deque') that CPython's messages and type reprs use; ours carry
 *  the plain name with __module__ beside it, so the module prefix is dropped before comparing
 *  (a known difference, see the report). */
const DOTTED = /(['<]|class ')(?:collections|_collections|functools|itertools|operator)\.(deque|defaultdict|partial|KeyWrapper|attrgetter|itemgetter|methodcaller|count|_lru_cache_wrapper|_tuplegetter)\b/g;
const normalise = (s: string) => s.replace(/ at 0x[0-9a-f]+/g, " at 0x?").replace(DOTTED, "$1$2");

describe("itertools, _collections, _functools, _operator against CPython 3.11", () => {
  const expected = runOracle(cases.map(([py]) => py));
  for (let i = 0; i < cases.length; i++) {
    const [py, ts] = cases[i];
    it(py, () => {
      expect(normalise(runTs(ts))).toBe(normalise(expected[i]));
    });
  }
});

describe("deque ring buffer", () => {
  it("matches a reference array under random operations", () => {
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const d = c(COL("deque"));
    const ref: number[] = [];
    for (let step = 0; step < 5000; step++) {
      const op = rnd(8);
      const v = rnd(1000);
      if (op === 0) (m(d, "append", v), ref.push(v));
      else if (op === 1) (m(d, "appendleft", v), ref.unshift(v));
      else if (op === 2 && ref.length) expect(m(d, "pop")).toBe(ref.pop());
      else if (op === 3 && ref.length) expect(m(d, "popleft")).toBe(ref.shift());
      else if (op === 4 && ref.length) {
        const i = rnd(ref.length);
        callMethod(d, "__delitem__", [i]);
        ref.splice(i, 1);
      } else if (op === 5) {
        const i = rnd(ref.length + 1);
        m(d, "insert", i, v);
        ref.splice(i, 0, v);
      } else if (op === 6 && ref.length) {
        const n = rnd(2 * ref.length + 1) - ref.length;
        m(d, "rotate", n);
        const k = ((n % ref.length) + ref.length) % ref.length;
        ref.unshift(...ref.splice(ref.length - k, k));
      } else if (op === 7 && ref.length) {
        const i = rnd(ref.length);
        expect(getItem(d, i)).toBe(ref[i]);
      }
      if (step % 97 === 0) expect(toArray(d)).toEqual(ref);
    }
    expect(toArray(d)).toEqual(ref);
    expect(len(d)).toBe(ref.length);
  });
  it("popleft is O(1): a million appends and poplefts", () => {
    const d = c(COL("deque"));
    const append = getAttr(d, "append"), popleft = getAttr(d, "popleft");
    const t0 = Date.now();
    for (let i = 0; i < 1_000_000; i++) {
      call(append, [i]);
      if (i % 3 === 0) call(popleft, []);
    }
    expect(len(d)).toBe(666_666);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});


