// The embedding API: `import { createVM } from "hotpy"`. A VM is a configuration (pipeline,
// tracing bounds, standard streams, sandbox, limits); each run of a program is a fresh Python
// interpreter in its own worker thread, as `python3.11 prog.py` is a fresh process: two runs,
// of one VM or of two, share no Python state (modules, sys, trace caches) and may go at once.
// The worker is also what makes limits safe: a run past its time or memory limit is stopped by
// ending its thread, and the embedding process goes on.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { canonicalPath, type SandboxPolicy } from "../host/embed.js";
import {
  DEFAULT_PIPELINE,
  PIPELINES,
  type Pipeline,
  type PythonException,
  type RunRequest,
  type RunStats,
  type WorkerMessage,
  STDIN_CHUNK,
  STDIN_HEADER_BYTES,
  STDIN_LENGTH,
  STDIN_READY,
  STDIN_STATE,
} from "./protocol.js";

export type { Pipeline, PythonException, RunStats } from "./protocol.js";

export { DEFAULT_PIPELINE, PIPELINES };

/** What standard input reads: all of it up front, or a function asked each time the program
 *  reads (its answer may be a promise; null/undefined or "" is the end of input). */
export type StdinSource = string | Uint8Array | (() => string | Uint8Array | null | undefined | Promise<string | Uint8Array | null | undefined>);

export interface SandboxOptions {
  /** files and folders Python may read (the CPython standard library and the program file
   *  itself are always readable) */
  read?: string[];
  /** files and folders Python may read and write (e.g. a temporary folder) */
  write?: string[];
  /** give each run a fresh writable temporary folder, named by TMPDIR in its environment (so
   *  tempfile uses it) and removed when the run ends */
  tempDir?: boolean;
  /** the environment os.environ holds (default: empty; the host's is never visible) */
  env?: Record<string, string>;
  /** os.system may start processes (default false) */
  spawn?: boolean;
  /** sockets may be made (default false; hotpy has no network support, so granting this gives
   *  the OSError an unsandboxed VM raises instead of PermissionError) */
  network?: boolean;
}

export interface VMOptions {
  /** default "specialise" */
  pipeline?: Pipeline;
  /** back-edges before a loop is traced (default 10) */
  hot?: number;
  /** most traces kept (default 1000) */
  traceCacheSize?: number;
  /** most thin ops kept over all traces (default 500000) */
  traceCacheOps?: number;
  /** the CPython 3.11 that compiles source (default: HOTPY_PYTHON, else python3.11 on PATH) */
  python?: string;
  /** gets what the program writes to stdout, as it is written (sys.stdout is line-buffered);
   *  without it the text is collected in the result */
  stdout?: (text: string) => void;
  /** the same for stderr (tracebacks included) */
  stderr?: (text: string) => void;
  /** default: empty (reading gets end of input at once) */
  stdin?: StdinSource;
  /** default {} (deny everything); false: the host as the `hotpy` command has it */
  sandbox?: SandboxOptions | false;
  limits?: {
    /** wall-clock milliseconds a run may take */
    timeMs?: number;
    /** megabytes of JavaScript heap a run may use (default 8192, as the CLI) */
    memoryMb?: number;
  };
}

export interface RunOptions {
  /** sys.argv[1:] */
  argv?: string[];
  /** aborting it interrupts the program as Ctrl-C does: KeyboardInterrupt is raised in the
   *  running Python code at its next loop back-edge or call (finally blocks and with exits run) */
  signal?: AbortSignal;
}

export interface SourceRunOptions extends RunOptions {
  /** the name tracebacks and sys.argv[0] show (default "<string>") */
  filename?: string;
}

/** Why a run was stopped from outside. */
export interface StopReason {
  reason: "time-limit" | "memory-limit" | "internal-error";
  message: string;
}

export interface RunResult {
  /** the exit status CPython would have given (0, 1 after an uncaught exception, sys.exit's
   *  code, 128+N after signal N's default action); null when the run was stopped */
  status: number | null;
  /** the exception that ended the program (SystemExit is a status, not an exception) */
  exception: PythonException | null;
  /** set when a limit (or an internal error) stopped the run */
  stopped: StopReason | null;
  /** the --stats-json statistics; null when the run was stopped */
  stats: RunStats | null;
  /** what was written to stdout / stderr, when no callback took it */
  stdout: string;
  stderr: string;
}

const DEFAULT_MEMORY_MB = 8192;

/** A Python 3.11 VM with its options; see the README's "Embedding" section. */
export class VM {
  readonly options: Readonly<VMOptions>;

