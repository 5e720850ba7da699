// The VM: wires the object model, builtins and interpreter tiers together and runs a program
// as CPython's `python3.11 FILE ARGS…` would: same stdout, stderr conventions and exit status.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { counters } from "./interp/counters.js";
import { tracing, traceStats } from "./tracing/supervisor.js";
import { cacheLimits, cacheStats } from "./tracing/trace-cache.js";
import { specialiserStats } from "./tracing/specialise.js";
import { pairStats } from "./tracing/run-entries.js";
import { opProfile, writeOpProfile } from "./tracing/op-profile.js";
import { codeForm } from "./tracing/compile.js";
import { jsStage, jsState } from "./tracing/js-compile.js";
import { registerStats } from "./tracing/register-form.js";
import { snapshotStats } from "./tracing/snapshot-check.js";
import { startTraceReport, writeTraceReport } from "./tracing/report/index.js";
import { dirname, resolve } from "node:path";
import "./objects/numbers.js";
import "./objects/str.js";
import "./objects/bytes.js";
import "./objects/complex.js";
import "./objects/containers.js";
import "./objects/misc-types.js";
import "./objects/generic-alias.js";
import "./objects/union-type.js";
import "./objects/exception-methods.js";
import "./objects/exception-group.js";
import "./objects/typeobj.js";
import "./interp/generator.js";
import "./builtins/builtins.js";
import "./builtins/sys.js";
import "./modules/index.js";
import { None, PyBaseException, PyModule, PyObject } from "./objects/core.js";
import { excType, SystemExitType } from "./objects/exceptions.js";
import { DEFAULT_PIPELINE, PIPELINES } from "./api/protocol.js";
import type { Pipeline } from "./api/protocol.js";
import { call, getAttr, isSubtype, str } from "./objects/protocol.js";
import { registerExecutor } from "./interp/call.js";
import { execute, executeCountingHits, specialisationStats } from "../generated/base-interpreter.js";
import { builtinsDict, execModuleCode, importModule, modules, newModule, path } from "./interp/imports.js";
import { type SiteOptions, defaultSiteOptions, initialSysPath } from "./interp/site-path.js";
import { workingDir } from "./interp/working-dir.js";
import { dictSet } from "./objects/hashtable.js";
import { formatException } from "./interp/traceback.js";
import { stderr, stdout } from "./builtins/stdio.js";
import { sysConfig } from "./builtins/sys.js";
import { BadCodeFile, CompileFailed, codeFromMarshal, codeFromPyc } from "./interp/code-loader.js";
import { compileSource, hostInfo, HostPythonMissing, hostStats } from "./loader/python-host.js";
import { toPyException } from "./interp/unwind.js";
import { runAtexit } from "./modules/process-modules.js";
import { host } from "./host/embed.js";

// the pipeline stages and the default, one list with the CLI and the embedding API (api/protocol.ts)
export { DEFAULT_PIPELINE, PIPELINES };
export type { Pipeline };

export interface RunOptions {
  /** the script, or with `module` set, the module's name (`hotpy run -m NAME`) */
  file: string;
  /** run `file` as a module found on sys.path, as `python -m NAME` does (through runpy) */
  module?: boolean;
  args: string[];
  pipeline: Pipeline;
  /** name used in "can't open file" messages */
  programName: string;
  stats?: boolean;
  statsJson?: string | null;
  /** back-edges before a loop is traced */
  hot?: number;
  traceCacheSize?: number;
  traceCacheOps?: number;
  dumpTraces?: string | null;
  /** write the trace viewer's HTML page (--trace-report) to this file */
  traceReport?: string | null;
  /** write the counts of trace entries and adjacent pairs run (--op-profile) to this file */
  opProfile?: string | null;
  /** -S / -s / -E: what of the site directories and PYTHONPATH goes on sys.path */
  site?: SiteOptions;
  /** the program's text, run in place of reading `file` (which then only names it) */
  source?: string;
  /** sys.argv[0] when it is not `file` (`-c` for `hotpy run -c CMD`, as python -c) */
  argv0?: string;
}

