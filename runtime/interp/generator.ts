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
import { call, getAttrMaybe, isSubtype, nativeNextHooks, objectId, setStopIterationValue, typeOf, unwrapStopIteration } from "../objects/protocol.js";
import type { Frame } from "./frame.js";
import { framesPushable, linkFrame, runFrame, runInterceptable, unlinkFrame } from "./call.js";
import { Opcode } from "../../generated/opcodes.js";
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
    throw escaping(e);
  } finally {
    g.running = false;
    g.excState = state.excValue !== outer ? state.excValue : None;
    state.excValue = outer;
  }
  if (frame.yielded) return [false, result];
  g.finished = true;
  return [true, result];
}

/** What an exception leaving a generator's frame is to its resumer: a StopIteration becomes
 *  RuntimeError (PEP 479), anything else goes on. */
function escaping(e: unknown): unknown {
  if (e instanceof PyBaseException && isSubtype(e.cls, StopIterationType)) {
    const err = runtimeError("generator raised StopIteration");
    err.cause = e;
    err.context = e;
    err.suppressContext = true;
    return err;
  }
  return e;
}

/**
 * FOR_ITER_GEN and SEND_GEN (spec/fat-ops.yaml families FOR_ITER and SEND; CPython 3.12's forms
 * of those names): generator `g`'s frame resumed with `value` sent, as a callee of `caller`'s
 * instruction `by` (Frame.resumedBy), to run in the base interpreter's loop as resume() would
 * run it in a nested one; or null where resume() must (g running or finished, a value other
 * than None sent to a just-started generator, frames watched by a tracing hook). The loop ends
 * the resume with genStopped when the frame yields or returns, genRaised when an exception
 * leaves it.
 */
export function resumeInLoop(g: PyGenerator, caller: Frame, value: PyObject, by: number): Frame | null {
  if (g.running || g.finished || (!g.started && value !== None) || !framesPushable(caller)) return null;
  const frame = g.frame;
  linkFrame(frame);
  g.started = true;
  frame.stack[frame.sp++] = value;
  g.outerExc = state.excValue;
  if (g.excState !== None) state.excValue = g.excState;
  g.running = true;
  frame.yielded = false;
  frame.resumedBy = by;
  return frame;
}

/** resume()'s `finally` for a resumeInLoop: the resumer's exception state back. */
function endLoopResume(done: Frame): PyGenerator {
  const g = done.generator!;
  done.resumedBy = 0;
  g.running = false;
  g.excState = state.excValue !== g.outerExc ? state.excValue : None;
  state.excValue = g.outerExc;
  g.outerExc = None;
  return g;
}

/** A generator resumeInLoop ran stopped (unlinked): true when it yielded (the value is
 *  FOR_ITER's next item, SEND's value), false when it returned (it is finished). */
export function genStopped(done: Frame): boolean {
  const g = endLoopResume(done);
  if (done.yielded) return true;
  g.finished = true;
  return false;
}

/** An exception left a generator resumeInLoop ran (unlinked): it is finished; what its caller's
 *  FOR_ITER raises. */
export function genRaised(done: Frame, exc: PyObject | null): PyObject | null {
  endLoopResume(done).finished = true;
  return escaping(exc) as PyObject | null;
}

export function genSend(g: PyGenerator, v: PyObject): [boolean, PyObject] {
  return resume(g, v, null);
}

function stopIteration(value: PyObject): PyBaseException {
  return value === None ? newException(StopIterationType) : newException(StopIterationType, value);
}

/**
 * The iterator suspended generator `g` delegates to in a `yield from` or an `await` (CPython's
 * _PyGen_yf), or null. Such a generator stopped at the YIELD_VALUE of its SEND loop — SEND,
 * YIELD_VALUE, RESUME with an argument of 2 or 3 — with the iterator on top of its stack.
 */
export function delegate(g: PyGenerator): PyObject | null {
  if (!g.started || g.finished) return null;
  const f = g.frame;
  const { ops, args } = f.code;
  const at = f.ip;
  if (at < 2 || ops[at] !== Opcode.RESUME || args[at] < 2 || ops[at - 1] !== Opcode.YIELD_VALUE || ops[at - 2] !== Opcode.SEND) return null;
  return f.stack[f.sp - 1] as PyObject;
}

/** Runs `body` as `g` delegating to its iterator: `g` running, its frame the caller of
 *  whatever the iterator runs (CPython's _gen_throw and gen_close). */
function asDelegating<T>(g: PyGenerator, body: () => T): T {
  g.running = true;
  linkFrame(g.frame);
  try {
    return body();
  } finally {
    unlinkFrame(g.frame);
    g.running = false;
  }
}

/** Closes the iterator a generator delegates to (CPython's gen_close_iter). */
function closeIter(yf: PyObject): void {
  if (yf instanceof PyGenerator && (yf.cls === generatorType || yf.cls === coroutineType)) genClose(yf);
  else {
    const close = getAttrMaybe(yf, "close");
    if (close !== undefined) call(close, []);
  }
}

export function genThrow(g: PyGenerator, args: PyObject[]): PyObject {
  let exc: PyBaseException;
  const typ = args[0];
  if (args.length > 1 && args[1] !== None) {
    const v = args[1];
    exc = v instanceof PyBaseException ? v : makeRaisable(call(typ, [v]));
  } else exc = makeRaisable(typ);
  let thrown: PyBaseException = exc;
  // a generator in a `yield from` passes the exception to its iterator first (PEP 380)
  const yf = g.running ? null : delegate(g);
  if (yf !== null) {
    if (isSubtype(exc.cls, GeneratorExitType)) {
      // GeneratorExit closes the iterator, then is raised in `g` (or what closing it raised)
      try {
        asDelegating(g, () => closeIter(yf));
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        thrown = e;
      }
    } else {
      const own = yf instanceof PyGenerator && (yf.cls === generatorType || yf.cls === coroutineType);
      const method = own ? undefined : getAttrMaybe(yf, "throw");
      if (own || method !== undefined) {
        let ended: unknown;
        try {
          // the iterator yielded: `g` stays suspended in its `yield from`
          return asDelegating(g, () => (own ? genThrow(yf as PyGenerator, args) : call(method!, args)));
        } catch (e) {
          ended = e;
        }
        // the iterator ended: `g` goes on after its SEND loop with the value the iterator
        // returned, or with the exception it raised raised there
        const f = g.frame;
        f.stack[--f.sp] = undefined as never;
        const target = f.code.args[f.ip - 2];
        f.ip = target;
        f.lasti = target - 1;
        const value = unwrapStopIteration(ended);
        if (value !== undefined) {
          const [done, v] = resume(g, value, null);
          if (done) throw stopIteration(v);
          return v;
        }
        if (!(ended instanceof PyBaseException)) throw ended;
        thrown = ended;
      }
    }
  }
  g.started = true;
  const [done, value] = resume(g, None, thrown);
  if (done) throw stopIteration(value);
  return value;
}

export function genClose(g: PyGenerator): PyObject {
  if (g.finished || !g.started) {
    g.finished = true;
    return None;
  }
  // a generator in a `yield from` closes its iterator first; an error from that is raised in it
  // instead of GeneratorExit
  let thrown = newException(GeneratorExitType);
  const yf = g.running ? null : delegate(g);
  if (yf !== null) {
    try {
      asDelegating(g, () => closeIter(yf));
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      thrown = e;
    }
  }
  try {
    const [done] = resume(g, None, thrown);
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
getter(generatorType, "gi_yieldfrom", (g) => delegate(g as PyGenerator) ?? None);
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
