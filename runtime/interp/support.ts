// The runtime functions that thin-op bodies in spec/ call, as `rt.<name>`. Every tier that is
// generated from the spec imports this module under that name. Keep each function small and
// about one operation; the spec body says what the op does, these say how.
import {
  None,
  PyBaseException,
  PyBoundMethod,
  PyCell,
  PyCode,
  PyDict,
  PyFloat,
  PyFunction,
  PyList,
  PyMethodDescriptor,
  PyNativeIterator,
  PyObject,
  PyTuple,
  PyType,
  PySet,
  PyGenerator,
  PyRange,
  PySlice,
  PyModule,
  baseExceptionType,
  setType,
  frozensetType,
  PyBoxed,
  PyInstance,
  listType,
  tupleType,
  dictType,
} from "../objects/core.js";
import {
  AssertionErrorType,
  nameError,
  newException,
  systemError,
  typeError,
  UnboundLocalErrorType,
  RuntimeErrorType,
  valueError,
  StopIterationType,
  indexError,
  KeyErrorType,
} from "../objects/exceptions.js";
import { dictDelete, dictGet, dictSet, newSet, setAdd } from "../objects/hashtable.js";
import * as P from "../objects/protocol.js";
import * as O from "../objects/operators.js";
import { state } from "./state.js";
import { intrinsicCore } from "./intrinsics.js";
import type { Frame, Slot } from "./frame.js";
export { renewDue } from "./frame.js";
import { strFormat } from "../objects/str.js";
import { listGetItem } from "../objects/list.js";
import { updateInternal } from "../objects/set.js";
import { importName, importFrom, importStar as doImportStar } from "./imports.js";
import { makeGenerator as newGenerator, genSend } from "./generator.js";
export { genRaised, genStopped, resumeInLoop } from "./generator.js";
export { RESUMED_BY_FOR_ITER, RESUMED_BY_SEND } from "./frame.js";
import { buildClass } from "../objects/typeobj.js";
import { callFunction, callFunctionSelf } from "./call.js";
export { callResult, initResult, plainInitOf, pushExactFrame, pushOperatorFrame, pushFrameForCall, pushInitFrame, runPushedFrame, unlinkFrame } from "./call.js";
export { keepSpare } from "./frame.js";
export type { GlobalCell } from "../objects/core.js";
export { cachedGlobal, cachedModuleAttr } from "./global-cache.js";
export { instanceAttr, loadAttrInstance, newAttrCache, storeAttrCached } from "./attr-cache.js";
export { listIteratorType } from "../objects/list.js";
export { tupleIteratorType } from "../objects/tuple.js";
export { classMethod, coroutineType, exactArgsFunction, Frame, generatorType, PyGenerator, PyType, instanceAttrs, ONE_NULL, plainInstanceAttr, polyTypes, shapeOf, PyFunction, PyInstance, runInterceptable, typeOf, typeVersionIn, typeVersionIndex, watchedMap, polyShapes, shapeIndex, slotAttrIndex } from "./family-support.js";

export {
  listType,
  tupleType,
  dictType,
  setType,
  PySet,
  P,
  O,
  state,
  dictGet,
  dictSet,
  newSet,
  setAdd,
  None,
  PyFloat,
  PyList,
  PyTuple,
  PyDict,
  PyCell,
  PyNativeIterator,
  PyRange,
  PySlice,
};
export const getAttr = P.getAttr;
export const setAttr = P.setAttr;
export const delAttr = P.delAttr;
export const isTrue = P.isTrue;
export const getIter = P.getIter;
export const iterNext = P.iterNext;
export const call = P.call;
export const binaryOp = O.binaryOp;
export { keyError } from "../objects/exceptions.js";
export { PyBuiltinFunction, PyMethodDescriptor } from "../objects/core.js";
export { strIndex } from "../objects/str.js";
export const compare = O.compare;

// ---------------------------------------------------------------------------------------------
// Names

