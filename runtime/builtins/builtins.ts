// The builtins module: functions and the builtin types and exceptions, by name.
import { PyUnion } from "../objects/union-type.js";
import { registerIntrinsic } from "../interp/intrinsics.js";
import {
  type NativeFn,
  PyModule,
  Ellipsis,
  None,
  NotImplemented,
  PyBaseException,
  PyBuiltinFunction,
  PyCode,
  PyDict,
  PyFloat,
  PyList,
  PyNativeIterator,
  PyObject,
  PyTuple,
  PyType,
  boolType,
  builtinType,
  classmethodType,
  dictType,
  floatType,
  frozensetType,
  intType,
  listType,
  objectType,
  propertyType,
  rangeType,
  setType,
  sliceType,
  staticmethodType,
  strType,
  superType,
  tupleType,
  typeType,
  bytesType,
  bytearrayType,
  complexType,
  PyBoxed,
  PyMethodDescriptor,
  PyBytes,
  PyByteArray,
  PyCell,
  PyComplex,
} from "../objects/core.js";
import { builtinFunction, fixedFunction, methods, parseArgs, positional, setNew, type FunctionForms } from "../objects/define.js";
import { addIteratorPickling, reduceAt, reduceCallables, reduceExhausted, stateIndex } from "../objects/slice.js";
import { builtinExceptionTypes, newException, StopIterationType, typeError, valueError, excType } from "../objects/exceptions.js";
import { dictSet } from "../objects/hashtable.js";
import * as I from "../objects/int.js";
import { asInt, binaryOp, lessThan, NB } from "../objects/operators.js";
import * as P from "../objects/protocol.js";
import { buildClass } from "../objects/typeobj.js";
import { strFormat } from "../objects/str.js";
import { sortItems } from "../objects/list.js";
import { asciiEscape } from "../text/str-repr.js";
import { intToString } from "../text/parse-number.js";
import { builtinsDict, importName, registerBuiltinModule } from "../interp/imports.js";
import { state } from "../interp/state.js";
import { compileString, parseToAst } from "../interp/code-loader.js";
import { Frame } from "../interp/frame.js";
import { runFrame } from "../interp/call.js";
import { readLine, stdout } from "./stdio.js";
import { ioOpen } from "../modules/io.js";
import { getSys } from "./sys.js";
import { memoryviewType } from "../objects/bytes.js";
import { complexHashExact } from "../objects/complex.js";
import { hashParts, partsToInt } from "../objects/tuple.js";

function def(name: string, fn: (args: PyObject[], kwnames: string[] | null) => PyObject): void {
  const f = builtinFunction(name, fn);
  f.module = "builtins";
  builtinsDict.map.set(name, f);
}

/** A builtin taking one or two positional arguments as they are (define.ts fixedFunction). */
function defFixed(name: string, forms: FunctionForms, others?: NativeFn): void {
  const f = fixedFunction(name, forms, others);
  f.module = "builtins";
  builtinsDict.map.set(name, f);
}

// ---------------------------------------------------------------------------------------------
// Iterator types: enumerate, zip, map, filter, reversed and the generic sequence iterator

function iteratorType(name: string): PyType {
  const t = builtinType(name, objectType, undefined);
  methods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = (self as PyNativeIterator).next();
      if (v === undefined) throw newException(StopIterationType);
      return v;
    },
  });
  return t;
}
const seqIterType = iteratorType("iterator");
addIteratorPickling(seqIterType, { setState: true, lengthHint: true });
// CPython's seqiterobject: (iter, (seq,), index), iter(()) once exhausted; no upper clamp
P.setSequenceIteratorType(seqIterType, (seq, pos) => ({
  reduce: () => (pos.done ? reduceExhausted(new PyTuple([])) : reduceAt(seq, pos.i)),
  setState: (st) => {
    if (!pos.done) pos.i = stateIndex(st, 0, Infinity);
  },
  lengthHint: () => {
    if (pos.done) return 0;
    if (P.lookupType(P.typeOf(seq), "__len__") === undefined) return NotImplemented;
    return Math.max(0, P.len(seq) - pos.i);
  },
}));
const callableIterType = iteratorType("callable_iterator");
addIteratorPickling(callableIterType, {});

function kwlessArgs(name: string, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames && kwnames.length) throw typeError(`${name}() takes no keyword arguments`);
}

