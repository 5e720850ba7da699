// _signal (what Lib/signal.py wraps), deliberately small: the signal numbers of Linux, handlers
// kept per signal (signal/getsignal), and raise_signal, which runs the Python handler, ignores
// the signal, raises KeyboardInterrupt (SIGINT's default) or ends the process by the signal as
// CPython would. Signals sent from outside are not delivered to Python handlers, and timers
// (alarm, setitimer, pause) are absent, so `hasattr(signal, "alarm")` is honestly False.
import { None, PyList, PyObject, setType } from "../objects/core.js";
import { makeSet } from "../objects/set.js";
import { excType, newException, typeError, valueError } from "../objects/exceptions.js";
import { call } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { state } from "../interp/state.js";
import { stderr, stdout } from "../builtins/stdio.js";
import { clinicArgs, cIntArg, defFunction } from "./small-util.js";
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

registerBuiltinModule("_signal", (m) => {
  const d = m.dict.map;
  for (const [k, v] of Object.entries(SIGNALS)) d.set(k, v);
  d.set("NSIG", NSIG);
  d.set("SIG_DFL", SIG_DFL);
  d.set("SIG_IGN", SIG_IGN);
  d.set("SIG_BLOCK", 0);
  d.set("SIG_UNBLOCK", 1);
  d.set("SIG_SETMASK", 2);
  const handlers = new Map<number, PyObject>();
  defFunction(m, "default_int_handler", () => {
    throw newException(excType("KeyboardInterrupt"));
  });
  handlers.set(2, d.get("default_int_handler")!);
  const current = (n: number): PyObject => handlers.get(n) ?? (n === 13 || n === 25 ? SIG_IGN : SIG_DFL);

  defFunction(m, "signal", (args, kwnames) => {
    const [signalnum, handler] = clinicArgs("signal", args, kwnames, ["signalnum", "handler"], 2, 2);
    const n = signalArg(signalnum!);
    const h = handler!;
    if (h !== SIG_DFL && h !== SIG_IGN && !isCallable(h))
      throw typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    if (n === 9 || n === 19) throw newException(excType("OSError"), "[Errno 22] Invalid argument");
    const old = current(n);
    handlers.set(n, h);
    return old;
  });
  defFunction(m, "getsignal", (args, kwnames) => {
    const [signalnum] = clinicArgs("getsignal", args, kwnames, ["signalnum"], 1, 1);
    return current(signalArg(signalnum!));
  });
  defFunction(m, "raise_signal", (args, kwnames) => {
    const [signalnum] = clinicArgs("raise_signal", args, kwnames, ["signalnum"], 1, 1);
    const n = signalArg(signalnum!);
    const h = current(n);
    if (h === SIG_IGN) return None;
    if (h !== SIG_DFL) {
      call(h, [n, (state.frame as unknown as PyObject) ?? None]);
      return None;
    }
    if (HARMLESS.has(n)) return None;
    // the default action ends the process by the signal, as the OS would
    const name = Object.keys(SIGNALS).find((k) => SIGNALS[k] === n && k !== "SIGIOT" && k !== "SIGPOLL");
    stdout.flush();
    stderr.flush();
    // embedded, the signal ends the VM's thread, not the embedding process
    if (host.endBySignal !== null) host.endBySignal(n);
    process.kill(process.pid, (name ?? "SIGTERM") as NodeJS.Signals);
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