export function unboundLocal(code: PyCode, index: number): PyBaseException {
  const name = code.localsplusnames[index];
  return newException(UnboundLocalErrorType, `cannot access local variable '${name}' where it is not associated with a value`);
}
export function unboundFree(code: PyCode, index: number): PyBaseException {
  const name = code.localsplusnames[index];
  const kind = code.localspluskinds[index];
  if (kind & 0x80) return nameError(`cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
  return newException(UnboundLocalErrorType, `cannot access local variable '${name}' where it is not associated with a value`);
}

export function notDefined(name: string): PyBaseException {
  const e = nameError(`name '${name}' is not defined`);
  (e.dict ??= new PyDict()).map.set("name", name);
  return e;
}

export function loadGlobal(frame: Frame, name: string): PyObject {
  // globals or builtins that are not exactly dicts are read through __getitem__ (and
  // __missing__), a KeyError meaning "not there", as CPython 3.11's LOAD_GLOBAL does
  if (frame.globals.cls !== dictType || frame.builtins.cls !== dictType) return loadGlobalSlow(frame, name);
  let v = frame.globals.map.get(name);
  if (v !== undefined) return v;
  v = frame.builtins.map.get(name);
  if (v !== undefined) return v;
  throw notDefined(name);
}

function loadGlobalSlow(frame: Frame, name: string): PyObject {
  for (const d of [frame.globals, frame.builtins]) {
    if (d.cls === dictType) {
      const v = d.map.get(name);
      if (v !== undefined) return v;
      continue;
    }
    try {
      return P.getItem(d, name);
    } catch (e) {
      if (!(e instanceof PyBaseException && P.isSubtype(e.cls, KeyErrorType))) throw e;
    }
  }
  throw notDefined(name);
}

export function loadName(frame: Frame, name: string): PyObject {
  const locals = frame.locals;
  if (locals !== null) {
    const v = locals.cls.isBuiltin ? locals.map.get(name) : mappingGet(locals, name);
    if (v !== undefined) return v;
  }
  return loadGlobal(frame, name);
}
function mappingGet(m: PyDict, name: string): PyObject | undefined {
  try {
    return P.getItem(m, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === "KeyError") return undefined;
    throw e;
  }
}

export function storeName(frame: Frame, name: string, v: PyObject): void {
  const locals = frame.locals;
  if (locals === null) throw systemError(`no locals found when storing '${name}'`);
  if (locals.cls.isBuiltin) dictSet(locals, name, v);
  else P.setItem(locals, name, v);
}
export function deleteName(frame: Frame, name: string): void {
  const locals = frame.locals;
  if (locals === null) throw systemError(`no locals when deleting '${name}'`);
  if (dictDelete(locals, name) === undefined) throw notDefined(name);
}
export function deleteGlobal(frame: Frame, name: string): void {
  if (dictDelete(frame.globals, name) === undefined) throw notDefined(name);
}

/** LOAD_CLASSDEREF: class-body lookup of a free variable: the class namespace first. */
export function loadClassDeref(frame: Frame, index: number): PyObject {
  const name = frame.code.localsplusnames[index];
  const v = frame.locals?.map.get(name);
  if (v !== undefined) return v;
  const cell = frame.localsplus[index] as PyCell;
  if (cell.value === undefined) throw unboundFree(frame.code, index);
  return cell.value;
}

export function copyFreeVars(frame: Frame, n: number): void {
  const closure = frame.func!.closure!;
  const offset = frame.code.nlocalsplus - n;
  for (let i = 0; i < n; i++) frame.localsplus[offset + i] = closure[i];
}

// ---------------------------------------------------------------------------------------------
// Calls

/** LOAD_METHOD: [method, self] when the attribute is a plain function found on the type (no
 *  bound-method allocation), else [null, attribute]. */
export function loadMethod(obj: PyObject, name: string): [Slot, PyObject] {
  const t = P.typeOf(obj);
  if (!(obj instanceof PyType) && !(obj instanceof PyModule)) {
    const descr = P.lookupType(t, name);
    if ((descr instanceof PyFunction || descr instanceof PyMethodDescriptor) && (P.attrHooks(t) & P.HOOK_GENERIC_GET) !== 0) {
      const m = obj instanceof PyInstance ? obj.attrs : P.instanceAttrs(obj);
      if (m === null || !m.has(name)) return [descr, obj];
    }
  }
  return [null, P.getAttr(obj, name)];
}

/** CALL: the stack holds [method-or-NULL, self-or-callable, args…]. */
export function callFromStack(first: Slot, second: PyObject, args: PyObject[], frame: Frame): PyObject {
  const kwnames = frame.kwnames;
  frame.kwnames = null;
  if (first !== null) {
    if (first instanceof PyFunction) return callFunctionSelf(first, second, args, kwnames);
    if (first instanceof PyMethodDescriptor) return first.fn(second, args, kwnames);
    return P.call(first, [second, ...args], kwnames);
  }
  if (second instanceof PyFunction) return callFunction(second, args, kwnames);
  if (second instanceof PyBoundMethod && second.func instanceof PyFunction) return callFunctionSelf(second.func, second.self, args, kwnames);
  return P.call(second, args, kwnames);
}

export function callFunctionEx(func: PyObject, callargs: PyObject, kwargs: PyObject | undefined): PyObject {
  const args = callargs instanceof PyTuple && callargs.cls.isBuiltin ? callargs.items : iterableForUnpack(callargs, () => `${functionStr(func)} argument after * must be an iterable, not`);
  if (kwargs === undefined) return P.call(func, args);
  const names: string[] = [];
  const values: PyObject[] = [];
  if (!(kwargs instanceof PyDict)) {
    const keys = P.call(P.getAttr(kwargs, "keys"), []);
    for (const k of P.toArray(keys)) {
      if (typeof k !== "string") throw typeError("keywords must be strings");
      names.push(k);
      values.push(P.getItem(kwargs, k));
    }
  } else {
    for (const [k, v] of kwargs.map) {
      const key = kwargs.keyObjs?.get(k) ?? k;
      if (typeof key !== "string") throw typeError("keywords must be strings");
      names.push(key);
      values.push(v);
    }
  }
  return P.call(func, [...args, ...values], names.length ? names : null);
}
/** How CPython names a callable in call errors (_PyObject_FunctionStr): "module.qualname()",
 *  just "qualname()" for builtins, or str(f) when it has no __qualname__. */
export function functionStr(f: PyObject): string {
  let qual: PyObject | undefined;
  try {
    qual = P.getAttrMaybe(f, "__qualname__");
  } catch {
    qual = undefined;
  }
  if (typeof qual !== "string") return P.str(f);
  const mod = P.getAttrMaybe(f, "__module__");
  return typeof mod === "string" && mod !== "builtins" ? `${mod}.${qual}()` : `${qual}()`;
}

/** MAKE_FUNCTION: extras are, bottom to top, defaults, kwdefaults, annotations, closure as
 *  selected by the flag bits 0x01, 0x02, 0x04, 0x08. */
export function makeFunction(frame: Frame, code: PyCode, flags: number, extras: PyObject[]): PyFunction {
  const f = new PyFunction(code, frame.globals, frame.builtins);
  let i = 0;
  if (flags & 0x01) f.defaults = (extras[i++] as PyTuple).items;
  if (flags & 0x02) f.kwdefaults = extras[i++] as PyDict;
  if (flags & 0x04) f.annotations = extras[i++];
  if (flags & 0x08) f.closure = (extras[i++] as PyTuple).items as PyCell[];
  return f;
}
export function popcount4(flags: number): number {
  return (flags & 1) + ((flags >> 1) & 1) + ((flags >> 2) & 1) + ((flags >> 3) & 1);
}

export function loadBuildClass(frame: Frame): PyObject {
  const bc = frame.builtins.map.get("__build_class__");
  if (bc === undefined) throw nameError("__build_class__ not found");
  return bc;
}
export { buildClass };
export { Shape, ShapedMap } from "../objects/shaped-map.js";
export * as match from "./pattern-match.js";
export * as co from "./coroutine.js";
export { exceptStarMatch, prepReraiseStar } from "../objects/exception-group.js";

// ---------------------------------------------------------------------------------------------
// Containers

export function buildMap(items: PyObject[]): PyDict {
  const d = new PyDict();
  for (let i = 0; i < items.length; i += 2) dictSet(d, items[i], items[i + 1]);
  return d;
}
export function buildConstKeyMap(values: PyObject[], keys: PyObject): PyDict {
  const d = new PyDict();
  const ks = (keys as PyTuple).items;
  for (let i = 0; i < ks.length; i++) dictSet(d, ks[i], values[i]);
  return d;
}
export function buildSet(items: PyObject[]): PyObject {
  return newSet(setType, items);
}
export function setUpdate(set: PyObject, iterable: PyObject): void {
  updateInternal(set as PySet, iterable);
}
export function listExtend(list: PyObject, iterable: PyObject): void {
  const l = list as PyList;
  // (a subclass defined in Python may override __iter__)
  if ((iterable instanceof PyList || iterable instanceof PyTuple) && iterable.cls.isBuiltin) {
    for (const v of iterable.items) l.items.push(v);
    return;
  }
  const it = iterableForUnpack(iterable, () => "Value after * must be an iterable, not");
  for (const v of it) l.items.push(v);
}
function iterableForUnpack(x: PyObject, msg: () => string): PyObject[] {
  try {
    return P.toArray(x);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.name === "TypeError" && P.lookupType(P.typeOf(x), "__iter__") === undefined && P.lookupType(P.typeOf(x), "__getitem__") === undefined)
      throw typeError(`${msg()} ${P.typeOf(x).name}`);
    throw e;
  }
}
export function dictUpdate(dict: PyObject, other: PyObject): void {
  const d = dict as PyDict;
  if (other instanceof PyDict) {
    for (const [k, v] of other.map) dictSet(d, other.keyObjs?.get(k) ?? (k as PyObject), v);
    return;
  }
  if (P.lookupType(P.typeOf(other), "keys") === undefined) throw typeError(`'${P.typeOf(other).name}' object is not a mapping`);
  for (const k of P.toArray(P.callMethod(other, "keys", []))) dictSet(d, k, P.getItem(other, k));
}
export function dictMerge(dict: PyObject, other: PyObject, func: Slot): void {
  const d = dict as PyDict;
  if (!(other instanceof PyDict) && P.lookupType(P.typeOf(other), "keys") === undefined) {
    throw typeError(`${functionStr(func as PyObject)} argument after ** must be a mapping, not ${P.typeOf(other).name}`);
  }
  const keys = other instanceof PyDict ? [...other.map.keys()].map((k) => other.keyObjs?.get(k) ?? (k as PyObject)) : P.toArray(P.callMethod(other, "keys", []));
  for (const k of keys) {
    if (dictGet(d, k) !== undefined) {
      if (typeof k !== "string") throw typeError("keywords must be strings");
      throw typeError(`${functionStr(func as PyObject)} got multiple values for keyword argument '${P.str(k)}'`);
    }
    dictSet(d, k, other instanceof PyDict ? dictGet(other, k)! : P.getItem(other, k));
  }
}

export function buildSlice(items: PyObject[]): PySlice {
  return new PySlice(items[0], items[1], items.length > 2 ? items[2] : None);
}

/** BINARY_SUBSCR fast path for list[int]; everything else through __getitem__. */
export function subscr(container: PyObject, sub: PyObject): PyObject {
  if (container instanceof PyList && container.cls === listType && typeof sub === "number") return listGetItem(container, sub);
  return P.getItem(container, sub);
}

export function listIndexError(): PyBaseException {
  return indexError("list index out of range");
}
export function tupleIndexError(): PyBaseException {
  return indexError("tuple index out of range");
}
/** COMPARE_OP on two JS numbers: ints held as numbers, or floats' values (op: index into the
 *  compare ops, < <= == != > >=); NaN compares false except with !=. Every comparison runs
 *  whatever the op (as the list and tuple ops offset an index with an addition that runs for
 *  every index, not only negative ones): V8 compiles the interpreters with the type feedback of
 *  the code that has run, and a comparison first met after that (a program's first `==` of two
 *  ints, its first negative index) deoptimised the whole compiled interpreter, which was then
 *  compiled again. */
export function numberCompare(a: number, b: number, op: number): boolean {
  const lt = a < b;
  const gt = a > b;
  const eq = a === b;
  switch (op) {
    case 0: return lt;
    case 1: return lt || eq;
    case 2: return eq;
    case 3: return !eq;
    case 4: return gt;
    default: return gt || eq;
  }
}
export function listAssignIndexError(): PyBaseException {
  return indexError("list assignment index out of range");
}

export function unpackSequence(seq: PyObject, n: number): PyObject[] {
  let items: PyObject[];
  if ((seq instanceof PyTuple || seq instanceof PyList) && seq.cls.isBuiltin) items = seq.items;
  else {
    if (P.lookupType(P.typeOf(seq), "__iter__") === undefined && P.lookupType(P.typeOf(seq), "__getitem__") === undefined)
      throw typeError(`cannot unpack non-iterable ${P.typeOf(seq).name} object`);
    const it = P.getIter(seq);
    items = [];
    for (;;) {
      const v = P.iterNext(it);
      if (v === undefined) break;
      if (items.length === n) throw valueError(`too many values to unpack (expected ${n})`);
      items.push(v);
    }
  }
  if (items.length !== n) {
    if (items.length > n) throw valueError(`too many values to unpack (expected ${n})`);
    throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
  }
  // the first item ends on top of the stack
  const out = new Array<PyObject>(n);
  for (let i = 0; i < n; i++) out[i] = items[n - 1 - i];
  return out;
}

export function unpackEx(seq: PyObject, oparg: number): PyObject[] {
  const before = oparg & 0xff, after = oparg >> 8;
  if (P.lookupType(P.typeOf(seq), "__iter__") === undefined && P.lookupType(P.typeOf(seq), "__getitem__") === undefined)
    throw typeError(`cannot unpack non-iterable ${P.typeOf(seq).name} object`);
  const items = P.toArray(seq);
  if (items.length < before + after)
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  const middle = new PyList(items.slice(before, items.length - after));
  const ordered = [...items.slice(0, before), middle, ...items.slice(items.length - after)];
  return ordered.reverse();
}

// ---------------------------------------------------------------------------------------------
// Strings

export function formatValue(value: PyObject, flags: number, spec: PyObject | undefined): PyObject {
  const conv = flags & 3;
  let v = value;
  if (conv === 1) v = P.str(v);
  else if (conv === 2) v = P.repr(v);
  else if (conv === 3) v = asciiRepr(P.repr(v));
  const specStr = spec === undefined ? "" : (spec as string);
  if (typeof v === "string" && specStr === "") return v;
  if (specStr === "" && typeof v === "number") return String(v);
  return strFormat(v, specStr);
}
export function asciiRepr(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}
export function buildString(pieces: PyObject[]): string {
  let s = "";
  for (const p of pieces) s += p as string;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Iteration

/** FOR_ITER: the next value, or undefined when the iterator is exhausted. */
export function forIterNext(iter: PyObject): PyObject | undefined {
  if (iter instanceof PyNativeIterator) return iter.next();
  return P.iterNext(iter);
}

export function getYieldFromIter(x: PyObject): PyObject {
  if (x instanceof PyGenerator) return x;
  return P.getIter(x);
}

export function makeGenerator(frame: Frame): PyGenerator {
  return newGenerator(frame);
}

/** SEND: [done, value] — done when the sub-iterator returned (value is its return value). */
export function send(receiver: PyObject, v: PyObject): [boolean, PyObject] {
  if (receiver instanceof PyGenerator) return genSend(receiver, v);
  if (v === None) {
    const r = P.iterNext(receiver);
    if (r === undefined) return [true, P.stopIterationValue];
    return [false, r];
  }
  try {
    return [false, P.callMethod(receiver, "send", [v])];
  } catch (e) {
    const sv = P.unwrapStopIteration(e);
    if (sv !== undefined) return [true, sv];
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Exceptions

export function isExceptionClass(x: PyObject): x is PyType {
  return x instanceof PyType && P.isSubtype(x, baseExceptionType);
}

export function checkExcMatch(exc: PyObject, match: PyObject): boolean {
  if (match instanceof PyTuple) {
    for (const m of match.items) if (!isExceptionClass(m)) throw typeError("catching classes that do not inherit from BaseException is not allowed");
  } else if (!isExceptionClass(match)) throw typeError("catching classes that do not inherit from BaseException is not allowed");
  return exceptionMatches(exc, match);
}
export function exceptionMatches(exc: PyObject, match: PyObject): boolean {
  const t = P.typeOf(exc);
  if (match instanceof PyTuple) return match.items.some((m) => m instanceof PyType && P.isSubtype(t, m));
  return match instanceof PyType && P.isSubtype(t, match);
}

/** An exception instance from `raise X` where X is a class or instance. */
export function makeRaisable(x: PyObject): PyBaseException {
  if (x instanceof PyBaseException) return x;
  if (isExceptionClass(x)) {
    const e = P.call(x, []);
    if (!(e instanceof PyBaseException))
      throw typeError(`calling ${P.repr(x)} should have returned an instance of BaseException, not ${P.typeOf(e).name}`);
    return e;
  }
  throw typeError("exceptions must derive from BaseException");
}

export function raiseVarargs(args: PyObject[]): never {
  if (args.length === 0) {
    const cur = state.excValue;
    if (cur === None) throw newException(RuntimeErrorType, "No active exception to reraise");
    throw reraise(cur);
  }
  const exc = makeRaisable(args[0]);
  // _PyErr_SetObject: the exception being handled becomes the context, also of a re-raised object
  const ctx = state.excValue;
  if (ctx !== None && ctx !== exc) setContext(exc, ctx as PyBaseException);
  if (args.length === 2) {
    const cause = args[1];
    if (cause === None) exc.cause = None;
    else if (isExceptionClass(cause)) exc.cause = makeRaisable(cause);
    else if (cause instanceof PyBaseException) exc.cause = cause;
    else throw typeError("exception causes must derive from BaseException");
    exc.suppressContext = true;
  }
  throw exc;
}

/** Chains ctx as exc.__context__, breaking a cycle through exc. */
export function setContext(exc: PyBaseException, ctx: PyBaseException): void {
  // break a cycle through exc, as CPython's _PyErr_SetObject does; a cycle already in ctx's
  // chain ends the walk (Floyd's slow pointer)
  let o: PyBaseException = ctx;
  let slow: PyBaseException = ctx;
  let toggle = false;
  for (;;) {
    const next: unknown = o.context;
    if (!(next instanceof PyBaseException)) break;
    if (next === exc) {
      o.context = None;
      break;
    }
    o = next;
    if (o === slow) break;
    if (toggle) slow = slow.context as PyBaseException;
    toggle = !toggle;
  }
  exc.context = ctx;
}

/** Marks an exception as re-raised, so the frame it passes does not get a new traceback entry. */
export const reraised = new WeakSet<PyBaseException>();
export function reraise(exc: PyObject): PyBaseException {
  if (!(exc instanceof PyBaseException)) throw typeError("exceptions must derive from BaseException");
  reraised.add(exc);
  return exc;
}

export function assertionError(): PyType {
  return AssertionErrorType;
}

export function withExceptStart(exitFunc: PyObject, val: PyObject): PyObject {
  const exc = val as PyBaseException;
  return P.call(exitFunc, [P.typeOf(val), val, exc.traceback ?? None]);
}

export function beforeWith(mgr: PyObject): [PyObject, PyObject] {
  const t = P.typeOf(mgr);
  const enter = P.lookupType(t, "__enter__");
  const exit = P.lookupType(t, "__exit__");
  if (enter === undefined) throw typeError(`'${t.name}' object does not support the context manager protocol`);
  if (exit === undefined) throw typeError(`'${t.name}' object does not support the context manager protocol (missed __exit__ method)`);
  const boundExit = P.bindDescriptor(exit, mgr, t);
  const res = P.callBound(enter, mgr, []);
  return [boundExit, res];
}

// ---------------------------------------------------------------------------------------------
// Imports and misc

export function importNameOp(frame: Frame, name: string, fromlist: PyObject, level: PyObject): PyObject {
  return importName(name, frame.globals, fromlist, level as number);
}
export function importFromOp(module: PyObject, name: string): PyObject {
  return importFrom(module, name);
}
export function importStar(frame: Frame, module: PyObject): void {
  doImportStar(module, frame.locals ?? frame.globals);
}

export function setupAnnotations(frame: Frame): void {
  const locals = frame.locals!;
  if (dictGet(locals, "__annotations__") === undefined) dictSet(locals, "__annotations__", new PyDict());
}

export function printExpr(value: PyObject): void {
  const sys = importName("sys", new PyDict(), None, 0) as PyModule;
  const hook = sys.dict.map.get("displayhook");
  if (hook === undefined) throw newException(RuntimeErrorType, "lost sys.displayhook");
  P.call(hook, [value]);
}

export function isOp(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  // small ints are shared objects in CPython; bigints compare by value here, floats by identity
  return false;
}

export function containsOp(item: PyObject, container: PyObject): boolean {
  if (container instanceof PyDict && container.cls.isBuiltin) {
    return dictGet(container, item) !== undefined;
  }
  return P.contains(container, item);
}

/** An opcode the spec lists as unsupported (or absorbed, which never runs). */
export function notSupported(opname: string, reason: string): PyBaseException {
  return systemError(`unsupported opcode ${opname}: ${reason}`);
}
export function unknownOpcode(op: number, lasti: number): PyBaseException {
  return systemError(`unknown opcode ${op} at offset ${lasti * 2}`);
}

export function stopIterationType(): PyType {
  return StopIterationType;
}
export { frozensetType, PyBoxed };

// Calls of native builtins the specialiser identified (spec/thin-ops.yaml CALL_SQRT_FLOAT, …)
export { intrinsicOf } from "./intrinsics.js";
/** A math function of the fn_math_unary kind on a double (its core: math.ts, intrinsics.ts). */
export function mathUnary(callee: PyObject, v: number): PyFloat {
  return (intrinsicCore(callee as object) as (v: number) => PyFloat)(v);
}
export { strLength } from "../objects/protocol.js";
export const mathDomainError = () => valueError("math domain error");
