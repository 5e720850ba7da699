// What _pickle's pickler and unpickler share: the opcodes, the module's exception classes, the
// state taken from copyreg and _compat_pickle, attribute lookup along a dotted path, and
// argument conversions, with the messages of CPython 3.11's Modules/_pickle.c.
import { None, PyBaseException, PyDict, PyObject, PyTuple, PyType } from "../objects/core.js";
import { AttributeErrorType, ExceptionType, ValueErrorType, newException, typeError } from "../objects/exceptions.js";
import { dictGet } from "../objects/hashtable.js";
import { getAttr, getAttrMaybe, isSubtype, repr, typeOf } from "../objects/protocol.js";
import { importModule } from "../interp/imports.js";
import { newExceptionClass } from "./small-util.js";

export const HIGHEST_PROTOCOL = 5;
export const DEFAULT_PROTOCOL = 4;

/** The opcodes (pickletools' names). */
export const enum Op {
  MARK = 0x28,
  STOP = 0x2e,
  POP = 0x30,
  POP_MARK = 0x31,
  DUP = 0x32,
  FLOAT = 0x46,
  INT = 0x49,
  BININT = 0x4a,
  BININT1 = 0x4b,
  LONG = 0x4c,
  BININT2 = 0x4d,
  NONE = 0x4e,
  PERSID = 0x50,
  BINPERSID = 0x51,
  REDUCE = 0x52,
  STRING = 0x53,
  BINSTRING = 0x54,
  SHORT_BINSTRING = 0x55,
  UNICODE = 0x56,
  BINUNICODE = 0x58,
  APPEND = 0x61,
  BUILD = 0x62,
  GLOBAL = 0x63,
  DICT = 0x64,
  EMPTY_DICT = 0x7d,
  APPENDS = 0x65,
  GET = 0x67,
  BINGET = 0x68,
  INST = 0x69,
  LONG_BINGET = 0x6a,
  LIST = 0x6c,
  EMPTY_LIST = 0x5d,
  OBJ = 0x6f,
  PUT = 0x70,
  BINPUT = 0x71,
  LONG_BINPUT = 0x72,
  SETITEM = 0x73,
  TUPLE = 0x74,
  EMPTY_TUPLE = 0x29,
  SETITEMS = 0x75,
  BINFLOAT = 0x47,
  PROTO = 0x80,
  NEWOBJ = 0x81,
  EXT1 = 0x82,
  EXT2 = 0x83,
  EXT4 = 0x84,
  TUPLE1 = 0x85,
  TUPLE2 = 0x86,
  TUPLE3 = 0x87,
  NEWTRUE = 0x88,
  NEWFALSE = 0x89,
  LONG1 = 0x8a,
  LONG4 = 0x8b,
  BINBYTES = 0x42,
  SHORT_BINBYTES = 0x43,
  SHORT_BINUNICODE = 0x8c,
  BINUNICODE8 = 0x8d,
  BINBYTES8 = 0x8e,
  EMPTY_SET = 0x8f,
  ADDITEMS = 0x90,
  FROZENSET = 0x91,
  NEWOBJ_EX = 0x92,
  STACK_GLOBAL = 0x93,
  MEMOIZE = 0x94,
  FRAME = 0x95,
  BYTEARRAY8 = 0x96,
  NEXT_BUFFER = 0x97,
  READONLY_BUFFER = 0x98,
}

// ---------------------------------------------------------------------------------------------
// The exception classes (made once, on first use)

let errors: { base: PyType; pickling: PyType; unpickling: PyType } | null = null;
export function pickleErrors(): { base: PyType; pickling: PyType; unpickling: PyType } {
  if (errors === null) {
    const base = newExceptionClass("_pickle", "PickleError", [ExceptionType]);
    errors = {
      base,
      pickling: newExceptionClass("_pickle", "PicklingError", [base]),
      unpickling: newExceptionClass("_pickle", "UnpicklingError", [base]),
    };
  }
  return errors;
}
export const picklingError = (msg: string): PyBaseException => newException(pickleErrors().pickling, msg);
export const unpicklingError = (msg: string): PyBaseException => newException(pickleErrors().unpickling, msg);

// ---------------------------------------------------------------------------------------------
// Helpers

/** _PyObject_LookupAttr: getattr(obj, name), or undefined where that raises AttributeError. */
export function lookupAttr(obj: PyObject, name: string): PyObject | undefined {
  try {
    return getAttrMaybe(obj, name);
  } catch (e) {
    if (e instanceof PyBaseException && isSubtype(e.cls, AttributeErrorType)) return undefined;
    throw e;
  }
}

export function isAttributeError(e: unknown): e is PyBaseException {
  return e instanceof PyBaseException && isSubtype(e.cls, AttributeErrorType);
}

/** The name's parts along its dots; "<locals>" among them is refused (get_dotted_path: obj is
 *  null when pickling, the module when unpickling). */
export function dottedPath(obj: PyObject | null, name: string): string[] {
  const parts = name.split(".");
  for (const p of parts) {
    if (p === "<locals>") {
      if (obj === null) throw newException(AttributeErrorType, `Can't pickle local object ${repr(name)}`);
      throw newException(AttributeErrorType, `Can't get local attribute ${repr(name)} on ${repr(obj)}`);
    }
  }
  return parts;
}

/** get_deep_attribute: follows the path from obj; returns [the attribute, its parent]. */
export function deepAttribute(obj: PyObject, path: string[]): [PyObject, PyObject] {
  let parent = obj;
  let cur = obj;
  for (const p of path) {
    parent = cur;
    cur = getAttr(cur, p);
  }
  return [cur, parent];
}

/** The interpreter's copyreg and _compat_pickle tables, looked up at each use (they may change). */
export function copyregAttr(name: string): PyObject {
  return getAttr(importModule("copyreg"), name);
}
export function compatAttr(name: string): PyObject {
  return getAttr(importModule("_compat_pickle"), name);
}

/** A dict's value for key, or undefined (the table must be a dict). */
export function tableGet(table: PyObject, tableName: string, key: PyObject): PyObject | undefined {
  if (!(table instanceof PyDict)) throw typeError(`${tableName} must be a dict, not ${typeOf(table).name}`);
  return dictGet(table, key);
}

export function isStrPair(x: PyObject | undefined): x is PyTuple {
  return x instanceof PyTuple && x.items.length === 2 && typeof x.items[0] === "string" && typeof x.items[1] === "string";
}

/** Protocol argument: None → DEFAULT_PROTOCOL, negative → HIGHEST_PROTOCOL. */
export function protocolArg(x: PyObject | undefined, cInt: (x: PyObject) => number): number {
  if (x === undefined || x === None) return DEFAULT_PROTOCOL;
  let p = cInt(x);
  if (p < 0) p = HIGHEST_PROTOCOL;
  else if (p > HIGHEST_PROTOCOL) throw newException(ValueErrorType, `pickle protocol must be <= ${HIGHEST_PROTOCOL}`);
  return p;
}
