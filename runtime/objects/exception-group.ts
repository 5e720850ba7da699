// BaseExceptionGroup and ExceptionGroup (CPython 3.11, Objects/exceptions.c): construction with
// its checks (and BaseExceptionGroup becoming ExceptionGroup when every member is an Exception),
// message/exceptions, derive, split and subgroup (by type, tuple of types or predicate, keeping
// traceback, cause, context and notes), and what except* needs from them: the matching done by
// CHECK_EG_MATCH and the group PREP_RERAISE_STAR re-raises.
import { None, PyBaseException, PyDict, PyList, PyObject, PyTuple, PyType, baseExceptionType } from "./core.js";
import { classMethod, getter, methods, setNew } from "./define.js";
import { BaseExceptionGroupType, ExceptionGroupType, ExceptionType, typeError, valueError } from "./exceptions.js";
import { call, callMethod, isSubtype, isTrue, toArray, typeOf } from "./protocol.js";
import { makeGenericAlias } from "./generic-alias.js";

/** An exception group: message and member exceptions beside the BaseException fields. */
export class PyExceptionGroup extends PyBaseException {
  constructor(
    cls: PyType,
    args: PyObject[],
    readonly message: string,
    readonly excs: PyBaseException[],
  ) {
    super(cls, args);
  }
}

function isExceptionInstance(x: PyObject): x is PyBaseException {
  return x instanceof PyBaseException;
}

/** BaseExceptionGroup.__new__ */
export function newExceptionGroup(cls: PyType, message: PyObject, exceptions: PyObject, args: PyObject[]): PyExceptionGroup {
  if (typeof message !== "string") throw typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).name}`);
  let items: PyObject[];
  const t = typeOf(exceptions);
  if (exceptions instanceof PyList || exceptions instanceof PyTuple) items = exceptions.items;
  else if (typeof exceptions === "object" && t.mro.some((k) => k.dict.map.has("__getitem__")) && !isSubtype(t, baseExceptionType) && !(t.name === "dict" || t.name === "set"))
    items = toArray(exceptions);
  else throw typeError("second argument (exceptions) must be a sequence");
  if (items.length === 0) throw valueError("second argument (exceptions) must be a non-empty sequence");
  let nestedBase = false;
  items.forEach((e, i) => {
    if (!isExceptionInstance(e)) throw valueError(`Item ${i} of second argument (exceptions) is not an exception`);
    if (!isSubtype(e.cls, ExceptionType)) nestedBase = true;
  });
  let k = cls;
  if (cls === BaseExceptionGroupType) {
    if (!nestedBase) k = ExceptionGroupType;
  } else if (cls === ExceptionGroupType) {
    if (nestedBase) throw typeError("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nestedBase && isSubtype(cls, ExceptionType)) {
    throw typeError(`Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const g = new PyExceptionGroup(k, args, message, items as PyBaseException[]);
  if (k.hasDict) g.dict = new PyDict();
  return g;
}

function group(x: PyObject): PyExceptionGroup {
  if (!(x instanceof PyExceptionGroup)) throw typeError(`descriptor requires a 'BaseExceptionGroup' object but received a '${typeOf(x).name}'`);
  return x;
}

// ---------------------------------------------------------------------------------------------
// split

type Matcher = (e: PyBaseException) => boolean;

function matcherOf(value: PyObject): Matcher {
  const isExcClass = (v: PyObject): v is PyType => v instanceof PyType && isSubtype(v, baseExceptionType);
  if (!(value instanceof PyType) && typeOf(value).mro.some((k) => k.dict.map.has("__call__"))) return (e) => isTrue(call(value, [e]));
  if (isExcClass(value)) return (e) => isSubtype(e.cls, value);
  if (value instanceof PyTuple && typeOf(value).name === "tuple" && value.items.every(isExcClass))
    return (e) => value.items.some((t) => isSubtype(e.cls, t as PyType));
  throw typeError("expected an exception type, a tuple of exception types, or a callable (other than a class)");
}

/** A group like `orig` (through its derive) holding `excs`, with orig's metadata. */
function subset(orig: PyExceptionGroup, excs: PyBaseException[]): PyBaseException | null {
  if (excs.length === 0) return null;
  const eg = callMethod(orig, "derive", [new PyList(excs)]);
  if (!(eg instanceof PyExceptionGroup)) throw typeError("derive must return an instance of BaseExceptionGroup");
  eg.traceback = orig.traceback;
  eg.context = orig.context;
  eg.cause = orig.cause;
  if (orig.notes !== null && (orig.notes instanceof PyList || orig.notes instanceof PyTuple)) eg.notes = new PyList([...orig.notes.items]);
  return eg;
}