const enumerateType = iteratorType("enumerate");
setNew(enumerateType, (cls, args, kwnames) => {
  const [iterable, start] = parseArgs("enumerate", args, kwnames, ["iterable", "start"], 1);
  const it = P.getIter(iterable!);
  let i: I.Int = start === undefined ? 0 : P.index(start);
  const e = new PyNativeIterator(cls, () => {
    const v = P.iterNext(it);
    if (v === undefined) return undefined;
    const r = new PyTuple([i, v]);
    i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : I.intAdd(i, 1);
    return r;
  });
  e.iterState = { reduce: () => new PyTuple([cls, new PyTuple([it, i])]) };
  return e;
});
addIteratorPickling(enumerateType, {});

const zipType = iteratorType("zip");
setNew(zipType, (cls, args, kwnames) => {
  let strict = false;
  const nkw = kwnames?.length ?? 0;
  for (let k = 0; k < nkw; k++) {
    if (kwnames![k] !== "strict") throw typeError(`zip() got an unexpected keyword argument '${kwnames![k]}'`);
    strict = P.isTrue(args[args.length - nkw + k]);
  }
  const iters = args.slice(0, args.length - nkw).map((a, i) => {
    try {
      return P.getIter(a);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.name === "TypeError") throw typeError(`zip argument #${i + 1} must support iteration`);
      throw e;
    }
  });
  let done = false;
  const z = new PyNativeIterator(cls, () => {
    if (done || iters.length === 0) return undefined;
    const items: PyObject[] = [];
    for (let i = 0; i < iters.length; i++) {
      const v = P.iterNext(iters[i]);
      if (v === undefined) {
        done = true;
        if (strict) {
          if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? "s 1-" + i : " 1"}`);
          for (let j = 1; j < iters.length; j++)
            if (P.iterNext(iters[j]) !== undefined) throw valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? "s 1-" + j : " 1"}`);
        }
        return undefined;
      }
      items.push(v);
    }
    return new PyTuple(items);
  });
  z.iterState = {
    reduce: () => new PyTuple(strict ? [cls, new PyTuple(iters), true] : [cls, new PyTuple(iters)]),
    setState: (st) => {
      strict = P.isTrue(st);
    },
  };
  return z;
});
addIteratorPickling(zipType, { setState: true });

const mapType = iteratorType("map");
setNew(mapType, (cls, args, kwnames) => {
  kwlessArgs("map", args, kwnames);
  if (args.length < 2) throw typeError("map() must have at least two arguments.");
  const fn = args[0];
  const iters = args.slice(1).map((a) => P.getIter(a));
  let m: PyNativeIterator;
  if (iters.length === 1) {
    const it = iters[0];
    m = new PyNativeIterator(cls, () => {
      const v = P.iterNext(it);
      return v === undefined ? undefined : P.call(fn, [v]);
    });
  } else
    m = new PyNativeIterator(cls, () => {
      const vs: PyObject[] = [];
      for (const it of iters) {
        const v = P.iterNext(it);
        if (v === undefined) return undefined;
        vs.push(v);
      }
      return P.call(fn, vs);
    });
  m.iterState = { reduce: () => new PyTuple([cls, new PyTuple([fn, ...iters])]) };
  return m;
});
addIteratorPickling(mapType, {});

const filterType = iteratorType("filter");
setNew(filterType, (cls, args, kwnames) => {
  kwlessArgs("filter", args, kwnames);
  if (args.length !== 2) throw typeError(`filter expected 2 arguments, got ${args.length}`);
  const fn = args[0];
  const it = P.getIter(args[1]);
  const f = new PyNativeIterator(cls, () => {
    for (;;) {
      const v = P.iterNext(it);
      if (v === undefined) return undefined;
      if (fn === None ? P.isTrue(v) : P.isTrue(P.call(fn, [v]))) return v;
    }
  });
  f.iterState = { reduce: () => new PyTuple([cls, new PyTuple([fn, it])]) };
  return f;
});
addIteratorPickling(filterType, {});

