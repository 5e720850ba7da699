// _signal (what Lib/signal.py wraps): the signal numbers of Linux, handlers kept per signal
// (signal/getsignal), raise_signal, signals from outside (runtime/host/signals.ts: the thread
// that owns the process catches them and the VM runs their Python handlers at its next loop
// back-edge or call), alarm/setitimer/getitimer on the real-time clock (the owning thread keeps
// the timer) and pause. A handler runs as CPython's does: SIG_IGN drops the signal, a Python
// callable is called with (signum, frame), SIGINT's default raises KeyboardInterrupt, and the
// default action of the others ends the process by that signal (an embedded VM: its run).
import { markEscaped } from "../interp/frame.js";
import { None, PyFloat, PyList, PyObject, PyTuple, setType } from "../objects/core.js";
import { makeSet } from "../objects/set.js";
import { excType, newException, typeError, valueError } from "../objects/exceptions.js";
import { call, typeOf } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { state } from "../interp/state.js";
import { stderr, stdout } from "../builtins/stdio.js";
import { clinicArgs, cIntArg, defFunction, newExceptionClass } from "./small-util.js";
import { pendingSignals, signalHost, takePendingSignals } from "../host/signals.js";
import { isCallable } from "./functional-util.js";
import { host } from "../host/embed.js";

const SIGNALS: Record<string, number> = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9,
  SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGSTKFLT: 16, SIGCHLD: 17,
  SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25,
  SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31, SIGRTMIN: 34, SIGRTMAX: 64,
};
const NSIG = 65;
const SIG_DFL = 0;
const SIG_IGN = 1;
/** Signals whose default action is not to end the process. */
const HARMLESS = new Set([17, 18, 23, 28]);
const DESCRIPTIONS: Record<number, string> = {
  1: "Hangup", 2: "Interrupt", 3: "Quit", 4: "Illegal instruction", 5: "Trace/breakpoint trap", 6: "Aborted",
  7: "Bus error", 8: "Floating point exception", 9: "Killed", 10: "User defined signal 1", 11: "Segmentation fault",
  12: "User defined signal 2", 13: "Broken pipe", 14: "Alarm clock", 15: "Terminated", 16: "Stack fault",
  17: "Child exited", 18: "Continued", 19: "Stopped (signal)", 20: "Stopped", 21: "Stopped (tty input)",
  22: "Stopped (tty output)", 23: "Urgent I/O condition", 24: "CPU time limit exceeded", 25: "File size limit exceeded",
  26: "Virtual timer expired", 27: "Profiling timer expired", 28: "Window changed", 29: "I/O possible",
  30: "Power failure", 31: "Bad system call",
};

function signalArg(x: PyObject): number {
  const n = cIntArg(x);
  if (n < 1 || n >= NSIG) throw valueError("signal number out of range");
  return n;
}

/** Python handlers by signal number (absent: the default, see current) */
const handlers = new Map<number, PyObject>();
let defaultIntHandler: PyObject | null = null;
const current = (n: number): PyObject =>
  handlers.get(n) ?? (n === 2 && defaultIntHandler !== null ? defaultIntHandler : n === 13 || n === 25 ? SIG_IGN : SIG_DFL);

/** Delivers signal n to the program: its handler, or the default action. */
function deliver(n: number): void {
  const h = handlers.get(n) ?? (n === 2 ? null : current(n));
  if (h === SIG_IGN) return;
  if (h === null) throw newException(excType("KeyboardInterrupt")); // SIGINT's default
  if (h !== SIG_DFL) {
    markEscaped(state.frame);
    call(h, [n, (state.frame as unknown as PyObject) ?? None]);
    return;
  }
  if (HARMLESS.has(n)) return;
  // the default action ends the process by the signal, as the OS would
  const name = Object.keys(SIGNALS).find((k) => SIGNALS[k] === n && k !== "SIGIOT" && k !== "SIGPOLL");
  stdout.flush();
  stderr.flush();
  // embedded, or in the CLI's worker thread, the owning thread ends the run by the signal
  if (host.endBySignal !== null) host.endBySignal(n);
  process.kill(process.pid, (name ?? "SIGTERM") as NodeJS.Signals);
}

/** Runs the handlers of the signals that arrived from outside (lowest number first). Called
 *  where the VM checks pendingSignals: loop back-edges, calls, sleeps. */
export function runPendingSignals(): void {
  let bits = takePendingSignals();
  for (let n = 1; bits !== 0; n++) {
    if ((bits & (1 << n)) === 0) continue;
    bits &= ~(1 << n);
    try {
      deliver(n);
    } catch (e) {
      // the rest stay pending for the next check
      if (bits !== 0) Atomics.or(pendingSignals, 0, bits);
      throw e;
    }
  }
}

signalHost.runPending = runPendingSignals;

