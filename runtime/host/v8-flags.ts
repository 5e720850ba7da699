// V8 settings of the processes that run the VM: the `hotpy` command (runtime/bin/hotpy.js) and
// the test suite's batch runners, which must run programs as the command does. Set in the main
// thread before the VM's worker starts (V8's flags are the process's, read by every isolate).
// The embedding API (runtime/api) leaves them alone: they are the embedding process's to set.
//
// Why: TurboFan optimises a function once the function has spent its interrupt budget (V8's
// default: 66 kB of bytecode run), and compiles it again after each deoptimisation. The
// interpreters' dispatch functions are large and, all through a program's start, keep meeting
// ops whose code has not run before: each meeting deoptimises them and a later compile costs
// 0.1–0.6 s of CPU on a compiler thread. With a 1 MB budget they are optimised later, having
// seen more, and compiled fewer times (a `--hot 1` run of tests/programs/lib_dates_times.py:
// 88 TurboFan compiles before, 5 after). Measured: the program corpus in `specialise --hot 1`
// took 15% less CPU (126 s → 107 s), sympy's library job about 10% less; the long benchmarks
// showed no change beyond noise (their loops spend such a budget in milliseconds). The price:
// a tiny program's start-up (tests/bench/startup_hello.py) takes 30–45 ms more (about 258 →
// 290 ms of wall time, warm caches, idle machine), as the start-up's own Python code (site,
// encodings) runs longer before TurboFan takes it; setting the flag only once the VM is loaded
// costs the same, since that code runs in the program's run.
import { setFlagsFromString } from "node:v8";

export const V8_FLAGS: readonly string[] = ["--interrupt-budget=1000000"];

export function applyV8Flags(): void {
  for (const f of V8_FLAGS) setFlagsFromString(f);
}