const reversedType = iteratorType("reversed");
setNew(reversedType, (cls, args, kwnames) => {
  positional("reversed", args, kwnames, 1, 1);
  const seq = args[0];
  const rev = P.lookupType(P.typeOf(seq), "__reversed__");
  if (rev !== undefined && rev !== None) return P.callBound(rev, seq, []);
  if (P.lookupType(P.typeOf(seq), "__getitem__") === undefined || P.lookupType(P.typeOf(seq), "__len__") === undefined)
    throw typeError(`'${P.typeOf(seq).name}' object is not reversible`);
  let i = P.len(seq) - 1;
  let done = false; // CPython drops the sequence once exhausted
  const r = new PyNativeIterator(cls, () => {
    if (i >= 0) {
      try {
        const v = P.getItem(seq, i);
        i--;
        return v;
      } catch (e) {
        if (!(e instanceof PyBaseException && (P.isSubtype(e.cls, excType("IndexError")) || P.isSubtype(e.cls, excType("StopIteration"))))) throw e;
      }
    }
    i = -1;
    done = true;
    return undefined;
  });
  r.iterState = {
    reduce: () => (done ? new PyTuple([cls, new PyTuple([new PyTuple([])])]) : new PyTuple([cls, new PyTuple([seq]), i])),
    setState: (st) => {
      if (done) return;
      const n = P.len(seq);
      i = stateIndex(st, -1, n - 1);
    },
    lengthHint: () => {
      if (done) return 0;
      const n = P.len(seq);
      return n < i + 1 ? 0 : i + 1;
    },
  };
  return r;
});
addIteratorPickling(reversedType, { setState: true, lengthHint: true });

// ---------------------------------------------------------------------------------------------
// Functions

def("print", (args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const n = args.length - nkw;
  let sep = " ", end = "\n";
  let file: PyObject = None;
  let flush = false;
  for (let k = 0; k < nkw; k++) {
    const v = args[n + k];
    switch (kwnames![k]) {
      case "sep":
        if (v !== None && typeof v !== "string") throw typeError(`sep must be None or a string, not ${P.typeOf(v).name}`);
        if (v !== None) sep = v as string;
        break;
      case "end":
        if (v !== None && typeof v !== "string") throw typeError(`end must be None or a string, not ${P.typeOf(v).name}`);
        if (v !== None) end = v as string;
        break;
      case "file":
        file = v;
        break;
      case "flush":
        flush = P.isTrue(v);
        break;
      default:
        throw typeError(`'${kwnames![k]}' is an invalid keyword argument for print()`);
    }
  }
  if (file === None) file = getSys().dict.map.get("stdout") ?? None;
  if (file === None) return None;
  if (file === stdout) {
    let out = "";
    for (let i = 0; i < n; i++) {
      if (i > 0) out += sep;
      const a = args[i];
      out += typeof a === "string" ? a : P.str(a);
    }
    stdout.write(out + end);
  } else {
    // as CPython: one write() per argument, separator and end
    const write = P.getAttr(file, "write");
    for (let i = 0; i < n; i++) {
      if (i > 0) P.call(write, [sep]);
      const a = args[i];
      P.call(write, [typeof a === "string" ? a : P.str(a)]);
    }
    P.call(write, [end]);
  }
  if (flush) P.callMethod(file, "flush", []);
  return None;
});

defFixed("len", {
  1: (x) => {
    if (typeof x === "string" || x instanceof PyList || x instanceof PyTuple) return P.len(x);
    const m = P.lookupType(P.typeOf(x), "__len__");
    if (m === undefined) throw typeError(`object of type '${P.typeOf(x).name}' has no len()`);
    const r = P.callBound(m, x, []);
    if (typeof r === "bigint") {
      if (r < 0n) throw valueError("__len__() should return >= 0");
      if (r >= 2n ** 63n) throw newException(excType("OverflowError"), "cannot fit 'int' into an index-sized integer");
      return r;
    }
    return P.len(x);
  },
});
registerIntrinsic(builtinsDict.map.get("len") as object, "len");
def("repr", (args, kw) => P.repr(positional("repr", args, kw, 1, 1)[0]));
def("ascii", (args, kw) => asciiEscape(P.repr(positional("ascii", args, kw, 1, 1)[0])));
defFixed("hash", {
  1: (x) => {
    const i = asInt(x);
    if (i !== undefined && !(x instanceof PyBoxed)) return I.intHashExact(i);
    if (x instanceof PyFloat) return I.floatHashExact(x.value);
    if (x instanceof PyComplex) return complexHashExact(x.re, x.im);
    return hashExact(x);
  },
});

