// async/await (CPython 3.11 Objects/genobject.c and the async opcodes of ceval.c): what can be
// awaited, `async for` (__aiter__/__anext__, StopAsyncIteration), `async with`
// (__aenter__/__aexit__), coroutine objects' __await__, and async generators: the frames
// yield either a value of the generator (wrapped by ASYNC_GEN_WRAP) or a value of an inner
// await (passed through to whoever drives the coroutine); asend/athrow/aclose objects tell
// the two apart, completing with StopIteration(value) or raising StopAsyncIteration at the end.
import { CO_ITERABLE_COROUTINE, None, PyBaseException, PyGenerator, PyHeap, PyObject, PyType, asyncGeneratorType, builtinType, coroutineType, generatorType, objectType } from "../objects/core.js";
import { getter, methods } from "../objects/define.js";
import { excType, GeneratorExitType, newException, runtimeError, StopIterationType, typeError } from "../objects/exceptions.js";
import * as P from "../objects/protocol.js";
import { delegate, genClose, genSend, genThrow } from "./generator.js";
import { reraise } from "./support.js";

function tname(x: PyObject): string {
  return P.typeOf(x).name;
}

function stopIteration(value: PyObject): PyBaseException {
  return value === None ? newException(StopIterationType) : newException(StopIterationType, value);
}

const StopAsyncIterationType = excType("StopAsyncIteration");

/** The frame that a coroutine is suspended in is awaiting something (so it cannot be awaited again). */
function isAwaiting(g: PyGenerator): boolean {
  return delegate(g) !== null;
}

/** _PyCoro_GetAwaitableIter: what `await x` iterates. `where` picks the message for async with. */
export function getAwaitable(obj: PyObject, where = 0): PyObject {
  if (obj instanceof PyGenerator) {
    if (obj.cls === coroutineType) {
      if (isAwaiting(obj)) throw runtimeError("coroutine is being awaited already");
      return obj;
    }
    if (obj.cls === generatorType && (obj.frame.code.flags & CO_ITERABLE_COROUTINE) !== 0) return obj;
  }
  const t = P.typeOf(obj);
  const aw = P.lookupType(t, "__await__");
  if (aw === undefined) {
    if (where === 1) throw typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${t.name}`);
    if (where === 2) throw typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${t.name}`);
    throw typeError(`object ${t.name} can't be used in 'await' expression`);
  }
  const it = P.callBound(aw, obj, []);
  if (it instanceof PyGenerator && it.cls === coroutineType) throw typeError("__await__() returned a coroutine");
  if (P.lookupType(P.typeOf(it), "__next__") === undefined) throw typeError(`__await__() returned non-iterator of type '${tname(it)}'`);
  return it;
}

/** GET_AITER */
export function getAIter(obj: PyObject): PyObject {
  const t = P.typeOf(obj);
  const f = P.lookupType(t, "__aiter__");
  if (f === undefined) throw typeError(`'async for' requires an object with __aiter__ method, got ${t.name}`);
  const it = P.callBound(f, obj, []);
  if (P.lookupType(P.typeOf(it), "__anext__") === undefined)
    throw typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${tname(it)}`);
  return it;
}

/** GET_ANEXT: the awaitable for the next item. */
export function getANext(aiter: PyObject): PyObject {
  if (aiter instanceof PyGenerator && aiter.cls === asyncGeneratorType) return asend(aiter, None);
  const t = P.typeOf(aiter);
  const f = P.lookupType(t, "__anext__");
  if (f === undefined) throw typeError(`'async for' requires an iterator with __anext__ method, got ${t.name}`);
  const next = P.callBound(f, aiter, []);
  try {
    return getAwaitable(next);
  } catch (e) {
    if (e instanceof PyBaseException && P.isSubtype(e.cls, excType("TypeError")))
      throw typeError(`'async for' received an invalid object from __anext__: ${tname(next)}`);
    throw e;
  }
}

/** END_ASYNC_FOR: StopAsyncIteration ends the loop; anything else goes on. */
export function endAsyncFor(exc: PyObject): void {
  if (exc instanceof PyBaseException && P.isSubtype(exc.cls, StopAsyncIterationType)) return;
  throw reraise(exc);
}

/** BEFORE_ASYNC_WITH: [bound __aexit__, result of __aenter__()] */
export function beforeAsyncWith(mgr: PyObject): [PyObject, PyObject] {
  const t = P.typeOf(mgr);
  const enter = P.lookupType(t, "__aenter__");
  if (enter === undefined) throw typeError(`'${t.name}' object does not support the asynchronous context manager protocol`);
  const exit = P.lookupType(t, "__aexit__");
  if (exit === undefined) throw typeError(`'${t.name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`);
  const boundExit = P.bindDescriptor(exit, mgr, t);
  return [boundExit, P.callBound(enter, mgr, [])];
}