function splitRecursive(exc: PyBaseException, match: Matcher, withRest: boolean): [PyBaseException | null, PyBaseException | null] {
  if (match(exc)) return [exc, null];
  if (!(exc instanceof PyExceptionGroup)) return [null, withRest ? exc : null];
  const matched: PyBaseException[] = [];
  const rest: PyBaseException[] = [];
  for (const e of exc.excs) {
    const [m, r] = splitRecursive(e, match, withRest);
    if (m !== null) matched.push(m);
    if (r !== null) rest.push(r);
  }
  return [subset(exc, matched), withRest ? subset(exc, rest) : null];
}

export function splitGroup(eg: PyBaseException, condition: PyObject): [PyObject, PyObject] {
  const [m, r] = splitRecursive(eg, matcherOf(condition), true);
  return [m ?? None, r ?? None];
}

// ---------------------------------------------------------------------------------------------
// except*

/** CHECK_EG_MATCH: [rest, match] for an except* clause catching `matchType`. */
export function exceptStarMatch(exc: PyObject, matchType: PyObject): [PyObject, PyObject] {
  checkExceptStarType(matchType);
  if (exc === None) return [None, None];
  const e = exc as PyBaseException;
  if (matcherOf(matchType)(e)) {
    if (e instanceof PyExceptionGroup) return [None, e];
    // a naked exception is wrapped in a group (keeping its traceback)
    const wrapped = newExceptionGroup(BaseExceptionGroupType, "", new PyTuple([e]), ["", new PyTuple([e])]);
    wrapped.traceback = e.traceback;
    return [None, wrapped];
  }
  if (e instanceof PyExceptionGroup) {
    const pair = callMethod(e, "split", [matchType]) as PyTuple;
    return [pair.items[1], pair.items[0]];
  }
  return [e, None];
}

function checkExceptStarType(t: PyObject): void {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const k of types) {
    if (!(k instanceof PyType) || !isSubtype(k, baseExceptionType))
      throw typeError("catching classes that do not inherit from BaseException is not allowed");
    if (isSubtype(k, BaseExceptionGroupType)) throw typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
}

function sameMetadata(a: PyBaseException, b: PyBaseException): boolean {
  return a.notes === b.notes && a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

function leaves(e: PyBaseException, into: Set<PyBaseException>): void {
  if (e instanceof PyExceptionGroup) for (const x of e.excs) leaves(x, into);
  else into.add(e);
}

/** PREP_RERAISE_STAR: what a try/except* statement re-raises once its clauses have run. */
export function prepReraiseStar(orig: PyObject, excsList: PyObject): PyObject {
  const excs = (excsList as PyList).items;
  if (excs.length === 0) return None;
  if (!(orig instanceof PyExceptionGroup)) return excs[0];
  const raised: PyBaseException[] = [];
  const reraised: PyBaseException[] = [];
  for (const e of excs) {
    if (e === None) continue;
    const ex = e as PyBaseException;
    (sameMetadata(ex, orig) ? reraised : raised).push(ex);
  }
  // the re-raised leaves, in orig's nesting
  const keep = new Set<PyBaseException>();
  for (const e of reraised) leaves(e, keep);
  const [projected] = splitRecursive(orig, (e) => !(e instanceof PyExceptionGroup) && keep.has(e), false);
  if (raised.length === 0) return projected ?? None;
  if (projected !== null) raised.push(projected);
  if (raised.length > 1) return newExceptionGroup(BaseExceptionGroupType, "", new PyList(raised), ["", new PyList(raised)]);
  return raised[0];
}

// ---------------------------------------------------------------------------------------------
// the types' methods

export function defineExceptionGroupMethods(): void {
  setNew(BaseExceptionGroupType, (cls, args, kwnames) => {
    if (kwnames !== null && kwnames.length > 0) throw typeError(`${cls.name}() takes no keyword arguments`);
    if (args.length !== 2) throw typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
    return newExceptionGroup(cls, args[0], args[1], args);
  });
  methods(BaseExceptionGroupType, {
    __init__: () => None,
    __str__: (s) => {
      const g = group(s);
      const n = g.excs.length;
      return `${g.message} (${n} sub-exception${n === 1 ? "" : "s"})`;
    },
    derive: (s, args) => newExceptionGroup(BaseExceptionGroupType, group(s).message, args[0], [group(s).message, args[0]]),
    split: (s, args) => new PyTuple(splitGroup(group(s), args[0])),
    subgroup: (s, args) => {
      const [m] = splitRecursive(group(s), matcherOf(args[0]), false);
      return m ?? None;
    },
  });
  classMethod(BaseExceptionGroupType, "__class_getitem__", (cls, args) => makeGenericAlias(cls, args[0]));
  getter(BaseExceptionGroupType, "message", (s) => group(s).message);
  getter(BaseExceptionGroupType, "exceptions", (s) => new PyTuple(group(s).excs));
}

defineExceptionGroupMethods();
