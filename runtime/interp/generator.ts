// Generators: a suspended frame resumed by send/throw/close/next. The frame runs in whatever
// tier executes frames; YIELD_VALUE marks it suspended (frame.yielded).
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  None,
  PyBaseException,
  PyGenerator,
  PyObject,
  asyncGeneratorType,
  coroutineType,
  generatorType,
} from "../objects/core.js";
import { getter, methods } from "../objects/define.js";
import { GeneratorExitType, newException, runtimeError, StopIterationType, typeError, valueError } from "../objects/exceptions.js";
import { call, isSubtype, nativeNextHooks, objectId, setStopIterationValue, typeOf } from "../objects/protocol.js";
import type { Frame } from "./frame.js";
import { runFrame, runInterceptable } from "./call.js";
import { state } from "./state.js";
import { makeRaisable } from "./support.js";

export function makeGenerator(frame: Frame): PyGenerator {
  const flags = frame.code.flags;
  const t = flags & CO_COROUTINE ? coroutineType : flags & CO_ASYNC_GENERATOR ? asyncGeneratorType : generatorType;
  const g = new PyGenerator(t, frame);
  frame.generator = g;
  return g;
}

/** Resume with a sent value (or a thrown exception): [finished, yielded-or-returned value]. */
function resume(g: PyGenerator, value: PyObject, throwing: PyBaseException | null): [boolean, PyObject] {
  if (g.running) throw valueError(`${g.cls === coroutineType ? "coroutine" : "generator"} already executing`);
  if (g.finished) {
    if (throwing !== null) throw throwing;
    return [true, None];
  }
  const frame = g.frame;
  if (!g.started) {
    if (value !== None && throwing === null) throw typeError(`can't send non-None value to a just-started ${g.cls === coroutineType ? "coroutine" : "generator"}`);
    g.started = true;
  }
  if (throwing === null) frame.stack[frame.sp++] = value;
  const outer = state.excValue;
  if (g.excState !== None) state.excValue = g.excState;
  g.running = true;
  let result: PyObject;
  try {
    result = throwing === null ? runInterceptable(frame) : runFrame(frame, throwing);
  } catch (e) {
    g.finished = true;
    if (e instanceof PyBaseException && isSubtype(e.cls, StopIterationType)) {
      const err = runtimeError("generator raised StopIteration");
      err.cause = e;
      err.context = e;
      err.suppressContext = true;
      throw err;
    }
    throw e;
  } finally {
    g.running = false;
    g.excState = state.excValue !== outer ? state.excValue : None;
    state.excValue = outer;
  }
  if (frame.yielded) return [false, result];
  g.finished = true;
  return [true, result];
}

export function genSend(g: PyGenerator, v: PyObject): [boolean, PyObject] {
  return resume(g, v, null);
}

function stopIteration(value: PyObject): PyBaseException {
  return value === None ? newException(StopIterationType) : newException(StopIterationType, value);
}

export function genThrow(g: PyGenerator, args: PyObject[]): PyObject {
  let exc: PyBaseException;
  const typ = args[0];
  if (args.length > 1 && args[1] !== None) {
    const v = args[1];
    exc = v instanceof PyBaseException ? v : makeRaisable(call(typ, [v]));
  } else exc = makeRaisable(typ);
  g.started = true;
  const [done, value] = resume(g, None, exc);
  if (done) throw stopIteration(value);
  return value;
}

export function genClose(g: PyGenerator): PyObject {
  if (g.finished || !g.started) {
    g.finished = true;
    return None;
  }
  try {
    const [done] = resume(g, None, newException(GeneratorExitType));
    if (!done) throw runtimeError("generator ignored GeneratorExit");
  } catch (e) {
    if (e instanceof PyBaseException && (isSubtype(e.cls, GeneratorExitType) || isSubtype(e.cls, StopIterationType))) return None;
    throw e;
  }
  return None;
}

methods(generatorType, {
  __iter__: (self) => self,
  __next__: (self) => {
    const [done, v] = genSend(self as PyGenerator, None);
    if (done) throw stopIteration(v);
    return v;
  },
  send: (self, args) => {
    const [done, v] = genSend(self as PyGenerator, args[0] ?? None);
    if (done) throw stopIteration(v);
    return v;
  },
  throw: (self, args) => genThrow(self as PyGenerator, args),
  close: (self) => genClose(self as PyGenerator),
  __repr__: (self) => `<generator object ${(self as PyGenerator).qualname} at 0x${objectId(self).toString(16)}>`,
});
nativeNextHooks.set(generatorType, (it) => {
  const [done, v] = genSend(it as PyGenerator, None);
  if (done) {
    setStopIterationValue(v);
    return undefined;
  }
  return v;
});
getter(generatorType, "gi_running", (g) => (g as PyGenerator).running);
getter(generatorType, "gi_code", (g) => (g as PyGenerator).frame.code);
getter(generatorType, "gi_frame", (g) => ((g as PyGenerator).finished ? None : ((g as PyGenerator).frame as unknown as PyObject)));
getter(generatorType, "__name__", (g) => (g as PyGenerator).name);
getter(generatorType, "__qualname__", (g) => (g as PyGenerator).qualname);
methods(coroutineType, {
  send: (self, args) => {
    const [done, v] = genSend(self as PyGenerator, args[0] ?? None);
    if (done) throw stopIteration(v);
    return v;
  },
  throw: (self, args) => genThrow(self as PyGenerator, args),
  close: (self) => genClose(self as PyGenerator),
  __repr__: (self) => `<coroutine object ${(self as PyGenerator).qualname} at 0x${objectId(self).toString(16)}>`,
});
void typeOf;
