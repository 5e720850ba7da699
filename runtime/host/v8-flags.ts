// V8 settings of the processes that run the VM: the `hotpy` command (runtime/bin/hotpy.js) and
// the test suite's batch runners. Set in the main thread before the VM's worker starts (V8's
// flags are the process's, read by every isolate). The embedding API (runtime/api) leaves them
// alone: they are the embedding process's to set.
//
// Why: TurboFan optimises a function once the function has spent its interrupt budget (V8's
// default: 66 kB of bytecode run), and compiles it again after each deoptimisation. The
// interpreters' dispatch functions are large and, all through a program's start, keep meeting
// ops whose code has not run before: each meeting deoptimises them and a later compile costs
// 0.1–0.6 s of CPU on a compiler thread. With a 1 MB budget they are optimised later, having
// seen more, and compiled fewer times (a `--hot 1` run of tests/programs/lib_dates_times.py:
// 88 TurboFan compiles before, 5 after). Measured: the program corpus in `specialise --hot 1`
// took 15% less CPU (126 s → 107 s); with 132 kB instead of 1 MB the corpus's test file took
// 418 s instead of 300 s of wall time (2026-12-06, idle machine).
//
// But a program that runs for seconds pays for the late optimisation all through its first
// second, when everything runs in V8's unoptimised tiers: at 1 MB against 132 kB, richards 8
// took 3.45 s against 2.65 s of wall time in `--pipeline js`, chaos 10000 3.1 against 2.3 s,
// nbody 50000 1.26 against 1.00 s, and 7–18% more in `base`. So the `hotpy` command starts
// with V8_FLAGS and, once the program has run LATER_AFTER_MS, lowers the budget to
// V8_FLAGS_LATER (scheduleLaterV8Flags, from the main thread, whose event loop is free while the
// worker runs). When: with the switch at 300 ms, richards took 2.6 s, chaos 2.35 s, nbody 1.0 s,
// but tests/bench/startup_imports.py (0.8 s) 0.95–1.09 s instead of 0.77 in `specialise`; at
// 600 ms richards 2.75 s, chaos 2.5 s (`base`: 1.85 against 1.75 and 2.1 s) and the imports
// 0.77–0.86 s: most of the gain for long programs, little of the cost for short ones.
// The batch runners keep V8_FLAGS for good: their processes run hundreds of short programs
// one after another, each of which would otherwise start at the lower budget.
//
// V8 stamps a code cache with a hash of the flags, so the CLI bundle's code cache
// (bundle-loader.ts) is made under V8_FLAGS again (restoreStartV8Flags), else the next run,
// which starts under V8_FLAGS, would reject it.
import { setFlagsFromString } from "node:v8";

export const V8_FLAGS: readonly string[] = ["--interrupt-budget=1000000"];
export const V8_FLAGS_LATER: readonly string[] = ["--interrupt-budget=132000"];
export const LATER_AFTER_MS = 600;

/** `$HOTPY_V8_FLAGS` (space-separated), which replaces both settings to measure another one
 *  without a rebuild; undefined when unset. */
function override(): readonly string[] | undefined {
  const env = process.env["HOTPY_V8_FLAGS"];
  return env === undefined ? undefined : env.split(/\s+/).filter((f) => f !== "");
}

function apply(flags: readonly string[]): void {
  for (const f of flags) setFlagsFromString(f);
}

export function applyV8Flags(): void {
  apply(override() ?? V8_FLAGS);
}

/** Lowers the budget after LATER_AFTER_MS (unless HOTPY_V8_FLAGS is set); the timer does not
 *  keep the process alive. */
export function scheduleLaterV8Flags(): void {
  if (override() !== undefined) return;
  setTimeout(() => apply(V8_FLAGS_LATER), LATER_AFTER_MS).unref();
}

/** Back to the flags a run starts with (before a code cache is made). */
export function restoreStartV8Flags(): void {
  applyV8Flags();
}