// ---------------------------------------------------------------------------------------------
// async generators

/** A value an async generator yields (as opposed to one an await inside it passes through). */
export class AsyncGenValue implements PyHeap {
  cls: PyType = objectType;
  constructor(readonly value: PyObject) {}
}

/** ASYNC_GEN_WRAP */
export function asyncGenWrap(v: PyObject): PyObject {
  return new AsyncGenValue(v);
}

const asendType = builtinType("async_generator_asend", objectType, undefined, { noSubclass: true });
const athrowType = builtinType("async_generator_athrow", objectType, undefined, { noSubclass: true });
const coroWrapperType = builtinType("coroutine_wrapper", objectType, undefined, { noSubclass: true });

const enum AwaitState {
  Init,
  Iter,
  Closed,
}

class AsyncGenAwaitable implements PyHeap {
  state = AwaitState.Init;
  constructor(
    public cls: PyType,
    readonly gen: PyGenerator,
    /** asend: the value to send; athrow: [type, value] to throw; aclose: null */
    readonly arg: PyObject,
    readonly throwArgs: PyObject[] | null,
    readonly closing: boolean,
  ) {}
}

const closedGens = new WeakSet<PyGenerator>();

function asend(g: PyGenerator, v: PyObject): PyObject {
  return new AsyncGenAwaitable(asendType, g, v, null, false);
}

/** The outcome of running the async generator's frame one step. */
function unwrap(g: PyGenerator, step: () => [boolean, PyObject]): PyObject {
  let done: boolean;
  let value: PyObject;
  try {
    [done, value] = step();
  } catch (e) {
    if (e instanceof PyBaseException && (P.isSubtype(e.cls, StopAsyncIterationType) || P.isSubtype(e.cls, GeneratorExitType))) closedGens.add(g);
    if (e instanceof PyBaseException && e.cls === excType("RuntimeError") && e.cause instanceof PyBaseException && P.isSubtype(e.cause.cls, StopIterationType))
      (e.args as { items: PyObject[] }).items[0] = "async generator raised StopIteration";
    throw e;
  }
  if (done) {
    closedGens.add(g);
    throw newException(StopAsyncIterationType);
  }
  if (value instanceof AsyncGenValue) throw stopIteration(value.value);
  return value;
}

function awaitableSend(a: AsyncGenAwaitable, v: PyObject): PyObject {
  if (a.state === AwaitState.Closed) throw runtimeError(`cannot reuse already awaited ${a.cls === asendType ? "__anext__()/asend()" : "aclose()/athrow()"}`);
  const g = a.gen;
  if (a.state === AwaitState.Init) {
    a.state = AwaitState.Iter;
    if (a.cls === athrowType) {
      if (closedGens.has(g) || g.finished) {
        a.state = AwaitState.Closed;
        if (a.closing) throw stopIteration(None);
        throw newException(StopAsyncIterationType);
      }
      return athrowResult(a, () => [false, genThrow(g, a.closing ? [GeneratorExitType] : a.throwArgs!)]);
    }
    if (v === None) v = a.arg;
  }
  try {
    if (a.cls === athrowType) return athrowResult(a, () => genSend(g, v));
    return unwrap(g, () => genSend(g, v));
  } catch (e) {
    a.state = AwaitState.Closed;
    throw e;
  }
}

/** genThrow reports a finished generator as StopIteration: turn it back into [done, value]. */
function athrowResult(a: AsyncGenAwaitable, step: () => [boolean, PyObject]): PyObject {
  const g = a.gen;
  const guarded = (): [boolean, PyObject] => {
    try {
      return step();
    } catch (e) {
      if (e instanceof PyBaseException && P.isSubtype(e.cls, StopIterationType)) return [true, None];
      throw e;
    }
  };
  if (a.closing) {
    try {
      const [done, value] = guarded();
      if (!done && value instanceof AsyncGenValue) throw runtimeError("async generator ignored GeneratorExit");
      if (done) {
        closedGens.add(g);
        a.state = AwaitState.Closed;
        throw stopIteration(None);
      }
      return value;
    } catch (e) {
      if (e instanceof PyBaseException && (P.isSubtype(e.cls, StopAsyncIterationType) || P.isSubtype(e.cls, GeneratorExitType))) {
        closedGens.add(g);
        a.state = AwaitState.Closed;
        throw stopIteration(None);
      }
      throw e;
    }
  }
  return unwrap(g, guarded);
}

