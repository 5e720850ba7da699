// Signals from outside the VM. The VM runs in a worker thread; the thread that owns the process
// (runtime/bin/hotpy.js, or the embedding API) catches a signal and sets bit N of a word shared
// with the worker, then wakes it if it sleeps on that word (time.sleep does). The VM looks at the
// word at loop back-edges (base interpreter and traces) and at calls, and runs the Python
// handlers of the signals pending there (runtime/modules/signal.ts), as CPython's eval breaker
// does. Until a worker is given a shared word, this one is private and never set.

/** word 0: bit N set = signal N pending (N < 32) */
export let pendingSignals: Int32Array<ArrayBufferLike> = new Int32Array(new SharedArrayBuffer(4));

/** What the owning thread is told, so that it listens to the signals Python handles. */
export const signalHost: {
  /** Python set (true) or reset to SIG_DFL (false) a handler for signum */
  handlerChanged: ((signum: number, handled: boolean) => void) | null;
  /** signal.alarm/setitimer(ITIMER_REAL): deliver SIGALRM after `seconds` (0: cancel), then
   *  every `interval` seconds if not 0 */
  setAlarm: ((seconds: number, interval: number) => void) | null;
  /** runs the Python handlers of the pending signals (set by runtime/modules/signal.ts) */
  runPending: (() => void) | null;
} = { handlerChanged: null, setAlarm: null, runPending: null };

/** The VM's check point: runs the handlers of signals that arrived (they may raise). */
export function checkSignals(): void {
  if (pendingSignals[0] !== 0 && signalHost.runPending !== null) signalHost.runPending();
}

/** Uses `buffer` (an Int32Array's worth, shared with the owning thread) as the pending word. */
export function useSignalBuffer(buffer: SharedArrayBuffer): void {
  pendingSignals = new Int32Array(buffer, 0, 1);
}

/** Takes the pending signals (bit mask), clearing them. */
export function takePendingSignals(): number {
  return Atomics.exchange(pendingSignals, 0, 0);
}

/** Sets signal signum pending and wakes a sleeper (the owning thread's side). */
export function raisePending(word: Int32Array, signum: number): void {
  Atomics.or(word, 0, 1 << signum);
  Atomics.notify(word, 0);
}
