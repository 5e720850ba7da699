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
