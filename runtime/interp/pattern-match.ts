// Structural pattern matching (the MATCH_* opcodes of CPython 3.11): which subjects count as
// sequences and mappings, how a mapping pattern reads its keys, and how a class pattern reads
// positional (__match_args__) and keyword attributes, with CPython's errors.
import { None, PyObject, PyTuple, PyType, PyBaseException } from "../objects/core.js";
import {
  boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType,
  rangeType,
} from "../objects/core.js";
import { AttributeErrorType, typeError, valueError } from "../objects/exceptions.js";
import * as P from "../objects/protocol.js";
import { importModule } from "./imports.js";

/** Builtin classes whose instances match `cls(x)` against the subject itself (_Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF: PyType[] = [boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType];

function inherits(t: PyType, from: readonly PyType[]): boolean {
  return t.mro.some((k) => from.includes(k));
}

/** An ABC of collections.abc, for the classes that are sequences or mappings by registration
 *  or inheritance (CPython keeps that as a type flag set by the ABC machinery). */
function abc(name: string): PyObject {
  return P.getAttr(importModule("collections.abc"), name);
}

const NOT_SEQUENCES = [strType, bytesType, bytearrayType];

/** MATCH_SEQUENCE: the subject is a sequence (but never str, bytes or bytearray). */
export function matchSequence(subject: PyObject): boolean {
  const t = P.typeOf(subject);
  if (inherits(t, NOT_SEQUENCES)) return false;
  if (inherits(t, [listType, tupleType, rangeType])) return true;
  if (t.isBuiltin && t !== P.typeOf(None) && !isCollectionsType(t)) return false;
  return P.isTrue(P.call(P.getAttr(importModule("builtins"), "isinstance"), [subject, abc("Sequence")]));
}

/** MATCH_MAPPING: the subject is a mapping. */
export function matchMapping(subject: PyObject): boolean {
  const t = P.typeOf(subject);
  if (inherits(t, [dictType])) return true;
  if (t.isBuiltin && !isCollectionsType(t)) return false;
  return P.isTrue(P.call(P.getAttr(importModule("builtins"), "isinstance"), [subject, abc("Mapping")]));
}

/** Builtin-implemented types that are sequences or mappings without being list/tuple/dict
 *  subclasses (deque, memoryview, array, mappingproxy): decided by the ABCs they are registered with. */
function isCollectionsType(t: PyType): boolean {
  const mod = t.dict.map.get("__module__");
  return mod === "collections" || mod === "array" || t.name === "memoryview" || t.name === "mappingproxy";
}

/** MATCH_KEYS: the values of `keys` in the subject (read with its get method), or None. */
export function matchKeys(subject: PyObject, keys: PyObject): PyObject {
  const items = (keys as PyTuple).items;
  if (items.length === 0) return new PyTuple([]);
  const get = P.getAttr(subject, "get");
  const missing = new PyTuple([]); // a fresh object no mapping holds
  const seen: PyObject[] = [];
  const values: PyObject[] = [];
  for (const k of items) {
    if (seen.some((s) => P.eq(s, k))) throw valueError(`mapping pattern checks duplicate key (${P.repr(k)})`);
    seen.push(k);
    const v = P.call(get, [k, missing]);
    if (v === missing) return None;
    values.push(v);
  }
  return new PyTuple(values);
}

/** MATCH_CLASS(count): the subject's attributes for a class pattern with `count` positional
 *  sub-patterns and keyword sub-patterns `names`, or None when it does not match. */
export function matchClass(subject: PyObject, cls: PyObject, names: PyObject, count: number): PyObject {
  if (!(cls instanceof PyType)) throw typeError("called match pattern must be a type");
  if (!P.isSubtype(P.typeOf(subject), cls)) return None;
  const seen: string[] = [];
  const attrs: PyObject[] = [];
  if (count > 0) {
    const matchArgs = lookupMatchArgs(cls);
    let allowed: number;
    let matchSelf = false;
    if (matchArgs !== undefined) {
      if (!(matchArgs instanceof PyTuple) || P.typeOf(matchArgs) !== tupleType)
        throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${P.typeOf(matchArgs).name})`);
      allowed = matchArgs.items.length;
    } else {
      matchSelf = inherits(cls, MATCH_SELF);
      allowed = matchSelf ? 1 : 0;
    }
    if (allowed < count) throw typeError(`${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${count} given)`);
    if (matchSelf) attrs.push(subject);
    else {
      const args = (matchArgs as PyTuple).items;
      for (let i = 0; i < count; i++) {
        const name = args[i];
        if (typeof name !== "string") throw typeError(`__match_args__ elements must be strings (got ${P.typeOf(name).name})`);
        const a = classAttr(subject, cls, name, seen);
        if (a === undefined) return None;
        attrs.push(a);
      }
    }
  }
  for (const name of (names as PyTuple).items) {
    const a = classAttr(subject, cls, name as string, seen);
    if (a === undefined) return None;
    attrs.push(a);
  }
  return new PyTuple(attrs);
}

function lookupMatchArgs(cls: PyType): PyObject | undefined {
  try {
    return P.getAttrMaybe(cls, "__match_args__");
  } catch (e) {
    if (e instanceof PyBaseException && P.isSubtype(e.cls, AttributeErrorType)) return undefined;
    throw e;
  }
}

function classAttr(subject: PyObject, cls: PyType, name: string, seen: string[]): PyObject | undefined {
  if (seen.includes(name)) throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.push(name);
  return P.getAttrMaybe(subject, name);
}
