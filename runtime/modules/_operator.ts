// The _operator module (CPython 3.11's Modules/_operator.c): the operator functions, built on
// the VM's own operator semantics (so dunders and user classes behave exactly as with the
// operators), plus attrgetter, itemgetter, methodcaller and _compare_digest.
import {
  None,
  NotImplemented,
  PyBaseException,
  PyBoxed,
  PyHeap,
  PyModule,
  PyObject,
  PyTuple,
  PyType,
  bytearrayType,
  bytesType,
  dictType,
  listType,
  strType,
  tupleType,
} from "../objects/core.js";
import { methods, setNew } from "../objects/define.js";
import { typeError, TypeErrorType, valueError } from "../objects/exceptions.js";
import {
  call,
  callBound,
  Cmp,
  contains as containsOp,
  delItem,
  getAttr,
  getItem,
  getIter,
  index as indexOp,
  isSubtype,
  isTrue,
  iterNext,
  len,
  lookupType,
  repr,
  setItem,
  typeOf,
} from "../objects/protocol.js";
import { binaryOp, compare, NB, unaryInvert, unaryNegative, unaryPositive } from "../objects/operators.js";
import { itemEq, reprGuard } from "../objects/slice.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { bytesLike, needBytes } from "./small-util.js";
import { def, moduleType, oneArg, ssize, unpackArgs } from "./functional-util.js";
import { dequeType } from "./_collections.js";
import { partialType } from "./_functools.js";

const MOD = "_operator";

// ---------------------------------------------------------------------------------------------
// Sequence helpers (PySequence_Check, PySequence_Concat, _PySequence_IterSearch)

function isSequence(x: PyObject): boolean {
  const t = typeOf(x);
  if (isSubtype(t, dictType)) return false;
  return lookupType(t, "__getitem__") !== undefined;
}

/** Types with a C-level sq_concat (their concatenation ignores the right operand's __radd__). */
const SQ_CONCAT: PyType[] = [strType, listType, tupleType, bytesType, bytearrayType, dequeType];
function hasSqConcat(t: PyType): boolean {
  for (const s of SQ_CONCAT) if (isSubtype(t, s)) return true;
  return false;
}

function concat(a: PyObject, b: PyObject, inplace: boolean): PyObject {
  const ta = typeOf(a);
  if (hasSqConcat(ta)) return binaryOp(a, b, inplace ? NB.INPLACE + NB.ADD : NB.ADD);
  if (isSequence(a) && isSequence(b)) {
    if (inplace) {
      const im = lookupType(ta, "__iadd__");
      if (im !== undefined) {
        const r = callBound(im, a, [b]);
        if (r !== NotImplemented) return r;
      }
    }
    const lm = lookupType(ta, "__add__");
    if (lm !== undefined) {
      const r = callBound(lm, a, [b]);
      if (r !== NotImplemented) return r;
    }
    const tb = typeOf(b);
    const rm = tb !== ta ? lookupType(tb, "__radd__") : undefined;
    if (rm !== undefined) {
      const r = callBound(rm, b, [a]);
      if (r !== NotImplemented) return r;
    }
  }
  throw typeError(`'${ta.name}' object can't be concatenated`);
}

/** Iterates seq for _PySequence_IterSearch (countOf, indexOf). */
function searchIter(seq: PyObject): PyObject {
  try {
    return getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, TypeErrorType)) throw typeError(`argument of type '${typeOf(seq).name}' is not iterable`);
    throw e;
  }
}

function contains(a: PyObject, b: PyObject): boolean {
  const t = typeOf(a);
  if (lookupType(t, "__contains__") === undefined && lookupType(t, "__iter__") === undefined && lookupType(t, "__getitem__") === undefined)
    throw typeError(`argument of type '${t.name}' is not iterable`);
  return containsOp(a, b);
}

/** PyObject_LengthHint */
function lengthHint(obj: PyObject, dflt: number): number {
  const t = typeOf(obj);
  if (lookupType(t, "__len__") !== undefined) {
    try {
      return len(obj);
    } catch (e) {
      if (!(e instanceof PyBaseException && isSubtype(e.cls, TypeErrorType))) throw e;
    }
  }
  const hint = lookupType(t, "__length_hint__");
  if (hint === undefined) return dflt;
  let r: PyObject;
  try {
    r = callBound(hint, obj, []);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, TypeErrorType)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  if (!isSubtype(typeOf(r), typeOf(0))) throw typeError(`__length_hint__ must be an integer, not ${typeOf(r).name}`);
  const n = ssize(r);
  if (n < 0) throw valueError("__length_hint__() should return >= 0");
  return n;
}

function abs(x: PyObject): PyObject {
  if (typeof x === "number") return Math.abs(x);
  const m = lookupType(typeOf(x), "__abs__");
  if (m === undefined) throw typeError(`bad operand type for abs(): '${typeOf(x).name}'`);
  return callBound(m, x, []);
}

/** An ASCII str's code units (or undefined when x is not a str). */
function strValue(x: PyObject): string | undefined {
  if (typeof x === "string") return x;
  if (x instanceof PyBoxed && typeof x.value === "string") return x.value;
  return undefined;
}

