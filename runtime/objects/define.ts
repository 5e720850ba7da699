// Helpers for defining builtin types' methods and parsing builtin-function arguments.
import {
  NativeFn,
  NativeMethodFn,
  PyBuiltinFunction,
  PyClassMethodDescriptor,
  PyGetSetDescriptor,
  PyMethodDescriptor,
  PyObject,
  PyStaticMethod,
  PyType,
} from "./core.js";
import { typeError } from "./exceptions.js";

/** Defines `t.name` as a method implemented by fn(self, args, kwnames). */
export function method(t: PyType, name: string, fn: NativeMethodFn): void {
  const arity = SLOT_ARITY.get(name);
  t.dict.map.set(name, new PyMethodDescriptor(name, t, arity === undefined ? fn : checkedSlot(t, name, arity, fn)));
  if (name === "__iter__") t.iterSlot = fn;
}

// Special methods whose CPython slot wrapper takes a fixed number of arguments: called from
// Python with another number (`d.__contains__()`), they raise TypeError as CPython's
// check_num_args does, before the implementation sees a missing argument.
const SLOT_ARITY = new Map<string, number>();
for (const n of ["__len__", "__iter__", "__next__", "__repr__", "__str__", "__hash__", "__bool__", "__neg__", "__pos__", "__abs__", "__invert__", "__index__", "__int__", "__float__", "__length_hint__", "__sizeof__", "__getnewargs__"])
  SLOT_ARITY.set(n, 0);
for (const op of ["add", "sub", "mul", "truediv", "floordiv", "mod", "lshift", "rshift", "and", "or", "xor", "matmul", "divmod"])
  for (const n of [`__${op}__`, `__r${op}__`, `__i${op}__`]) SLOT_ARITY.set(n, 1);
for (const n of ["__contains__", "__getitem__", "__delitem__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__delattr__"]) SLOT_ARITY.set(n, 1);
for (const n of ["__setitem__", "__setattr__"]) SLOT_ARITY.set(n, 2);
SLOT_ARITY.delete("__idivmod__");

// Some of these are plain METH_NOARGS / METH_O methods in CPython rather than slot wrappers,
// and word their arity error as methods do: always __sizeof__, __getnewargs__ and
// __length_hint__; __getitem__ / __contains__ on the types that define them with METH_COEXIST.
const METHOD_STYLE = new Set(["__sizeof__", "__getnewargs__", "__length_hint__"]);
const COEXIST = new Map([
  ["list", ["__getitem__"]],
  ["dict", ["__getitem__", "__contains__"]],
  ["set", ["__contains__"]],
  ["frozenset", ["__contains__"]],
]);

function checkedSlot(t: PyType, name: string, arity: number, fn: NativeMethodFn): NativeMethodFn {
  const methodStyle = METHOD_STYLE.has(name) || (COEXIST.get(t.name)?.includes(name) ?? false);
  const arityError = (n: number): string =>
    !methodStyle
      ? `expected ${arity} argument${arity === 1 ? "" : "s"}, got ${n}`
      : arity === 0
        ? `${t.name}.${name}() takes no arguments (${n} given)`
        : `${t.name}.${name}() takes exactly one argument (${n} given)`;
  return (self, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0)
      throw typeError(methodStyle ? `${t.name}.${name}() takes no keyword arguments` : `wrapper ${name}() takes no keyword arguments`);
    if (args.length !== arity) throw typeError(arityError(args.length));
    return fn(self, args, kwnames);
  };
}

/** Arity check for a builtin method taking a fixed number of positional arguments
 *  ("list.append() takes exactly one argument (0 given)" style). */
export function exactArgs(qualname: string, args: PyObject[], kwnames: string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 0) throw typeError(`${qualname}() takes no arguments (${args.length} given)`);
    if (n === 1) throw typeError(`${qualname}() takes exactly one argument (${args.length} given)`);
    throw typeError(`${qualname}() takes exactly ${n} arguments (${args.length} given)`);
  }
}

/** Arity check for builtins parsed with PyArg_UnpackTuple ("pop expected at most 1 argument, got 2");
 *  keywords are refused as "<qualname>() takes no keyword arguments". */
