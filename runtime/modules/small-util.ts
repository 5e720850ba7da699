// Helpers shared by the small built-in modules (_random, _struct, binascii, _bisect, _heapq,
// errno, _string, _weakref): module-level exception classes, bytes-like argument access and
// C-style integer argument conversion with CPython's error messages.
import { PyBoxed, PyByteArray, PyBytes, PyDict, PyModule, PyObject, PyType, typeType } from "../objects/core.js";
import { builtinFunction } from "../objects/define.js";
import { newException, overflowError, typeError } from "../objects/exceptions.js";
import { index, typeOf } from "../objects/protocol.js";
import { newClass } from "../objects/typeobj.js";

/** A heap exception class as PyErr_NewException("module.name", base) makes it. */
export function newExceptionClass(module: string, name: string, bases: PyType[], doc?: string): PyType {
  const ns = new PyDict();
  ns.map.set("__module__", module);
  if (doc !== undefined) ns.map.set("__doc__", doc);
  return newClass(typeType, name, bases, ns);
}

/** Puts a builtin function into a module's dict, with __module__ set. */
export function defFunction(m: PyModule, name: string, fn: (args: PyObject[], kwnames: string[] | null) => PyObject): void {
  const f = builtinFunction(name, fn);
  f.module = m.name;
  m.dict.map.set(name, f);
}

/** A read-only view of the bytes of a bytes-like object, or undefined if x is not one. */
export function bytesLike(x: PyObject): Uint8Array | undefined {
  if (x instanceof PyBytes) return x.bytes;
  if (x instanceof PyByteArray) return x.bytes.subarray(0, x.length);
  if (x instanceof PyBoxed) return bytesLike(x.value);
  if (typeof x === "object" && x !== null) {
    // memoryview and array-like objects from other modules may expose a `bytes` view
    const v = (x as { bufferBytes?: () => Uint8Array }).bufferBytes;
    if (typeof v === "function") return v.call(x);
  }
  return undefined;
}

/** The bytes of a bytes-like argument, or TypeError "a bytes-like object is required, not 'T'". */
export function needBytes(x: PyObject): Uint8Array {
  const b = bytesLike(x);
  if (b === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(x).name}'`);
  return b;
}

/** A writable buffer: bytearray (or an object exposing writable bytes). */
export function writableBytes(x: PyObject): Uint8Array | undefined {
  if (x instanceof PyByteArray) return x.bytes.subarray(0, x.length);
  if (x instanceof PyBoxed) return writableBytes(x.value);
  if (typeof x === "object" && x !== null) {
    const v = (x as { writableBufferBytes?: () => Uint8Array }).writableBufferBytes;
    if (typeof v === "function") return v.call(x);
  }
  return undefined;
}

export function newBytes(b: Uint8Array): PyBytes {
  return new PyBytes(b);
}

/** Py_ssize_t argument conversion (clinic `Py_ssize_t`): __index__, OverflowError past 2**63
 *  (or, given an error type, PyNumber_AsSsize_t's "cannot fit 'int' into an index-sized integer"). */
export function ssizeArg(x: PyObject, errType?: PyType): number {
  if (typeof x === "number") return x;
  const v = index(x);
  if (typeof v === "number") return v;
  if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) {
    if (errType !== undefined) throw newException(errType, "cannot fit 'int' into an index-sized integer");
    throw overflowError("Python int too large to convert to C ssize_t");
  }
  return Number(v);
}

/** C int argument conversion (clinic `int`). */
export function cIntArg(x: PyObject): number {
  if (typeof x === "number" && (x | 0) === x) return x;
  const v = index(x);
  if (typeof v === "bigint" || v > 0x7fffffff || v < -0x80000000) throw overflowError("Python int too large to convert to C int");
  return v;
}

/**
 * Argument Clinic's keyword parsing (_PyArg_UnpackKeywords) with its messages: `names` in
 * order, the first `posOnly` positional-only, names from `kwOnly` on keyword-only, the first
 * `required` required. Returns the values in parameter order (undefined where not given).
 */
export function clinicArgs(
  fname: string,
  args: PyObject[],
  kwnames: string[] | null,
  names: string[],
  required: number,
  posOnly = 0,
  kwOnly = names.length,
): (PyObject | undefined)[] {
  const f = `${fname}()`;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (npos > kwOnly) {
    if (kwOnly === 0) throw typeError(`${f} takes no positional arguments`);
    const minpos = Math.min(required, kwOnly);
    throw typeError(`${f} takes ${minpos < kwOnly ? "at most" : "exactly"} ${kwOnly} positional argument${kwOnly === 1 ? "" : "s"} (${npos} given)`);
  }
  const out: (PyObject | undefined)[] = new Array(names.length).fill(undefined);
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const i = names.indexOf(name);
    if (i < posOnly) throw typeError(`'${name}' is an invalid keyword argument for ${f}`);
    if (out[i] !== undefined) throw typeError(`argument for ${f} given by name ('${name}') and position (${i + 1})`);
    out[i] = args[npos + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) {
      if (i < posOnly) throw typeError(`${f} takes ${required === kwOnly ? "exactly" : "at least"} ${required} positional argument${required === 1 ? "" : "s"} (${npos} given)`);
      throw typeError(`${f} missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}