function compareDigest(a: PyObject, b: PyObject): boolean {
  const sa = strValue(a),
    sb = strValue(b);
  let x: ArrayLike<number>, y: ArrayLike<number>;
  if (sa !== undefined && sb !== undefined) {
    if (/[^\x00-\x7f]/.test(sa) || /[^\x00-\x7f]/.test(sb)) throw typeError("comparing strings with non-ASCII characters is not supported");
    x = Array.from(sa, (c) => c.charCodeAt(0));
    y = Array.from(sb, (c) => c.charCodeAt(0));
  } else {
    if (bytesLike(a) === undefined && bytesLike(b) === undefined)
      throw typeError(`unsupported operand types(s) or combination of types: '${typeOf(a).name}' and '${typeOf(b).name}'`);
    x = needBytes(a);
    y = needBytes(b);
  }
  // constant-time in the length of b, as CPython's _tscmp
  let result = x.length === y.length ? 0 : 1;
  const left = x.length === y.length ? x : y;
  for (let i = 0; i < y.length; i++) result |= left[i] ^ y[i];
  return result === 0;
}

// ---------------------------------------------------------------------------------------------
// attrgetter, itemgetter, methodcaller

class PyAttrGetter implements PyHeap {
  constructor(
    public cls: PyType,
    public attrs: string[][],
    public names: string[],
  ) {}
}
class PyItemGetter implements PyHeap {
  constructor(
    public cls: PyType,
    public items: PyObject[],
  ) {}
}
class PyMethodCaller implements PyHeap {
  constructor(
    public cls: PyType,
    public name: string,
    public args: PyObject[],
    public kwnames: string[],
    public kwvalues: PyObject[],
  ) {}
}

export const attrgetterType = moduleType("attrgetter", "operator", {
  final: true,
  doc: "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.",
});
export const itemgetterType = moduleType("itemgetter", "operator", {
  final: true,
  doc: "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.",
});
export const methodcallerType = moduleType("methodcaller", "operator", {
  final: true,
  doc: "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.",
});

function getterArgs(name: string, args: PyObject[], kwnames: string[] | null): void {
  if (args.length - (kwnames?.length ?? 0) <= 1) unpackArgs(name, args, kwnames, 1, 1, name);
  else unpackArgs(name, args, kwnames, 1, Infinity, name);
}

setNew(attrgetterType, (cls, args, kwnames) => {
  getterArgs("attrgetter", args, kwnames);
  const names: string[] = [];
  for (const a of args) {
    const s = strValue(a);
    if (s === undefined) throw typeError("attribute name must be a string");
    names.push(s);
  }
  return new PyAttrGetter(
    cls,
    names.map((n) => n.split(".")),
    names,
  );
});
function dottedGet(obj: PyObject, parts: string[]): PyObject {
  for (const p of parts) obj = getAttr(obj, p);
  return obj;
}
methods(attrgetterType, {
  __call__: (self, args, kwnames) => {
    unpackArgs("attrgetter", args, kwnames, 1, 1, "attrgetter");
    const g = self as PyAttrGetter;
    const obj = args[0];
    if (g.attrs.length === 1) return dottedGet(obj, g.attrs[0]);
    return new PyTuple(g.attrs.map((p) => dottedGet(obj, p)));
  },
  __repr__: (self) => {
    const g = self as PyAttrGetter;
    return `operator.attrgetter(${g.names.map((n) => repr(n)).join(", ")})`;
  },
  __reduce__: (self) => new PyTuple([attrgetterType, new PyTuple((self as PyAttrGetter).names)]),
});

setNew(itemgetterType, (cls, args, kwnames) => {
  getterArgs("itemgetter", args, kwnames);
  return new PyItemGetter(cls, args.slice());
});
methods(itemgetterType, {
  __call__: (self, args, kwnames) => {
    unpackArgs("itemgetter", args, kwnames, 1, 1, "itemgetter");
    const g = self as PyItemGetter;
    const obj = args[0];
    if (g.items.length === 1) return getItem(obj, g.items[0]);
    return new PyTuple(g.items.map((k) => getItem(obj, k)));
  },
  __repr__: (self) => {
    const g = self as PyItemGetter;
    return reprGuard(g, "operator.itemgetter(...)", () => `operator.itemgetter(${g.items.map((k) => repr(k)).join(", ")})`);
  },
  __reduce__: (self) => new PyTuple([itemgetterType, new PyTuple((self as PyItemGetter).items)]),
});