export function rangeArgs(name: string, qualname: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${qualname}() takes no keyword arguments`);
  const n = args.length;
  if (n < min) {
    if (min === max) throw typeError(`${name} expected ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
    throw typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  }
  if (n > max) {
    if (min === max) throw typeError(`${name} expected ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
    throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
}

/** Raises the TypeError of a call whose arguments a fixed-arity builtin does not take. */
export type Refuse = (args: PyObject[], kwnames: string[] | null) => never;

/** One function per count of positional arguments a method takes (define.ts fixedMethod). */
export interface MethodForms {
  0?: (self: PyObject) => PyObject;
  1?: (self: PyObject, a: PyObject) => PyObject;
  2?: (self: PyObject, a: PyObject, b: PyObject) => PyObject;
}

/** One function per count of positional arguments a builtin function takes (fixedFunction). */
export interface FunctionForms {
  1?: (a: PyObject) => PyObject;
  2?: (a: PyObject, b: PyObject) => PyObject;
}

/** CPython's message for a builtin (`qualname`) of `n` positional arguments called otherwise
 *  (METH_NOARGS, METH_O, _PyArg_CheckPositional). */
function refuseExact(qualname: string, n: number): Refuse {
  return (args, kwnames) => {
    positional(qualname, args, kwnames, n, n);
    throw new Error(`${qualname}: arguments refused but accepted`);
  };
}

/** The refusal of a builtin parsed with PyArg_UnpackTuple, as rangeArgs. */
export function refuseRange(name: string, qualname: string, min: number, max: number): Refuse {
  return (args, kwnames) => {
    rangeArgs(name, qualname, args, kwnames, min, max);
    throw new Error(`${qualname}: arguments refused but accepted`);
  };
}

function onlyCount(forms: object): number {
  const counts = Object.keys(forms);
  if (counts.length !== 1) throw new Error("a builtin taking several counts of arguments needs its own refusal");
  return Number(counts[0]);
}

/**
 * Defines `t.name` as a method taking only positional arguments, zero to two, given as one
 * function per count it accepts (CPython's METH_NOARGS, METH_O and small METH_FASTCALL
 * methods). A call with one of those counts and no keywords reaches that function without an
 * argument array (CALL's fast path, spec/thin-ops.yaml); any other call goes through the
 * descriptor's `fn`, made here from the same functions, which for the counts not given raises
 * `refuse` (by default CPython's METH_NOARGS / METH_O message).
 */
export function fixedMethod(t: PyType, name: string, forms: MethodForms, refuse?: Refuse): void {
  const no = refuse ?? refuseExact(`${t.name}.${name}`, onlyCount(forms));
  const f0 = forms[0] ?? null;
  const f1 = forms[1] ?? null;
  const f2 = forms[2] ?? null;
  const d = new PyMethodDescriptor(name, t, (self, args, kwnames) => {
    if (kwnames === null || kwnames.length === 0) {
      const n = args.length;
      if (n === 0 && f0 !== null) return f0(self);
      if (n === 1 && f1 !== null) return f1(self, args[0]);
      if (n === 2 && f2 !== null) return f2(self, args[0], args[1]);
    }
    return no(args, kwnames);
  });
  d.fast0 = f0;
  d.fast1 = f1;
  d.fast2 = f2;
  t.dict.map.set(name, d);
}

/** A builtin function taking one or two positional arguments, as fixedMethod (`qualname` names
 *  it in the default refusal). `others`, when given, runs every call the forms do not take: a
 *  refusal, or the builtin's general way (`getattr(o, name, default)`). */
export function fixedFunction(name: string, forms: FunctionForms, others?: NativeFn, qualname = name): PyBuiltinFunction {
  const no = others ?? refuseExact(qualname, onlyCount(forms));
  const f1 = forms[1] ?? null;
  const f2 = forms[2] ?? null;
  const f = new PyBuiltinFunction(name, (args, kwnames) => {
    if (kwnames === null || kwnames.length === 0) {
      const n = args.length;
      if (n === 1 && f1 !== null) return f1(args[0]);
      if (n === 2 && f2 !== null) return f2(args[0], args[1]);
    }
    return no(args, kwnames);
  });
  f.fast1 = f1;
  f.fast2 = f2;
  return f;
}

/** Defines several methods at once. */
export function methods(t: PyType, table: Record<string, NativeMethodFn>): void {
  for (const [name, fn] of Object.entries(table)) method(t, name, fn);
}

/** A classmethod of a builtin type: fn(cls, args, kwnames). */
export function classMethod(t: PyType, name: string, fn: NativeMethodFn): void {
  t.dict.map.set(name, new PyClassMethodDescriptor(name, t, fn));
}

export function staticMethod(t: PyType, name: string, fn: NativeFn): void {
  t.dict.map.set(name, new PyStaticMethod(new PyBuiltinFunction(name, fn)));
}

/** A computed attribute (read-only unless set is given). */
export function getter(t: PyType, name: string, get: (self: PyObject) => PyObject, set?: (self: PyObject, v: PyObject | undefined) => void): void {
  t.dict.map.set(name, new PyGetSetDescriptor(name, t, get, set ?? null));
}

/** Defines t.__new__(cls, *args, **kw) — stored as a staticmethod, as CPython does. */
export function setNew(t: PyType, fn: (cls: PyType, args: PyObject[], kwnames: string[] | null) => PyObject): void {
  const sm = new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args, kwnames) => {
      if (args.length === 0) throw typeError(`${t.name}.__new__(): not enough arguments`);
      const cls = args[0];
      if (!(cls instanceof PyType)) throw typeError(`${t.name}.__new__(X): X is not a type object (${typeof cls})`);
      // tp_new_wrapper's safety check: the nearest builtin type of cls must use this __new__
      // (int.__new__(bool) would make a bool that is not True or False)
      const builtin = cls.mro.find((k) => k.isBuiltin);
      const builtinNew = builtin?.mro.find((k) => k.dict.map.has("__new__"))?.dict.map.get("__new__");
      if (builtin !== undefined && builtin !== t && builtinNew !== sm && builtin.mro.includes(t))
        throw typeError(`${t.name}.__new__(${cls.name}) is not safe, use ${builtin.name}.__new__()`);
      return fn(cls, args.slice(1), kwnames);
    }),
  );
  // calling t itself passes the check above: typeCall goes straight to fn
  sm.newOf = t;
  sm.newFn = fn;
  t.dict.map.set("__new__", sm);
}

export function builtinFunction(name: string, fn: NativeFn): PyBuiltinFunction {
  return new PyBuiltinFunction(name, fn);
}

/**
 * Binds positional and keyword arguments of a builtin to parameter names, CPython-style.
 * `names` lists parameters in order; `required` how many of the first are required; a name
 * starting with "*" is keyword-only; `posOnly` how many leading ones are positional-only.
 * Returns values in parameter order (undefined where not given).
 */
export function parseArgs(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: string[],
  required = 0,
  posOnly = 0,
): (PyObject | undefined)[] {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  // where keyword-only names start ("*name"); worked out without allocating, as most calls pass
  // positional arguments only and the names are a fresh literal at every call
  let positional = names.length;
  for (let i = 0; i < names.length; i++) {
    if (names[i].charCodeAt(0) === 42) {
      positional = i;
      break;
    }
  }
  if (npos > positional) {
    throw typeError(
      positional === 0
        ? `${fname}() takes no positional arguments`
        : `${fname}() takes ${positional === required ? "exactly" : "at most"} ${positional} positional argument${positional === 1 ? "" : "s"} (${npos} given)`,
    );
  }
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  if (nkw > 0) {
    const plain = names.map((n) => n.replace(/^\*/, ""));
    for (let k = 0; k < nkw; k++) {
      const name = kwnames![k];
      const idx = plain.indexOf(name);
      if (idx < 0 || idx < posOnly) throw typeError(`${fname}() got an unexpected keyword argument '${name}'`);
      if (out[idx] !== undefined) throw typeError(`argument for ${fname}() given by name ('${name}') and position (${idx + 1})`);
      out[idx] = args[npos + k];
    }
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < positional && nkw === 0)
        throw typeError(`${fname}() takes ${required === positional ? "exactly" : "at least"} ${required} argument${required === 1 ? "" : "s"} (${npos} given)`);
      throw typeError(`${fname}() missing required argument '${names[i].replace(/^\*/, "")}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** For builtins that take only positional arguments: checks count, rejects keywords. */
export function positional(fname: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): PyObject[] {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
  if (args.length < min || args.length > max) {
    if (min === max)
      throw typeError(
        min === 0 ? `${fname}() takes no arguments (${args.length} given)` : min === 1 ? `${fname}() takes exactly one argument (${args.length} given)` : `${fname} expected ${min} arguments, got ${args.length}`,
      );
    if (args.length < min) throw typeError(`${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
    throw typeError(`${fname} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
  }
  return args;
}
