// Helpers shared by itertools, _collections, _functools and _operator: CPython 3.11's
// argument-parsing error messages (PyArg_ParseTupleAndKeywords / Argument Clinic), builtin types
// living in a module, and native iterator objects that user classes may subclass.
import {
  None,
  PyBaseException,
  PyBoundMethod,
  PyBuiltinFunction,
  PyComplex,
  PyDict,
  PyFloat,
  PyFunction,
  PyMethodDescriptor,
  PyModule,
  PyNativeIterator,
  PyObject,
  PyType,
  builtinType,
  objectType,
} from "../objects/core.js";
import { methods } from "../objects/define.js";
import { newException, overflowError, StopIterationType, typeError } from "../objects/exceptions.js";
import { callMethod, index, isSubtype, lookupType, typeOf } from "../objects/protocol.js";
import { defFunction } from "./small-util.js";

/**
 * Binds arguments as PyArg_ParseTupleAndKeywords / Argument Clinic do in 3.11, with their error
 * messages. `names` are the parameters in order, the first `required` are required, the first
 * `maxPos` may be given positionally (the rest are keyword-only). Returns values in parameter
 * order (undefined where not given).
 */
export function kwArgs(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: string[],
  required: number,
  maxPos: number = names.length,
): (PyObject | undefined)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const maxArgs = names.length;
  if (npos + nkw > maxArgs)
    throw typeError(`${fname}() takes at most ${maxArgs} ${npos === 0 ? "keyword " : ""}argument${maxArgs === 1 ? "" : "s"} (${npos + nkw} given)`);
  if (npos > maxPos) {
    if (maxPos === 0) throw typeError(`${fname}() takes no positional arguments`);
    throw typeError(`${fname}() takes ${required >= maxPos ? "exactly" : "at most"} ${maxPos} positional argument${maxPos === 1 ? "" : "s"} (${npos} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  let used = 0;
  for (let i = npos; i < names.length; i++) {
    const k = nkw === 0 ? -1 : kwnames!.indexOf(names[i]);
    if (k >= 0) {
      out[i] = args[npos + k];
      used++;
    } else if (i < required) throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (used < nkw) {
    for (let i = 0; i < npos; i++)
      if (kwnames!.includes(names[i])) throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
    for (const k of kwnames!) if (!names.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
  }
  return out;
}

/** Refuses keyword arguments: "<fname>() takes no keyword arguments". */
export function noKw(fname: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${fname}() takes no keyword arguments`);
}

/** METH_O arity: "<fname>() takes exactly one argument (N given)". */
export function oneArg(fname: string, args: PyObject[], kwnames: string[] | null): PyObject {
  noKw(fname, kwnames);
  if (args.length !== 1) throw typeError(`${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** METH_NOARGS arity: "<fname>() takes no arguments (N given)". */
export function noArgs(fname: string, args: PyObject[], kwnames: string[] | null): void {
  noKw(fname, kwnames);
  if (args.length !== 0) throw typeError(`${fname}() takes no arguments (${args.length} given)`);
}

/** PyArg_UnpackTuple arity: "<name> expected N arguments, got M" (keywords: "<kwName>() takes no keyword arguments"). */
export function unpackArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number, kwName: string = name): void {
  noKw(kwName, kwnames);
  const n = args.length;
  if (n < min || n > max) {
    const which = min === max ? "" : n < min ? "at least " : "at most ";
    const k = n < min ? min : max;
    throw typeError(`${name} expected ${which}${k} argument${k === 1 ? "" : "s"}, got ${n}`);
  }
}

/** A builtin type that lives in a module (its __module__), optionally iterable natively. */
export function moduleType(name: string, module: string, opts?: { base?: PyType; final?: boolean; doc?: string }): PyType {
  const t = builtinType(name, opts?.base ?? objectType, undefined, opts?.final ? { noSubclass: true } : undefined);
  t.dict.map.set("__module__", module);
  t.dict.map.set("__doc__", opts?.doc !== undefined ? opts.doc : None);
  return t;
}

/** A native iterator that may be an instance of a user subclass (then it has an instance dict,
 *  and a __next__ the subclass overrides is what iteration calls, as CPython's slot update does). */
export class PyIterObject extends PyNativeIterator {
  dict: PyDict | null;
  /** the type's own step (what the builtin __next__ runs, e.g. for super().__next__()) */
  readonly native: () => PyObject | undefined;
  constructor(cls: PyType, next: () => PyObject | undefined) {
    super(cls, next);
    this.native = next;
    this.dict = cls.hasDict ? new PyDict() : null;
    if (!cls.isBuiltin) {
      const n = lookupType(cls, "__next__");
      if (n !== undefined && !(n instanceof PyMethodDescriptor && n.owner.isBuiltin)) this.next = () => overriddenNext(this);
    }
  }
}
function overriddenNext(it: PyObject): PyObject | undefined {
  try {
    return callMethod(it, "__next__", []);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, StopIterationType)) return undefined;
    throw e;
  }
}

/** A builtin iterator type: instances are PyNativeIterators; __iter__ returns self. */
export function iteratorType(name: string, module: string, opts?: { final?: boolean; doc?: string }): PyType {
  const t = moduleType(name, module, opts);
  methods(t, {
    __iter__: (self) => self,
    __next__: (self) => {
      const v = self instanceof PyIterObject ? self.native() : (self as PyNativeIterator).next();
      if (v === undefined) throw newException(StopIterationType);
      return v;
    },
  });
  return t;
}

/** Defines a module-level builtin function. */
export function def(m: PyModule, name: string, fn: (args: PyObject[], kwnames: string[] | null) => PyObject): void {
  defFunction(m, name, fn);
}

/** PyNumber_Check: int, float, complex, or a type with __index__, __int__ or __float__. */
export function isNumber(x: PyObject): boolean {
  const t = typeof x;
  if (t === "number" || t === "bigint" || t === "boolean") return true;
  if (t === "string") return false;
  if (x instanceof PyFloat || x instanceof PyComplex) return true;
  const ty = typeOf(x);
  return lookupType(ty, "__index__") !== undefined || lookupType(ty, "__int__") !== undefined || lookupType(ty, "__float__") !== undefined;
}

const SSIZE_MAX = 2n ** 63n - 1n;
/** Py_ssize_t conversion (format unit "n"): __index__, OverflowError past the C range. */
export function ssize(x: PyObject): number {
  if (typeof x === "number") return x;
  const v = index(x);
  if (typeof v === "number") return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) throw overflowError("Python int too large to convert to C ssize_t");
  return Number(v);
}

/** PyCallable_Check */
export function isCallable(x: PyObject): boolean {
  if (x instanceof PyType || x instanceof PyFunction || x instanceof PyBuiltinFunction || x instanceof PyBoundMethod || x instanceof PyMethodDescriptor)
    return true;
  return typeof x === "object" && lookupType(typeOf(x), "__call__") !== undefined;
}