/** An exception that ended the program, as the embedding API reports it. */
export interface UncaughtException {
  /** the class's name as the traceback's last line shows it (module-qualified unless builtins
   *  or __main__) */
  type: string;
  /** str() of the exception */
  message: string;
  /** what was printed to stderr: CPython's traceback format */
  traceback: string;
}

/** What runMain did: the exit status, the exception that ended the program (not SystemExit),
 *  and the statistics --stats-json writes. */
export interface RunOutcome {
  status: number;
  exception: UncaughtException | null;
  stats: ReturnType<typeof collectStats>;
  /** it ended by an uncaught KeyboardInterrupt */
  interrupted: boolean;
}

let uncaught: UncaughtException | null = null;
/** the program ended by an uncaught KeyboardInterrupt (CPython then ends by SIGINT) */
let interrupted = false;

registerExecutor(execute);

/** The VM's own messages to standard error: the process's, or the embedder's. */
function writeErr(text: string): void {
  if (host.stdio !== null) host.stdio.write(2, new TextEncoder().encode(text));
  else process.stderr.write(text);
}

/** Exit status for an uncaught SystemExit, printing its message as CPython does. */
function systemExitStatus(e: PyBaseException): number {
  const items = e.args.items;
  const code: PyObject = items.length === 0 ? None : items.length === 1 ? items[0] : e.args;
  if (code === None) return 0;
  if (typeof code === "number") return code & 0xff;
  if (typeof code === "boolean") return code ? 1 : 0;
  stdout.flush();
  stderr.write(`${str(code)}\n`);
  return 1;
}

/** Reports an exception that escaped the program; returns the exit status. */
export function reportUncaught(e: unknown): number {
  const exc = e instanceof PyBaseException ? e : toPyException(e);
  if (isSubtype(exc.cls, SystemExitType)) return systemExitStatus(exc);
  interrupted = isSubtype(exc.cls, excType("KeyboardInterrupt"));
  const hook = sysAttr("excepthook");
  if (hook !== undefined && hook !== sysAttr("__excepthook__")) {
    // the program replaced sys.excepthook: it reports the exception (CPython's sys_pyfile rules)
    try {
      uncaught = { type: excTypeName(exc), message: excMessage(exc), traceback: "" };
      call(hook, [exc.cls, exc, exc.traceback ?? None]);
      return 1;
    } catch (e2) {
      stdout.flush();
      stderr.write("Error in sys.excepthook:\n" + formatException(toPyException(e2)) + "\nOriginal exception was:\n");
    }
  }
  stdout.flush();
  const traceback = formatException(exc);
  uncaught = { type: excTypeName(exc), message: excMessage(exc), traceback };
  stderr.write(traceback);
  return 1;
}

function excTypeName(exc: PyBaseException): string {
  const mod = exc.cls.dict.map.get("__module__");
  return typeof mod === "string" && mod !== "builtins" && mod !== "__main__" ? `${mod}.${exc.cls.qualname}` : exc.cls.qualname;
}

function excMessage(exc: PyBaseException): string {
  try {
    return str(exc);
  } catch {
    return "<exception str() failed>";
  }
}

function sysAttr(name: string): PyObject | undefined {
  const sys = modules.map.get("sys");
  return sys instanceof PyModule ? sys.dict.map.get(name) : undefined;
}

export function runMain(opts: RunOptions): number {
  const outcome = runMainDetailed(opts);
  // after an uncaught KeyboardInterrupt CPython ends itself by SIGINT (exit_sigint)
  if (outcome.interrupted && host.endBySignal !== null) host.endBySignal(2);
  return outcome.status;
}