function awaitableThrow(a: AsyncGenAwaitable, args: PyObject[]): PyObject {
  if (a.state === AwaitState.Closed) throw runtimeError("cannot reuse already awaited __anext__()/asend()");
  a.state = AwaitState.Iter;
  try {
    return unwrap(a.gen, () => [false, genThrow(a.gen, args)]);
  } catch (e) {
    a.state = AwaitState.Closed;
    throw e;
  }
}

for (const t of [asendType, athrowType]) {
  methods(t, {
    __await__: (s) => s,
    __iter__: (s) => s,
    __next__: (s) => awaitableSend(s as AsyncGenAwaitable, None),
    send: (s, args) => awaitableSend(s as AsyncGenAwaitable, args[0] ?? None),
    throw: (s, args) => awaitableThrow(s as AsyncGenAwaitable, args),
    close: (s) => {
      (s as AsyncGenAwaitable).state = AwaitState.Closed;
      return None;
    },
  });
}

function agen(x: PyObject): PyGenerator {
  if (!(x instanceof PyGenerator) || x.cls !== asyncGeneratorType) throw typeError(`descriptor requires an 'async_generator' object but received a '${tname(x)}'`);
  return x;
}

methods(asyncGeneratorType, {
  __aiter__: (s) => s,
  __anext__: (s) => asend(agen(s), None),
  asend: (s, args) => asend(agen(s), args[0] ?? None),
  athrow: (s, args) => new AsyncGenAwaitable(athrowType, agen(s), None, args, false),
  aclose: (s) => new AsyncGenAwaitable(athrowType, agen(s), None, null, true),
  __repr__: (s) => `<async_generator object ${agen(s).qualname} at 0x${P.objectId(s).toString(16)}>`,
});
getter(asyncGeneratorType, "ag_running", (s) => agen(s).running);
getter(asyncGeneratorType, "ag_code", (s) => agen(s).frame.code);
getter(asyncGeneratorType, "ag_frame", (s) => (agen(s).finished ? None : (agen(s).frame as unknown as PyObject)));
getter(asyncGeneratorType, "__name__", (s) => agen(s).name);
getter(asyncGeneratorType, "__qualname__", (s) => agen(s).qualname);

// ---------------------------------------------------------------------------------------------
// coroutine objects

class CoroWrapper implements PyHeap {
  cls = coroWrapperType;
  constructor(readonly coro: PyGenerator) {}
}

function coro(x: PyObject): PyGenerator {
  if (!(x instanceof PyGenerator) || x.cls !== coroutineType) throw typeError(`descriptor requires a 'coroutine' object but received a '${tname(x)}'`);
  return x;
}

function coroSend(g: PyGenerator, v: PyObject): PyObject {
  const [done, value] = genSend(g, v);
  if (done) throw stopIteration(value);
  return value;
}

methods(coroutineType, {
  __await__: (s) => new CoroWrapper(coro(s)),
});
getter(coroutineType, "cr_running", (s) => coro(s).running);
getter(coroutineType, "cr_code", (s) => coro(s).frame.code);
getter(coroutineType, "cr_frame", (s) => (coro(s).finished ? None : (coro(s).frame as unknown as PyObject)));
getter(coroutineType, "cr_await", (s) => {
  const g = coro(s);
  return delegate(g) ?? None;
});
getter(coroutineType, "__name__", (s) => coro(s).name);
getter(coroutineType, "__qualname__", (s) => coro(s).qualname);
methods(coroWrapperType, {
  __iter__: (s) => s,
  __next__: (s) => coroSend((s as CoroWrapper).coro, None),
  send: (s, args) => coroSend((s as CoroWrapper).coro, args[0] ?? None),
  throw: (s, args) => genThrow((s as CoroWrapper).coro, args),
  close: (s) => genClose((s as CoroWrapper).coro),
});
