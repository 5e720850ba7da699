// _contextvars: context variables for a single-threaded VM. One current Context (a mapping of
// ContextVar → value); Context.run switches it for the duration of a call.
import { builtinType, None, objectType, PyDict, PyInstance, PyObject, PyType, PyList, PyTuple } from "../objects/core.js";
import { builtinFunction, classMethod, getter, methods, parseArgs, setNew } from "../objects/define.js";
import { excType, keyError, newException, runtimeError, typeError, valueError } from "../objects/exceptions.js";
import { call, repr } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { makeGenericAlias } from "../objects/generic-alias.js";

const contextType = builtinType("Context", objectType);
const contextVarType = builtinType("ContextVar", objectType);
const tokenType = builtinType("Token", objectType);
for (const t of [contextType, contextVarType, tokenType]) t.dict.map.set("__module__", "_contextvars");

class Context extends PyInstance {
  vars = new Map<ContextVar, PyObject>();
  entered = false;
}
class ContextVar extends PyInstance {
  constructor(cls: PyType, readonly name: string, readonly dflt: PyObject | undefined) {
    super(cls);
  }
}
const MISSING = new PyInstance(objectType);
class Token extends PyInstance {
  used = false;
  constructor(readonly ctx: Context, readonly v: ContextVar, readonly old: PyObject) {
    super(tokenType);
  }
}

let current = new Context(contextType);

setNew(contextType, (cls) => new Context(cls));
function copyContext(c: Context): Context {
  const n = new Context(contextType);
  n.vars = new Map(c.vars);
  return n;
}
methods(contextType, {
  run: (self, args, kw) => {
    const c = self as Context;
    if (c.entered) throw runtimeError(`cannot enter context: ${repr(self)} is already entered`);
    const prev = current;
    c.entered = true;
    current = c;
    try {
      return call(args[0], args.slice(1), kw);
    } finally {
      current = prev;
      c.entered = false;
    }
  },
  copy: (self) => copyContext(self as Context),
  get: (self, args) => (self as Context).vars.get(args[0] as ContextVar) ?? (args.length > 1 ? args[1] : None),
  __getitem__: (self, args) => {
    const v = (self as Context).vars.get(args[0] as ContextVar);
    if (v === undefined) throw keyError(args[0]);
    return v;
  },
  __contains__: (self, args) => (self as Context).vars.has(args[0] as ContextVar),
  __len__: (self) => (self as Context).vars.size,
  __iter__: (self) => callIter(new PyList([...(self as Context).vars.keys()])),
  keys: (self) => new PyList([...(self as Context).vars.keys()]),
  values: (self) => new PyList([...(self as Context).vars.values()]),
  items: (self) => new PyList([...(self as Context).vars.entries()].map(([k, v]) => new PyTuple([k, v]))),
});
import { getIter as callIter } from "../objects/protocol.js";

setNew(contextVarType, (cls, args, kw) => {
  const [name, dflt] = parseArgs("ContextVar", args, kw, ["name", "*default"], 1);
  if (typeof name !== "string") throw typeError("context variable name must be a str");
  return new ContextVar(cls, name, dflt);
});
methods(contextVarType, {
  get: (self, args) => {
    const v = self as ContextVar;
    const got = current.vars.get(v);
    if (got !== undefined) return got;
    if (args.length > 0) return args[0];
    if (v.dflt !== undefined) return v.dflt;
    throw newException(excType("LookupError"), v);
  },
  set: (self, args) => {
    const v = self as ContextVar;
    const old = current.vars.get(v) ?? MISSING;
    current.vars.set(v, args[0]);
    return new Token(current, v, old);
  },
  reset: (self, args) => {
    const t = args[0];
    if (!(t instanceof Token)) throw typeError(`expected an instance of Token, got ${repr(t)}`);
    if (t.used) throw runtimeError(`${repr(t)} has already been used once`);
    if (t.v !== self) throw valueError(`${repr(t)} was created by a different ContextVar`);
    if (t.ctx !== current) throw valueError(`${repr(t)} was created in a different Context`);
    if (t.old === MISSING) current.vars.delete(t.v);
    else current.vars.set(t.v, t.old);
    t.used = true;
    return None;
  },
  __repr__: (self) => `<ContextVar name='${(self as ContextVar).name}'${(self as ContextVar).dflt !== undefined ? ` default=${repr((self as ContextVar).dflt!)}` : ""}>`,
  __hash__: (self) => hashOf(self),
});
import { objectId } from "../objects/protocol.js";
function hashOf(o: PyObject): number {
  return Math.floor(objectId(o) / 16);
}
classMethod(contextVarType, "__class_getitem__", (cls, args) => makeGenericAlias(cls, args[0]));
getter(contextVarType, "name", (s) => (s as ContextVar).name);
getter(tokenType, "var", (s) => (s as Token).v);
getter(tokenType, "old_value", (s) => ((s as Token).old === MISSING ? tokenType.dict.map.get("MISSING")! : (s as Token).old));
tokenType.dict.map.set("MISSING", new PyInstance(objectType));
methods(tokenType, { __repr__: (s) => `<Token${(s as Token).used ? " used" : ""} var=${repr((s as Token).v)}>` });

registerBuiltinModule("_contextvars", (m) => {
  const d = m.dict.map;
  d.set("Context", contextType);
  d.set("ContextVar", contextVarType);
  d.set("Token", tokenType);
  d.set("copy_context", builtinFunction("copy_context", () => copyContext(current)));
});
void PyDict;
