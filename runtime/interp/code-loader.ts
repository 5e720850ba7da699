// Turns marshal data into runtime objects (the MarshalFactory for our object model) and
// loads code objects from source files, .pyc files and strings.
import {
  Ellipsis,
  None,
  PyBytes,
  PyCode,
  PyComplex,
  PyDict,
  PyFloat,
  PyList,
  PyObject,
  PyTuple,
  frozensetType,
  setType,
} from "../objects/core.js";
import { dictSet, newSet } from "../objects/hashtable.js";
import { newException, SyntaxErrorType, excType } from "../objects/exceptions.js";
import { MarshalFactory, RawCode } from "../loader/marshal-types.js";
import { readMarshal, MarshalError, checkPycMagic, PYC_HEADER_SIZE } from "../loader/marshal.js";
import { compileSource, loadModuleCode, CompileResult, CompileMode } from "../loader/python-host.js";
import { decodeCode } from "./decode.js";
import { call, getAttr, setAttr } from "../objects/protocol.js";
import { importModule } from "./imports.js";
import { StopIterationType } from "../objects/exceptions.js";

const factory: MarshalFactory<PyObject> = {
  none: () => None,
  bool: (b) => b,
  ellipsis: () => Ellipsis,
  stopIteration: () => StopIterationType,
  int: (n) => n,
  float: (x) => new PyFloat(x),
  complex: (re, im) => new PyComplex(re, im),
  str: (s) => s,
  bytes: (b) => new PyBytes(b),
  tuple: (items) => new PyTuple(items),
  list: (items) => new PyList(items),
  dict: (pairs) => {
    const d = new PyDict();
    for (const [k, v] of pairs) dictSet(d, k, v);
    return d;
  },
  set: (items) => newSet(setType, items),
  frozenset: (items) => newSet(frozensetType, items),
  code: (raw: RawCode<PyObject>) => {
    const c = new PyCode();
    c.argcount = raw.argcount;
    c.posonlyargcount = raw.posonlyargcount;
    c.kwonlyargcount = raw.kwonlyargcount;
    c.stacksize = raw.stacksize;
    c.flags = raw.flags;
    c.co_code = raw.code;
    c.consts = raw.consts;
    c.names = raw.names;
    c.localsplusnames = raw.localsplusnames;
    c.localspluskinds = raw.localspluskinds;
    c.filename = raw.filename;
    c.name = raw.name;
    c.qualname = raw.qualname;
    c.firstlineno = raw.firstlineno;
    c.linetable = raw.linetable;
    c.exceptiontable = raw.exceptiontable;
    decodeCode(c);
    return c;
  },
  asString: (v) => {
    if (typeof v !== "string") throw new MarshalError("bad marshal data (expected a str)");
    return v;
  },
};

/** A code object from marshal bytes; `origin` names the file in the error message. */
export function codeFromMarshal(data: Uint8Array, origin: string): PyCode {
  let v: PyObject;
  try {
    v = readMarshal(data, factory);
  } catch (e) {
    if (e instanceof MarshalError)
      throw new BadCodeFile(`${origin}: ${e.message.startsWith("bad marshal data") ? e.message : `bad marshal data (${e.message})`}`);
    throw e;
  }
  if (!(v instanceof PyCode)) throw new BadCodeFile(`${origin}: bad marshal data (not a code object)`);
  return v;
}

/** marshal.loads: any marshalled value, or ValueError as CPython raises for bad data. */
export function valueFromMarshal(data: Uint8Array): PyObject {
  try {
    return readMarshal(data, factory);
  } catch (e) {
    if (e instanceof MarshalError) throw newException(excType("ValueError"), e.message.startsWith("bad marshal data") ? e.message : `bad marshal data (${e.message})`);
    throw e;
  }
}

/** A file that is not loadable code (corrupt .pyc): reported on one line, never a JS trace. */
export class BadCodeFile extends Error {}

/** A compile failure turned into the Python exception CPython would raise. */
export class CompileFailed extends Error {
  constructor(readonly result: Extract<CompileResult, { ok: false }>) {
    super(result.message);
  }
  toPython(): PyObject {
    const s = this.result.syntax;
    const t = this.result.excType ? safeExcType(this.result.excType) : SyntaxErrorType;
    if (s) {
      const details = new PyTuple([s.filename ?? None, s.lineno ?? None, s.offset ?? None, s.text ?? None, s.endLineno ?? None, s.endOffset ?? None]);
      return newException(t, s.msg ?? "", details);
    }
    return newException(t, this.result.message.trim().split("\n").pop()!.replace(/^\w+: /, ""));
  }
}
function safeExcType(name: string) {
  try {
    return excType(name);
  } catch {
    return SyntaxErrorType;
  }
}

export function loadFileCode(path: string): PyCode {
  const r = loadModuleCode(path);
  if (!r.ok) throw new CompileFailed(r);
  return codeFromMarshal(r.marshal, path);
}

export function compileString(source: string, filename: string, mode: CompileMode): PyCode {
  const r = compileSource(source, filename, mode);
  // exec/eval/compile raise the SyntaxError (or ValueError…) CPython's compiler raised
  if (!r.ok) throw new CompileFailed(r).toPython();
  return codeFromMarshal(r.marshal, filename);
}

/**
 * compile(source, filename, mode, flags) with PyCF_ONLY_AST: CPython's parser builds the tree,
 * which crosses as nested tuples ("", class name, field values, attribute values) and is
 * rebuilt here from the `_ast` node classes.
 */
export function parseToAst(source: string | Uint8Array, filename: string, mode: CompileMode, flags: number): PyObject {
  const r = compileSource(source, filename, mode, { flags });
  if (!r.ok) throw new CompileFailed(r).toPython();
  const astModule = importModule("_ast");
  const build = (v: PyObject): PyObject => {
    if (v instanceof PyList) return new PyList(v.items.map(build));
    if (!(v instanceof PyTuple) || v.items.length !== 4 || v.items[0] !== "") return v;
    const [, name, fields, attrs] = v.items as [string, string, PyTuple, PyTuple];
    const cls = getAttr(astModule, name);
    const node = call(cls, []);
    const fieldNames = getAttr(cls, "_fields") as PyTuple;
    const attrNames = getAttr(cls, "_attributes") as PyTuple;
    fields.items.forEach((x, i) => setAttr(node, fieldNames.items[i] as string, build(x)));
    attrs.items.forEach((x, i) => {
      if (x !== None) setAttr(node, attrNames.items[i] as string, x);
    });
    return node;
  };
  return build(valueFromMarshal(r.marshal));
}

/** A code object from the bytes of a .pyc file (magic number checked). */
export function codeFromPyc(data: Uint8Array, origin: string): PyCode {
  try {
    checkPycMagic(data);
  } catch (e) {
    if (e instanceof MarshalError) throw new BadCodeFile(`${origin}: ${e.message}`);
    throw e;
  }
  return codeFromMarshal(data.subarray(PYC_HEADER_SIZE), origin);
}