export function runMainDetailed(opts: RunOptions): RunOutcome {
  // the inline forms' hits are counted only for --stats (the count costs loop benchmarks 4-5%,
  // and the benchmark harness times its runs with --stats-json on)
  registerExecutor(opts.stats ? executeCountingHits : execute);
  tracing.enabled = opts.pipeline !== "base";
  tracing.specialise = PIPELINES.indexOf(opts.pipeline) >= PIPELINES.indexOf("specialise");
  // (`js` compiles the specialised stack-form trace: keeping its stack in JavaScript variables
  // does what the register form does, and V8 then allocates machine registers)
  codeForm.register = opts.pipeline === "register";
  codeForm.pairs = tracing.specialise && !codeForm.register;
  jsStage.on = opts.pipeline === "js";
  jsStage.dumpDir = opts.dumpTraces ?? null;
  if (opts.hot !== undefined) tracing.hot = opts.hot;
  if (opts.traceCacheSize !== undefined) cacheLimits.traces = opts.traceCacheSize;
  if (opts.traceCacheOps !== undefined) cacheLimits.ops = opts.traceCacheOps;
  tracing.dumpDir = opts.dumpTraces ?? null;
  if (opts.traceReport) startTraceReport();
  opProfile.on = !!opts.opProfile;
  const started = performance.now();
  uncaught = null;
  interrupted = false;
  const status = runProgram(opts);
  const stats = collectStats(opts, performance.now() - started);
  if (opts.stats || opts.statsJson) reportStats(opts, stats);
  if (opts.traceReport) writeReport(opts, stats);
  if (opts.opProfile) {
    try {
      writeOpProfile(opts.opProfile, opts.pipeline);
    } catch (e) {
      writeErr(`hotpy: could not write the op profile ${opts.opProfile}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  return { status, exception: uncaught, stats, interrupted };
}

function collectStats(opts: RunOptions, ms: number) {
  const base = counters.baseInstructions, trace = counters.traceInstructions;
  const ts = traceStats;
  const s = {
    pipeline: opts.pipeline,
    hot: tracing.hot,
    wallTimeMs: Math.round(ms),
    // (traceEntries: the thin ops run in traces, a superinstruction counting as the two it runs)
    instructions: { base, trace, traceEntries: trace + counters.pairedSeconds, traceByStage: opts.pipeline === "base" ? {} : { [opts.pipeline]: trace } },
    instructionsInTracesFraction: base + trace === 0 ? 0 : trace / (base + trace),
    timeInTracesFraction: ms === 0 ? 0 : Math.min(1, ts.timeInTracesMs / ms),
    traces: {
      recorded: ts.recorded,
      aborted: ts.aborted,
      abortedByReason: ts.abortedByReason,
      evicted: cacheStats.evicted,
      invalidated: cacheStats.invalidated,
      recordedAgain: ts.recordedAgain,
      exits: ts.exits,
      sideTraces: ts.sideTraces,
      links: ts.links,
      callsInlined: ts.callsInlined,
      callsGivenBack: ts.callsGivenBack,
      fragmentsRecorded: ts.fragmentsRecorded,
      fragmentsFailed: ts.fragmentsFailed,
      exitsInInlinedCalls: ts.exitsInInlinedCalls,
    },
    // start-up: how the VM was loaded (CLI only) and what compiling the Python code cost:
    // CPython processes started, compile-cache and __pycache__ hits
    startup: {
      ...(host.startup ?? {}),
      cpythonProcesses: hostStats.spawns,
      compileCacheHits: hostStats.compileCacheHits,
      pycHits: hostStats.pycHits,
    },
    // what the specialiser did to the traces it was given (counted once per trace, not per run)
    specialiser: { ...specialiserStats, snapshotsChecked: snapshotStats.checked, pairsMade: pairStats.made },
    // what the register stage made of them
    ...(codeForm.register ? { register: { ...registerStats } } : {}),
    // what the js stage compiled: trace codes (a preamble, a loop body, a side trace…) and the
    // JavaScript source made for them
    ...(jsStage.on ? { js: { compiled: jsState.compiled, sourceChars: jsState.sourceChars, sidesInlined: jsState.sidesInlined } } : {}),
    // the base interpreter's specialised families (spec/fat-ops.yaml `families`)
    // (hits are counted with --stats only: null without it)
    families: specialisationStats().map((f) => ({ ...f, forms: f.forms.map((x) => ({ ...x, hits: opts.stats ? x.hits : null })) })),
  };
  return s;
}

function reportStats(opts: RunOptions, s: ReturnType<typeof collectStats>): void {
  const base = s.instructions.base, trace = s.instructions.trace;
  const ts = traceStats;
  if (opts.statsJson) writeFileSync(opts.statsJson, JSON.stringify(s, null, 2) + "\n");
  if (opts.stats) {
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    const reasons = Object.entries(ts.abortedByReason).map(([r, n]) => `${r}: ${n}`).join(", ");
    writeErr(
      `hotpy stats (pipeline ${s.pipeline}, hot ${tracing.hot}): ${s.wallTimeMs} ms\n` +
        `  instructions: base interpreter ${base} fat ops, traces ${trace} (${s.instructions.traceEntries} thin ops, ${counters.pairedSeconds} of them run in pairs as superinstructions; ${pct(s.instructionsInTracesFraction)} of all instructions)\n` +
        `  time in traces: ${pct(s.timeInTracesFraction)}\n` +
        `  traces: ${ts.recorded} recorded, ${ts.aborted} aborted${reasons ? ` (${reasons})` : ""}, ${cacheStats.evicted} evicted, ${cacheStats.invalidated} invalidated (${ts.recordedAgain} to be recorded again along a branch most iterations take)\n` +
        `  exits taken: ${ts.exits} (${ts.exitsInInlinedCalls} inside inlined calls), side traces: ${ts.sideTraces}, links between traces taken: ${ts.links}\n` +
        `  calls inlined into recorded traces: ${ts.callsInlined} (${ts.callsGivenBack} given back to the base interpreter while recording: loop too long); functions called by ops recorded as fragments: ${ts.fragmentsRecorded} (${ts.fragmentsFailed} not recordable)\n` +
        `  start-up: ${startupLine(s.startup)}\n` +
        (tracing.specialise
          ? `  specialiser: ${specialiserStats.entriesIn} thin ops in, ${specialiserStats.entriesOut} out (preambles); ${specialiserStats.guardsRemoved} guards removed, ${specialiserStats.opsReplaced} ops replaced, ${specialiserStats.globalsCached} global lookups cached, ${specialiserStats.loopsPeeled} loop bodies peeled, ${specialiserStats.preamblesSkipped} preambles skipped, ${pairStats.made} pairs of entries made superinstructions\n`
          : "") +
        (codeForm.register
          ? `  register stage: ${registerStats.entriesIn} thin ops in, ${registerStats.instructionsOut} register instructions out; ${registerStats.operandsFolded} inputs read as operands, ${registerStats.outputsToLocals} outputs written to locals\n`
          : "") +
        (jsStage.on ? `  js stage: ${jsState.compiled} trace codes compiled to JavaScript (${jsState.sourceChars} characters), after ${jsStage.threshold} runs each; ${jsState.sidesInlined} side traces compiled into their loop's code\n` : "") +
        familyLines(s.families),
    );
  }
}

function startupLine(st: ReturnType<typeof collectStats>["startup"]): string {
  const loaded =
    "bundle" in st && st.bundle !== undefined
      ? `VM loaded ${st.loadedAtMs} ms after the process started (${st.bundle ? `bundle, code cache ${st.codeCache}` : "modules one by one"}); `
      : "";
  return `${loaded}CPython processes started: ${st.cpythonProcesses} (compile cache hits ${st.compileCacheHits}, __pycache__ hits ${st.pycHits})`;
}

/** `--stats` lines of the specialised families: per form, runs that hit and misses. */
function familyLines(families: ReturnType<typeof collectStats>["families"]): string {
  let out = "  specialised families (base interpreter): form hits / misses (specialised n times)\n";
  for (const f of families) {
    const forms = f.forms.map((x) => `${x.form} ${x.hits}/${x.misses} (${x.specialised})`).join(", ");
    out += `    ${f.family}: ${forms}; no form fitted ${f.specialiseFailed} times\n`;
  }
  return out;
}

function writeReport(opts: RunOptions, s: ReturnType<typeof collectStats>): void {
  try {
    writeTraceReport(opts.traceReport!, {
      program: opts.file,
      programIsFile: !opts.module,
      pipeline: opts.pipeline,
      hot: tracing.hot,
      tracing: tracing.enabled,
      specialise: tracing.specialise,
      wallTimeMs: s.wallTimeMs,
      instructions: { base: s.instructions.base, trace: s.instructions.trace },
      timeInTracesMs: traceStats.timeInTracesMs,
      aborted: traceStats.abortedByReason,
    });
  } catch (e) {
    writeErr(`hotpy: could not write the trace report ${opts.traceReport}: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}

/** `-m NAME`: CPython's way — sys.path[0] is the current directory, sys.argv[0] '-m' until
 *  runpy finds the module and puts its file there, and runpy reports a module it cannot find. */
function runModule(opts: RunOptions): number {
  sysConfig.argv = ["-m", ...opts.args];
  const site = opts.site ?? defaultSiteOptions;
  sysConfig.site = site;
  // sys.path[0] is the working directory, then PYTHONPATH, the stdlib and the site directories
  path.items.push(...initialSysPath(workingDir.path, hostInfo(), site, process.env));
  // the interpreter's own __main__, whose namespace runpy reuses for the module
  const main = newModule("__main__");
  main.dict.map.set("__builtins__", builtinsDict);
  dictSet(modules, "__main__", main);
  let status: number;
  try {
    const runpy = importModule("runpy");
    call(getAttr(runpy, "_run_module_as_main"), [opts.file]);
    status = 0;
  } catch (e) {
    status = reportUncaught(e);
  }
  try {
    runAtexit();
  } catch (e) {
    stdout.flush();
    stderr.write("Exception ignored in atexit callback:\n");
    const ended = uncaught; // what ended the program, not the ignored one
    const endedByInterrupt = interrupted;
    reportUncaught(e);
    uncaught = ended;
    interrupted = endedByInterrupt;
  }
  return status;
}

function runProgram(opts: RunOptions): number {
  if (opts.module) {
    try {
      return runModule(opts);
    } catch (e) {
      if (e instanceof HostPythonMissing) {
        stdout.flush();
        writeErr(`${opts.programName}: ${e.message}\n`);
        return 1;
      }
      return reportUncaught(e);
    } finally {
      try {
        stdout.flush();
      } catch {
        /* stdout closed */
      }
    }
  }
  const file = opts.source !== undefined ? opts.file : resolve(opts.file);
  if (opts.source === undefined && (!existsSync(file) || statSync(file).isDirectory())) {
    const why = existsSync(file) ? "[Errno 21] Is a directory" : "[Errno 2] No such file or directory";
    writeErr(`${opts.programName}: can't open file '${file}': ${why}\n`);
    return 2;
  }
  try {
    sysConfig.argv = [opts.argv0 ?? opts.file, ...opts.args];
    const site = opts.site ?? defaultSiteOptions;
    sysConfig.site = site;
    // a source string runs as `python -c` does: sys.path[0] is '' (the working directory)
    path.items.push(...initialSysPath(opts.source !== undefined ? "" : dirname(file), hostInfo(), site, process.env));
    const source = opts.source !== undefined ? Buffer.from(opts.source, "utf8") : readFileSync(file);
    const compiled = file.endsWith(".pyc") ? null : compileSource(source, file, "exec");
    if (compiled !== null && !compiled.ok) {
      writeErr(compiled.message);
      return 1;
    }
    if (compiled !== null && compiled.warnings) writeErr(compiled.warnings);
    const code = compiled !== null ? codeFromMarshal(compiled.marshal, file) : codeFromPyc(source, file);
    const main = newModule("__main__");
    const d = main.dict.map;
    if (opts.source === undefined) d.set("__file__", file);
    d.set("__builtins__", builtinsDict);
    d.set("__cached__", None);
    dictSet(modules, "__main__", main);
    let status: number;
    try {
      execModuleCode(main, code);
      status = 0;
    } catch (e) {
      status = reportUncaught(e);
    }
    try {
      runAtexit();
    } catch (e) {
      stdout.flush();
      stderr.write("Exception ignored in atexit callback:\n");
      const ended = uncaught; // what ended the program, not the ignored one
      const endedByInterrupt = interrupted;
      reportUncaught(e);
      uncaught = ended;
      interrupted = endedByInterrupt;
    }
    return status;
  } catch (e) {
    if (e instanceof HostPythonMissing || e instanceof BadCodeFile) {
      stdout.flush();
      writeErr(`${opts.programName}: ${e.message}\n`);
      return 1;
    }
    if (e instanceof CompileFailed) {
      writeErr(e.message);
      return 1;
    }
    return reportUncaught(e);
  } finally {
    try {
      stdout.flush();
    } catch {
      /* stdout closed */
    }
  }
}