  constructor(options: VMOptions = {}) {
    if (options.pipeline !== undefined && !PIPELINES.includes(options.pipeline))
      throw new Error(`hotpy: unknown pipeline '${options.pipeline}' (available: ${PIPELINES.join(", ")})`);
    for (const k of ["hot", "traceCacheSize", "traceCacheOps"] as const) {
      const v = options[k];
      if (v !== undefined && (!Number.isInteger(v) || v < 1)) throw new Error(`hotpy: ${k} needs a whole number >= 1, not ${v}`);
    }
    this.options = { ...options };
  }

  /** Runs a Python file, as `hotpy run FILE ARGS...`. */
  runFile(file: string, opts: RunOptions = {}): Promise<RunResult> {
    return this.run({ file, args: opts.argv ?? [] }, [canonicalPath(file)], opts.signal);
  }

  /** Runs Python source text, as `python3.11 -c SOURCE ARGS...` (sys.argv[0] is the filename). */
  runSource(source: string, opts: SourceRunOptions = {}): Promise<RunResult> {
    return this.run({ file: opts.filename ?? "<string>", source, args: opts.argv ?? [] }, [], opts.signal);
  }

  private policy(extraRead: string[], tempDir: string | null): SandboxPolicy | null {
    const s = this.options.sandbox ?? {};
    if (s === false) return null;
    return {
      read: [...(s.read ?? []).map(canonicalPath), ...extraRead],
      write: [...(s.write ?? []).map(canonicalPath), ...(tempDir !== null ? [tempDir] : [])],
      env: { ...(tempDir !== null ? { TMPDIR: tempDir } : {}), ...(s.env ?? {}) },
      spawn: s.spawn === true,
      network: s.network === true,
    };
  }

  private run(what: { file: string; source?: string; args: string[] }, extraRead: string[], abort: AbortSignal | undefined): Promise<RunResult> {
    const o = this.options;
    const tempDir = o.sandbox !== false && o.sandbox?.tempDir === true ? canonicalPath(mkdtempSync(join(tmpdir(), "hotpy-run-"))) : null;
    const stdinBuffer = new SharedArrayBuffer(STDIN_HEADER_BYTES + STDIN_CHUNK);
    const signals = new SharedArrayBuffer(4);
    const pending = new Int32Array(signals);
    const raise = (signum: number) => {
      Atomics.or(pending, 0, 1 << signum);
      Atomics.notify(pending, 0);
    };
    const req: RunRequest = {
      ...what,
      pipeline: o.pipeline ?? DEFAULT_PIPELINE,
      hot: o.hot,
      traceCacheSize: o.traceCacheSize,
      traceCacheOps: o.traceCacheOps,
      sandbox: this.policy(extraRead, tempDir),
      stdin: stdinBuffer,
      signals,
    };
    const env = { ...process.env };
    if (o.python !== undefined) env.HOTPY_PYTHON = o.python;
    const worker = new Worker(new URL("./worker.js", import.meta.url), {
      workerData: req,
      env,
      argv: [what.file, ...what.args],
      // the embedder's node flags (--input-type, -e, loaders…) are not the VM's
      execArgv: [],
      stdin: false,
      stdout: true,
      stderr: true,
      resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: o.limits?.memoryMb ?? DEFAULT_MEMORY_MB },
    });
    const out = new OutputSink(o.stdout);
    const err = new OutputSink(o.stderr);
    const stdin = new StdinFeeder(o.stdin, stdinBuffer);
    // the worker's own process.stdout/stderr (Node's, not the VM's: nothing of the VM writes
    // there when embedded) still go somewhere visible
    worker.stdout.on("data", (b: Buffer) => err.write(new Uint8Array(b)));
    worker.stderr.on("data", (b: Buffer) => err.write(new Uint8Array(b)));