setNew(methodcallerType, (cls, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos < 1) throw typeError("methodcaller needs at least one argument, the method name");
  const name = strValue(args[0]);
  if (name === undefined) throw typeError("method name must be a string");
  return new PyMethodCaller(cls, name, args.slice(1, npos), kwnames ? kwnames.slice() : [], args.slice(npos));
});
methods(methodcallerType, {
  __call__: (self, args, kwnames) => {
    unpackArgs("methodcaller", args, kwnames, 1, 1, "methodcaller");
    const c = self as PyMethodCaller;
    const m = getAttr(args[0], c.name);
    return c.kwnames.length === 0 ? call(m, c.args) : call(m, [...c.args, ...c.kwvalues], c.kwnames);
  },
  __repr__: (self) => {
    const c = self as PyMethodCaller;
    return reprGuard(c, "operator.methodcaller(...)", () => {
      const parts = [repr(c.name), ...c.args.map((a) => repr(a)), ...c.kwnames.map((k, i) => `${k}=${repr(c.kwvalues[i])}`)];
      return `operator.methodcaller(${parts.join(", ")})`;
    });
  },
  __reduce__: (self) => {
    const c = self as PyMethodCaller;
    if (c.kwnames.length === 0) return new PyTuple([methodcallerType, new PyTuple([c.name, ...c.args])]);
    const p = call(partialType, [methodcallerType, c.name, ...c.kwvalues], c.kwnames);
    return new PyTuple([p, new PyTuple(c.args)]);
  },
});

// ---------------------------------------------------------------------------------------------
// The module

const BINARY: [string, number][] = [
  ["add", NB.ADD],
  ["and_", NB.AND],
  ["floordiv", NB.FLOOR_DIVIDE],
  ["lshift", NB.LSHIFT],
  ["matmul", NB.MATRIX_MULTIPLY],
  ["mul", NB.MULTIPLY],
  ["mod", NB.REMAINDER],
  ["or_", NB.OR],
  ["pow", NB.POWER],
  ["rshift", NB.RSHIFT],
  ["sub", NB.SUBTRACT],
  ["truediv", NB.TRUE_DIVIDE],
  ["xor", NB.XOR],
];
const COMPARE: [string, Cmp][] = [
  ["lt", Cmp.LT],
  ["le", Cmp.LE],
  ["eq", Cmp.EQ],
  ["ne", Cmp.NE],
  ["gt", Cmp.GT],
  ["ge", Cmp.GE],
];
const UNARY: [string, (x: PyObject) => PyObject][] = [
  ["abs", abs],
  ["index", (x) => indexOp(x)],
  ["inv", unaryInvert],
  ["invert", unaryInvert],
  ["neg", unaryNegative],
  ["not_", (x) => !isTrue(x)],
  ["pos", unaryPositive],
  ["truth", (x) => isTrue(x)],
];

function two(m: PyModule, name: string, fn: (a: PyObject, b: PyObject) => PyObject): void {
  def(m, name, (args, kwnames) => {
    if (args.length !== 2 || kwnames !== null) unpackArgs(name, args, kwnames, 2, 2, `_operator.${name}`);
    return fn(args[0], args[1]);
  });
}

export function initOperator(m: PyModule): void {
  for (const [name, op] of BINARY) {
    two(m, name, (a, b) => binaryOp(a, b, op));
    const iname = name === "and_" || name === "or_" ? `i${name.slice(0, -1)}` : `i${name}`;
    two(m, iname, (a, b) => binaryOp(a, b, NB.INPLACE + op));
  }
  for (const [name, op] of COMPARE) two(m, name, (a, b) => compare(a, b, op));
  for (const [name, fn] of UNARY)
    def(m, name, (args, kwnames) => fn(args.length === 1 && kwnames === null ? args[0] : oneArg(`_operator.${name}`, args, kwnames)));
  two(m, "is_", (a, b) => a === b);
  two(m, "is_not", (a, b) => a !== b);
  two(m, "concat", (a, b) => concat(a, b, false));
  two(m, "iconcat", (a, b) => concat(a, b, true));
  two(m, "contains", (a, b) => contains(a, b));
  two(m, "countOf", (a, b) => {
    const it = searchIter(a);
    let n = 0;
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return n;
      if (itemEq(v, b)) n++;
    }
  });
  two(m, "indexOf", (a, b) => {
    const it = searchIter(a);
    for (let i = 0; ; i++) {
      const v = iterNext(it);
      if (v === undefined) throw valueError("sequence.index(x): x not in sequence");
      if (itemEq(v, b)) return i;
    }
  });
  two(m, "getitem", (a, b) => getItem(a, b));
  two(m, "delitem", (a, b) => {
    delItem(a, b);
    return None;
  });
  def(m, "setitem", (args, kwnames) => {
    unpackArgs("setitem", args, kwnames, 3, 3, "_operator.setitem");
    setItem(args[0], args[1], args[2]);
    return None;
  });
  def(m, "length_hint", (args, kwnames) => {
    unpackArgs("length_hint", args, kwnames, 1, 2, "_operator.length_hint");
    return lengthHint(args[0], args.length > 1 ? ssize(args[1]) : 0);
  });
  def(m, "call", (args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    if (npos < 1) throw typeError(`call expected at least 1 argument, got ${npos}`);
    return call(args[0], args.slice(1), kwnames);
  });
  two(m, "_compare_digest", (a, b) => compareDigest(a, b));
  m.dict.map.set("attrgetter", attrgetterType);
  m.dict.map.set("itemgetter", itemgetterType);
  m.dict.map.set("methodcaller", methodcallerType);
  m.dict.map.set(
    "__doc__",
    "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.",
  );
}
registerBuiltinModule(MOD, initOperator);