// the real-time interval timer (ITIMER_REAL): its deadline and interval, kept here for
// getitimer/alarm's answers; the owning thread delivers SIGALRM
let alarmAt = 0;
let alarmInterval = 0;
function setTimer(seconds: number, interval: number): [number, number] {
  const now = performance.now() / 1000;
  const old: [number, number] = [alarmAt > now ? alarmAt - now : 0, alarmInterval];
  if (signalHost.setAlarm === null) throw newException(excType("OSError"), "signal timers need the VM to run in a worker thread (as the hotpy command and the API do)");
  alarmAt = seconds > 0 ? now + seconds : 0;
  alarmInterval = seconds > 0 ? interval : 0;
  signalHost.setAlarm(seconds, alarmInterval);
  return old;
}

registerBuiltinModule("_signal", (m) => {
  const d = m.dict.map;
  for (const [k, v] of Object.entries(SIGNALS)) d.set(k, v);
  d.set("NSIG", NSIG);
  d.set("SIG_DFL", SIG_DFL);
  d.set("SIG_IGN", SIG_IGN);
  d.set("SIG_BLOCK", 0);
  d.set("SIG_UNBLOCK", 1);
  d.set("SIG_SETMASK", 2);
  d.set("ITIMER_REAL", 0);
  d.set("ITIMER_VIRTUAL", 1);
  d.set("ITIMER_PROF", 2);
  const itimerError = newExceptionClass("signal", "itimer_error", [excType("OSError")]);
  d.set("ItimerError", itimerError);
  defFunction(m, "default_int_handler", () => {
    throw newException(excType("KeyboardInterrupt"));
  });
  defaultIntHandler = d.get("default_int_handler")!;

  defFunction(m, "signal", (args, kwnames) => {
    const [signalnum, handler] = clinicArgs("signal", args, kwnames, ["signalnum", "handler"], 2, 2);
    const n = signalArg(signalnum!);
    const h = handler!;
    if (h !== SIG_DFL && h !== SIG_IGN && !isCallable(h))
      throw typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    if (n === 9 || n === 19) throw newException(excType("OSError"), "[Errno 22] Invalid argument");
    const old = current(n);
    handlers.set(n, h);
    // the owning thread listens to the signals that have a handler other than the default
    signalHost.handlerChanged?.(n, h !== SIG_DFL);
    return old;
  });
  defFunction(m, "getsignal", (args, kwnames) => {
    const [signalnum] = clinicArgs("getsignal", args, kwnames, ["signalnum"], 1, 1);
    return current(signalArg(signalnum!));
  });
  defFunction(m, "raise_signal", (args, kwnames) => {
    const [signalnum] = clinicArgs("raise_signal", args, kwnames, ["signalnum"], 1, 1);
    deliver(signalArg(signalnum!));
    return None;
  });
  defFunction(m, "alarm", (args, kwnames) => {
    const [seconds] = clinicArgs("alarm", args, kwnames, ["seconds"], 1, 1);
    const [left] = setTimer(Math.max(0, cIntArg(seconds!)), 0);
    // alarm() answers whole seconds, rounding a part second up
    return left > 0 ? Math.max(1, Math.round(left)) : 0;
  });
  const timerArg = (x: PyObject | undefined): number => {
    if (x === undefined) return 0;
    const v = typeof x === "number" ? x : x instanceof PyFloat ? x.value : NaN;
    if (Number.isNaN(v)) throw typeError(`must be real number, not ${typeOf(x).name}`);
    return v;
  };
  const whichArg = (x: PyObject): void => {
    const which = cIntArg(x);
    if (which === 1 || which === 2) throw newException(excType("NotImplementedError"), "hotpy: only signal.ITIMER_REAL timers are supported (no CPU-time timers)");
    if (which !== 0) throw newException(itimerError, 22, "Invalid argument");
  };
  defFunction(m, "setitimer", (args, kwnames) => {
    const [which, seconds, interval] = clinicArgs("setitimer", args, kwnames, ["which", "seconds", "interval"], 2, 3);
    whichArg(which!);
    const [left, every] = setTimer(Math.max(0, timerArg(seconds)), Math.max(0, timerArg(interval)));
    return new PyTuple([new PyFloat(left), new PyFloat(every)]);
  });
  defFunction(m, "getitimer", (args, kwnames) => {
    const [which] = clinicArgs("getitimer", args, kwnames, ["which"], 1, 1);
    whichArg(which!);
    const now = performance.now() / 1000;
    return new PyTuple([new PyFloat(alarmAt > now ? alarmAt - now : 0), new PyFloat(alarmInterval)]);
  });
  defFunction(m, "pause", () => {
    // until a signal arrives; its handler runs (and may raise)
    while (Atomics.load(pendingSignals, 0) === 0) Atomics.wait(pendingSignals, 0, 0);
    runPendingSignals();
    return None;
  });
  defFunction(m, "strsignal", (args, kwnames) => {
    const [signalnum] = clinicArgs("strsignal", args, kwnames, ["signalnum"], 1, 1);
    const n = signalArg(signalnum!);
    return DESCRIPTIONS[n] ?? (n >= 34 ? `Real-time signal ${n - 34}` : None);
  });
  defFunction(m, "valid_signals", () => {
    const s: PyObject[] = [];
    for (let i = 1; i < NSIG; i++) if (i !== 32 && i !== 33) s.push(i);
    return makeSet(setType, new PyList(s));
  });
});