    return new Promise<RunResult>((resolvePromise) => {
      let status: number | null = null;
      let exception: PythonException | null = null;
      let stats: RunStats | null = null;
      let stopped: StopReason | null = null;
      let timer: NodeJS.Timeout | undefined;
      // the time limit counts from when the program starts (the VM loaded)
      const startClock = () => {
        if (o.limits?.timeMs === undefined) return;
        const ms = o.limits.timeMs;
        timer = setTimeout(() => {
          stopped ??= { reason: "time-limit", message: `hotpy: the program ran past its time limit of ${ms} ms and was stopped` };
          void worker.terminate();
        }, ms);
      };
      const onAbort = () => raise(2);
      if (abort?.aborted) raise(2);
      else abort?.addEventListener("abort", onAbort);
      let alarm: NodeJS.Timeout | undefined;
      worker.on("message", (m: WorkerMessage) => {
        if (typeof m === "number") status = m;
        else if (m.kind === "started") startClock();
        else if (m.kind === "write") (m.fd === 1 ? out : err).write(m.data);
        else if (m.kind === "stdin") stdin.answer();
        else if (m.kind === "signal") status = 128 + m.signum;
        else if (m.kind === "alarm") {
          clearTimeout(alarm);
          if (m.seconds > 0) {
            const fire = () => {
              raise(14);
              if (m.interval > 0) alarm = setTimeout(fire, m.interval * 1000);
            };
            alarm = setTimeout(fire, m.seconds * 1000);
          }
        }
        else if (m.kind === "done") {
          status = m.status;
          exception = m.exception;
          stats = m.stats;
        }
      });
      worker.on("error", (e: Error & { code?: string }) => {
        if (e.code === "ERR_WORKER_OUT_OF_MEMORY") {
          stopped ??= {
            reason: "memory-limit",
            message: `hotpy: the program ran out of its memory limit of ${o.limits?.memoryMb ?? DEFAULT_MEMORY_MB} MB and was stopped`,
          };
        } else stopped ??= { reason: "internal-error", message: `hotpy: internal error: ${e && e.stack ? e.stack : String(e)}` };
      });
      worker.on("exit", (code) => {
        if (timer !== undefined) clearTimeout(timer);
        clearTimeout(alarm);
        abort?.removeEventListener("abort", onAbort);
        if (tempDir !== null) rmSync(tempDir, { recursive: true, force: true });
        if (stopped === null && status === null) status = code;
        if (stopped !== null) {
          status = null;
          stats = null;
        }
        resolvePromise({ status, exception, stopped, stats, stdout: out.end(), stderr: err.end() });
      });
    });
  }
}

/** Creates a VM (the same as `new VM(options)`). */
export function createVM(options: VMOptions = {}): VM {
  return new VM(options);
}

/** Decodes a stream's bytes (UTF-8, characters split between writes kept whole) for a callback,
 *  or collects them. */
class OutputSink {
  private decoder = new TextDecoder("utf-8");
  private collected: string[] = [];
  constructor(private readonly callback: ((text: string) => void) | undefined) {}

  write(data: Uint8Array): void {
    const text = this.decoder.decode(data, { stream: true });
    if (text !== "") this.emit(text);
  }

  end(): string {
    const rest = this.decoder.decode();
    if (rest !== "") this.emit(rest);
    return this.collected.join("");
  }

  private emit(text: string): void {
    if (this.callback !== undefined) this.callback(text);
    else this.collected.push(text);
  }
}

/** Answers the worker's reads of standard input from the embedder's source. */
class StdinFeeder {
  private pending: Uint8Array = new Uint8Array(0);
  private ended = false;
  private readonly ctl: Int32Array;
  private readonly data: Uint8Array;

  constructor(
    private readonly source: StdinSource | undefined,
    buffer: SharedArrayBuffer,
  ) {
    this.ctl = new Int32Array(buffer, 0, 2);
    this.data = new Uint8Array(buffer, STDIN_HEADER_BYTES, STDIN_CHUNK);
    if (source === undefined) this.ended = true;
    else if (typeof source === "string") this.pending = new TextEncoder().encode(source);
    else if (source instanceof Uint8Array) this.pending = source;
  }

  /** One read: the next chunk of what is pending, else the source's next answer. */
  answer(): void {
    if (this.pending.length > 0 || this.ended || typeof this.source !== "function") {
      this.give();
      return;
    }
    const fn = this.source;
    Promise.resolve()
      .then(() => fn())
      .then(
        (v) => {
          if (v === null || v === undefined) this.ended = true;
          else this.pending = typeof v === "string" ? new TextEncoder().encode(v) : v;
          this.give();
        },
        () => {
          this.ended = true;
          this.give();
        },
      );
  }

  private give(): void {
    const n = Math.min(this.pending.length, STDIN_CHUNK);
    this.data.set(this.pending.subarray(0, n));
    this.pending = this.pending.subarray(n);
    // input given up front ends where it ends
    if (typeof this.source !== "function" && this.pending.length === 0 && n === 0) this.ended = true;
    Atomics.store(this.ctl, STDIN_LENGTH, n);
    Atomics.store(this.ctl, STDIN_STATE, STDIN_READY);
    Atomics.notify(this.ctl, STDIN_STATE);
  }
}