/** hash(x) as CPython prints it, for what is neither an int nor a float nor a complex (the VM's
 *  own hash, which dicts and sets probe by, folds values beyond 2^52: int.ts foldHashValue). */
function hashExact(x: PyObject): I.Int {
  const h = P.lookupType(P.typeOf(x), "__hash__");
  if (h !== undefined && h !== None && !(h instanceof PyMethodDescriptor)) {
    // a __hash__ of Python's: CPython's slot_tp_hash keeps the int it returns when it fits a
    // Py_hash_t (-1 becoming -2), else hashes that int
    const r = P.callBound(h, x, []);
    const i = typeof r === "boolean" || typeof r === "number" || typeof r === "bigint" ? asInt(r)! : undefined;
    if (i === undefined) throw typeError("__hash__ method should return an integer");
    if (typeof i === "number" || BigInt.asIntN(64, i) === i) return i === -1 ? -2 : I.normBig(BigInt(i));
    return I.intHashExact(i);
  }
  // tuples, frozensets and ranges exactly (64 bits); anything else its hash() as the VM has it
  const [hi, lo] = hashParts(x);
  return partsToInt(hi, lo);
}
defFixed("id", { 1: (x) => P.objectId(x) });
defFixed("callable", {
  1: (x) => {
    return x instanceof PyType || P.lookupType(P.typeOf(x), "__call__") !== undefined || x instanceof PyBuiltinFunction;
  },
});
defFixed("abs", {
  1: (x) => {
    if (typeof x === "number") return Math.abs(x);
    const m = P.lookupType(P.typeOf(x), "__abs__");
    if (m === undefined) throw typeError(`bad operand type for abs(): '${P.typeOf(x).name}'`);
    return P.callBound(m, x, []);
  },
});
def("format", (args, kw) => {
  const [v, spec] = parseArgs("format", args, kw, ["value", "format_spec"], 1, 2);
  if (spec !== undefined && typeof spec !== "string") throw typeError(`format() argument 2 must be str, not ${P.typeOf(spec).name}`);
  return strFormat(v!, (spec as string | undefined) ?? "");
});
def("divmod", (args, kw) => {
  const [a, b] = positional("divmod", args, kw, 2, 2);
  const ai = asInt(a), bi = asInt(b);
  if (ai !== undefined && bi !== undefined) return new PyTuple(I.intDivmod(ai, bi));
  for (const [x, y, name] of [[a, b, "__divmod__"], [b, a, "__rdivmod__"]] as const) {
    const m = P.lookupType(P.typeOf(x), name);
    if (m !== undefined) {
      const r = P.callBound(m, x, [y]);
      if (r !== NotImplemented) return r;
    }
  }
  throw typeError(`unsupported operand type(s) for divmod(): '${P.typeOf(a).name}' and '${P.typeOf(b).name}'`);
});
def("pow", (args, kw) => {
  const [base, exp, mod] = parseArgs("pow", args, kw, ["base", "exp", "mod"], 2);
  if (mod === undefined || mod === None) return binaryOp(base!, exp!, NB.POWER);
  const a = asInt(base!), b = asInt(exp!), m = asInt(mod);
  if (a === undefined || b === undefined || m === undefined) {
    const meth = P.lookupType(P.typeOf(base!), "__pow__");
    if (meth !== undefined) {
      const r = P.callBound(meth, base!, [exp!, mod]);
      if (r !== NotImplemented) return r;
    }
    throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  return I.intPowMod(a, b, m);
});
def("round", (args, kw) => {
  const [x, nd] = parseArgs("round", args, kw, ["number", "ndigits"], 1);
  const m = P.lookupType(P.typeOf(x!), "__round__");
  if (m === undefined) throw typeError(`type ${P.typeOf(x!).name} doesn't define __round__ method`);
  return P.callBound(m, x!, nd === undefined || nd === None ? [] : [nd]);
});

function minmax(name: string, isMax: boolean) {
  return (args: PyObject[], kwnames: string[] | null): PyObject => {
    const nkw = kwnames?.length ?? 0;
    const pos = args.slice(0, args.length - nkw);
    let key: PyObject = None;
    let dflt: PyObject | undefined;
    for (let k = 0; k < nkw; k++) {
      const v = args[pos.length + k];
      if (kwnames![k] === "key") key = v;
      else if (kwnames![k] === "default") dflt = v;
      else throw typeError(`${name}() got an unexpected keyword argument '${kwnames![k]}'`);
    }
    if (pos.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    let items: PyObject[];
    if (pos.length === 1) items = P.toArray(pos[0]);
    else {
      if (dflt !== undefined) throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
      items = pos;
    }
    if (items.length === 0) {
      if (dflt !== undefined) return dflt;
      throw valueError(`${name}() arg is an empty sequence`);
    }
    let best = items[0];
    let bestKey = key === None ? best : P.call(key, [best]);
    for (let i = 1; i < items.length; i++) {
      const v = items[i];
      const k = key === None ? v : P.call(key, [v]);
      if (isMax ? lessThan(bestKey, k) : lessThan(k, bestKey)) {
        best = v;
        bestKey = k;
      }
    }
    return best;
  };
}
def("min", minmax("min", false));
def("max", minmax("max", true));

def("sum", (args, kw) => {
  const [iterable, start] = parseArgs("sum", args, kw, ["iterable", "start"], 1, 1);
  let acc: PyObject = start ?? 0;
  if (typeof acc === "string") throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const items = P.toArray(iterable!);
  let i = 0;
  // exact int fast path
  if (typeof acc === "number") {
    let s = acc;
    for (; i < items.length; i++) {
      const v = items[i];
      if (typeof v !== "number") break;
      const r = s + v;
      if (!Number.isSafeInteger(r)) break;
      s = r;
    }
    acc = s;
  }
  if (acc instanceof PyFloat || (i < items.length && items[i] instanceof PyFloat && typeof acc === "number")) {
    let f = acc instanceof PyFloat ? acc.value : (acc as number);
    for (; i < items.length; i++) {
      const v = items[i];
      if (v instanceof PyFloat) f += v.value;
      else if (typeof v === "number") f += v;
      else break;
    }
    acc = new PyFloat(f);
  }
  for (; i < items.length; i++) acc = binaryOp(acc, items[i], NB.ADD);
  return acc;
});

def("sorted", (args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  if (args.length - nkw !== 1) throw typeError(`sorted expected 1 argument, got ${args.length - nkw}`);
  let key: PyObject = None, reverse = false;
  for (let k = 0; k < nkw; k++) {
    const v = args[1 + k];
    if (kwnames![k] === "key") key = v;
    else if (kwnames![k] === "reverse") reverse = P.isTrue(v);
    else throw typeError(`sort() got an unexpected keyword argument '${kwnames![k]}'`);
  }
  const items = P.toArray(args[0]);
  return new PyList(sortItems(items, key, reverse));
});

defFixed("isinstance", { 2: isInstanceOf });
export function isInstanceOf(obj: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType) {
    if (P.isSubtype(P.typeOf(obj), cls)) return true;
    if (cls.cls === typeType) return false;
    const check = P.lookupType(cls.cls, "__instancecheck__");
    if (check !== undefined) return P.isTrue(P.callBound(check, cls, [obj]));
    return false;
  }
  if (cls instanceof PyTuple) return cls.items.some((c) => isInstanceOf(obj, c));
  if (cls instanceof PyUnion) return cls.args.some((c) => isInstanceOf(obj, c));
  const check = P.lookupType(P.typeOf(cls), "__instancecheck__");
  if (check !== undefined) return P.isTrue(P.callBound(check, cls, [obj]));
  throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
}
def("issubclass", (args, kw) => {
  const [c, cls] = positional("issubclass", args, kw, 2, 2);
  return isSubclassOf(c, cls);
});
function isSubclassOf(c: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyTuple) return cls.items.some((x) => isSubclassOf(c, x));
  if (cls instanceof PyUnion) return cls.args.some((x) => isSubclassOf(c, x));
  if (cls instanceof PyType ? cls.cls !== typeType : !(cls instanceof PyTuple)) {
    const check = P.lookupType(P.typeOf(cls), "__subclasscheck__");
    if (check !== undefined) return P.isTrue(P.callBound(check, cls, [c]));
  }
  if (!(c instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  if (!(cls instanceof PyType)) throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return P.isSubtype(c, cls);
}

function attrName(name: PyObject): string {
  if (typeof name !== "string") throw typeError(`attribute name must be string, not '${P.typeOf(name).name}'`);
  return name;
}
defFixed(
  "getattr",
  { 2: (obj, name) => P.getAttr(obj, attrName(name)) },
  (args, kw) => {
    const [obj, name, dflt] = positional("getattr", args, kw, 2, 3);
    if (dflt === undefined) return P.getAttr(obj, attrName(name));
    const v = attrOrUndefined(obj, attrName(name));
    return v === undefined ? dflt : v;
  },
);
def("setattr", (args, kw) => {
  const [obj, name, v] = positional("setattr", args, kw, 3, 3);
  if (typeof name !== "string") throw typeError(`attribute name must be string, not '${P.typeOf(name).name}'`);
  P.setAttr(obj, name, v);
  return None;
});
def("delattr", (args, kw) => {
  const [obj, name] = positional("delattr", args, kw, 2, 2);
  if (typeof name !== "string") throw typeError(`attribute name must be string, not '${P.typeOf(name).name}'`);
  P.delAttr(obj, name);
  return None;
});
defFixed("hasattr", { 2: (obj, name) => attrOrUndefined(obj, attrName(name)) !== undefined });
/** getattr with AttributeError (from anywhere: a property, a type attribute) as "absent". */
function attrOrUndefined(obj: PyObject, name: string): PyObject | undefined {
  try {
    return P.getAttrMaybe(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && P.isSubtype(e.cls, excType("AttributeError"))) return undefined;
    throw e;
  }
}

def("iter", (args, kw) => {
  const [obj, sentinel] = positional("iter", args, kw, 1, 2);
  if (sentinel === undefined) return P.getIter(obj);
  let done = false;
  const c = new PyNativeIterator(callableIterType, () => {
    if (done) return undefined;
    let v: PyObject;
    try {
      v = P.call(obj, []);
    } catch (e) {
      // StopIteration from the callable ends the iteration (calliter_iternext)
      if (e instanceof PyBaseException && P.isSubtype(e.cls, excType("StopIteration"))) {
        done = true;
        return undefined;
      }
      throw e;
    }
    if (done) return undefined; // exhausted by a reentrant call meanwhile
    if (P.eq(sentinel, v)) {
      done = true;
      return undefined;
    }
    return v;
  });
  c.iterState = {
    reduce: () => new PyTuple(done ? [reduceCallables.iter, new PyTuple([new PyTuple([])])] : [reduceCallables.iter, new PyTuple([obj, sentinel])]),
  };
  return c;
});

defFixed("next", { 1: (it) => nextOf(it, undefined), 2: nextOf }, (args, kw) => {
  const [it, dflt] = positional("next", args, kw, 1, 2);
  return nextOf(it, dflt);
});
/** next(it[, default]) */
function nextOf(it: PyObject, dflt: PyObject | undefined): PyObject {
  if (P.lookupType(P.typeOf(it), "__next__") === undefined && !(it instanceof PyNativeIterator))
    throw typeError(`'${P.typeOf(it).name}' object is not an iterator`);
  if (dflt === undefined && !(it instanceof PyNativeIterator)) return P.callMethod(it, "__next__", []);
  const v = P.iterNext(it);
  if (v !== undefined) return v;
  if (dflt !== undefined) return dflt;
  throw newException(StopIterationType);
}
def("any", (args, kw) => {
  const it = P.getIter(positional("any", args, kw, 1, 1)[0]);
  for (let v = P.iterNext(it); v !== undefined; v = P.iterNext(it)) if (P.isTrue(v)) return true;
  return false;
});
def("all", (args, kw) => {
  const it = P.getIter(positional("all", args, kw, 1, 1)[0]);
  for (let v = P.iterNext(it); v !== undefined; v = P.iterNext(it)) if (!P.isTrue(v)) return false;
  return true;
});
defFixed("ord", {
  1: (c) => {
    if (c instanceof PyBytes || c instanceof PyByteArray) {
      const b = c.bytes.subarray(0, c instanceof PyByteArray ? c.length : c.bytes.length);
      if (b.length !== 1) throw typeError(`ord() expected a character, but string of length ${b.length} found`);
      return b[0]!;
    }
    const s = typeof c === "string" ? c : c instanceof PyBoxed && typeof c.value === "string" ? c.value : undefined;
    if (s === undefined) throw typeError(`ord() expected string of length 1, but ${P.typeOf(c).name} found`);
    const n = P.strLength(s);
    if (n !== 1) throw typeError(`ord() expected a character, but string of length ${n} found`);
    return s.codePointAt(0)!;
  },
});
defFixed("chr", {
  1: (x) => {
    const i = asInt(x);
    if (i === undefined) throw typeError(`'${P.typeOf(x).name}' object cannot be interpreted as an integer`);
    if (i < 0 || i > 0x10ffff) throw valueError("chr() arg not in range(0x110000)");
    return String.fromCodePoint(Number(i));
  },
});
function radix(name: string, base: 2 | 8 | 16, prefix: string) {
  def(name, (args, kw) => {
    void prefix;
    return intToString(P.index(positional(name, args, kw, 1, 1)[0]), base);
  });
}
radix("hex", 16, "0x");
radix("oct", 8, "0o");
radix("bin", 2, "0b");

def("vars", (args, kw) => {
  const [obj] = positional("vars", args, kw, 0, 1);
  if (obj === undefined) return localsOf(state.frame);
  const d = P.getAttrMaybe(obj, "__dict__");
  if (d === undefined) throw typeError("vars() argument must have __dict__ attribute");
  return d;
});
def("dir", (args, kw) => {
  const [obj] = positional("dir", args, kw, 0, 1);
  if (obj === undefined) {
    const l = localsOf(state.frame);
    return new PyList([...l.map.keys()].map((k) => k as string).sort());
  }
  const r = P.callMethod(obj, "__dir__", []);
  const items = P.toArray(r) as string[];
  return new PyList(items.slice().sort());
});
function localsOf(frame: Frame | null): PyDict {
  if (frame === null) return builtinsDict;
  if (frame.locals !== null) return frame.locals;
  const d = new PyDict();
  const code = frame.code;
  code.localsplusnames.forEach((n, i) => {
    let v = frame.localsplus[i];
    if (v instanceof PyCell && code.localspluskinds[i] & 0xc0) v = v.value;
    if (v !== undefined) dictSet(d, n, v);
  });
  return d;
}
def("globals", () => (state.frame ? state.frame.globals : builtinsDict));
def("locals", () => localsOf(state.frame));

def("open", (args, kw) => ioOpen(args, kw));

def("input", (args, kw) => {
  const [prompt] = positional("input", args, kw, 0, 1);
  if (prompt !== undefined) {
    stdout.write(P.str(prompt));
  }
  stdout.flush();
  const line = readLine();
  if (line === "") throw newException(excType("EOFError"), "EOF when reading a line");
  return line.endsWith("\n") ? line.slice(0, -1) : line;
});

def("__build_class__", buildClass);
def("__import__", (args, kw) => {
  const [name, globals, , fromlist, level] = parseArgs("__import__", args, kw, ["name", "globals", "locals", "fromlist", "level"], 1);
  if (typeof name !== "string") throw typeError(`__import__() argument 1 must be str, not ${P.typeOf(name!).name}`);
  const g = globals instanceof PyDict ? globals : new PyDict();
  return importName(name, g, fromlist ?? None, level === undefined ? 0 : Number(asInt(level)));
});

function sourceOf(x: PyObject, fname: string): string | PyCode {
  if (x instanceof PyCode) return x;
  if (typeof x === "string") return x;
  if (x instanceof PyBoxed && typeof x.value === "string") return x.value;
  if (x instanceof PyBytes) return new TextDecoder().decode(x.bytes);
  throw typeError(`${fname}() arg 1 must be a string, bytes or code object`);
}

function runCode(code: PyCode, globals: PyObject | undefined, locals: PyObject | undefined): PyObject {
  const caller = state.frame;
  let g: PyDict;
  let l: PyDict | null;
  if (globals === undefined || globals === None) {
    g = caller ? caller.globals : new PyDict();
    l = locals !== undefined && locals !== None ? (locals as PyDict) : caller ? (caller.locals ?? localsOf(caller)) : g;
  } else {
    if (!(globals instanceof PyDict)) throw typeError(`globals must be a dict, not ${P.typeOf(globals).name}`);
    g = globals;
    l = locals !== undefined && locals !== None ? (locals as PyDict) : g;
  }
  if (!g.map.has("__builtins__")) g.map.set("__builtins__", builtinsDict);
  // the globals' own __builtins__ (a dict or a module) is what the code sees as builtins
  const b = g.map.get("__builtins__");
  const builtins = b instanceof PyDict ? b : b instanceof PyModule ? b.dict : builtinsDict;
  const frame = new Frame(code, g, builtins, l, null);
  return runFrame(frame);
}
def("exec", (args, kw) => {
  const [src, globals, locals] = parseArgs("exec", args, kw, ["source", "globals", "locals"], 1);
  const s = sourceOf(src!, "exec");
  const code = typeof s === "string" ? compileString(s, "<string>", "exec") : s;
  runCode(code, globals, locals);
  return None;
});
def("eval", (args, kw) => {
  const [src, globals, locals] = parseArgs("eval", args, kw, ["source", "globals", "locals"], 1);
  const s = sourceOf(src!, "eval");
  const code = typeof s === "string" ? compileString(s.replace(/^[ \t]+/, ""), "<string>", "eval") : s;
  return runCode(code, globals, locals);
});
def("compile", (args, kw) => {
  const [src, filename, mode, flags] = parseArgs("compile", args, kw, ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3);
  const flagBits = flags === undefined ? 0 : Number(asInt(flags) ?? 0);
  if (flagBits & 0x400) {
    // PyCF_ONLY_AST (ast.parse, ast.literal_eval)
    if (mode !== "exec" && mode !== "eval" && mode !== "single" && mode !== "func_type")
      throw valueError("compile() mode must be 'exec', 'eval', 'single' or 'func_type'");
    const text = src instanceof PyBytes ? src.bytes : sourceOf(src!, "compile");
    if (text instanceof PyCode) throw typeError("compile() arg 1 must be a string, bytes or AST object");
    return parseToAst(text, P.str(filename!), mode as "exec" | "eval" | "single", flagBits);
  }
  if (src !== undefined && src !== null && P.typeOf(src).name !== "code" && P.getAttrMaybe(src, "_fields") !== undefined && P.getAttrMaybe(src, "_attributes") !== undefined)
    throw typeError("compile() of an AST object is not supported by this VM (compile source text instead)");
  const s = sourceOf(src!, "compile");
  if (s instanceof PyCode) return s;
  if (mode !== "exec" && mode !== "eval" && mode !== "single") throw valueError("compile() mode must be 'exec', 'eval' or 'single'");
  return compileString(s, P.str(filename!), mode);
});

// ---------------------------------------------------------------------------------------------
// Names

const TYPES: [string, PyType][] = [
  ["object", objectType],
  ["type", typeType],
  ["int", intType],
  ["bool", boolType],
  ["float", floatType],
  ["complex", complexType],
  ["str", strType],
  ["bytes", bytesType],
  ["bytearray", bytearrayType],
  ["memoryview", memoryviewType],
  ["tuple", tupleType],
  ["list", listType],
  ["dict", dictType],
  ["set", setType],
  ["frozenset", frozensetType],
  ["range", rangeType],
  ["slice", sliceType],
  ["super", superType],
  ["property", propertyType],
  ["staticmethod", staticmethodType],
  ["classmethod", classmethodType],
  ["enumerate", enumerateType],
  ["zip", zipType],
  ["map", mapType],
  ["filter", filterType],
  ["reversed", reversedType],
];
for (const [n, t] of TYPES) builtinsDict.map.set(n, t);
// what pickled iterators and methods are rebuilt with
reduceCallables.iter = builtinsDict.map.get("iter")!;
reduceCallables.reversed = reversedType;
reduceCallables.getattr = builtinsDict.map.get("getattr")!;
registerBuiltinModule("builtins", (m) => {
  m.dict = builtinsDict;
});
for (const [n, t] of builtinExceptionTypes()) builtinsDict.map.set(n, t);
builtinsDict.map.set("EnvironmentError", excType("OSError"));
builtinsDict.map.set("IOError", excType("OSError"));
builtinsDict.map.set("None", None);
builtinsDict.map.set("Ellipsis", Ellipsis);
builtinsDict.map.set("NotImplemented", NotImplemented);
builtinsDict.map.set("True", true);
builtinsDict.map.set("False", false);
builtinsDict.map.set("__debug__", true);
builtinsDict.map.set("__name__", "builtins");
builtinsDict.map.set("__doc__", None);
