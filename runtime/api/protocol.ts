// What the embedding API (index.ts, in the embedder's thread) and its worker (worker.ts, one VM
// run) say to each other. Types and constants only: nothing of the VM, so index.ts stays light.
import type { SandboxPolicy } from "../host/embed.js";

/** The pipeline stages, each adding one optimiser stage to the one before (`hotpy
 *  --list-pipelines` prints them). One list for the VM (vm.ts), the CLI and the embedding API. */
export const PIPELINES = ["base", "thin", "specialise", "register", "js"] as const;
export type Pipeline = (typeof PIPELINES)[number];
/** The pipeline a VM runs when none is given: `register` runs every program as `specialise`
 *  does, with fewer instructions, but not measurably faster yet (README, "The register stage"),
 *  so `specialise` stays the default. */
export const DEFAULT_PIPELINE: Pipeline = "specialise";

/** workerData of one run. */
export interface RunRequest {
  /** what the program is called (sys.argv[0], tracebacks) */
  file: string;
  /** the program's text; absent: read `file` */
  source?: string;
  args: string[];
  pipeline: Pipeline;
  hot?: number;
  traceCacheSize?: number;
  traceCacheOps?: number;
  /** null: the host as the CLI has it */
  sandbox: SandboxPolicy | null;
  /** standard input's hand-over area (see STDIN_* below) */
  stdin: SharedArrayBuffer;
  /** the pending-signals word (runtime/host/signals.ts) */
  signals: SharedArrayBuffer;
}

/** Standard input: the worker sets STATE to WANTED and waits; the embedder puts up to
 *  STDIN_CHUNK bytes after the header, their count in LENGTH (0: end of input), sets STATE to
 *  READY and notifies. */
export const STDIN_STATE = 0;
export const STDIN_LENGTH = 1;
export const STDIN_IDLE = 0;
export const STDIN_WANTED = 1;
export const STDIN_READY = 2;
export const STDIN_HEADER_BYTES = 8;
export const STDIN_CHUNK = 65536;

export interface PythonException {
  /** the exception class as the traceback's last line names it, e.g. "ZeroDivisionError" */
  type: string;
  /** str() of the exception */
  message: string;
  /** the traceback as printed to stderr, in CPython's format ("" if sys.excepthook printed it) */
  traceback: string;
}

/** The statistics `hotpy run --stats-json` writes (see the README). */
export interface RunStats {
  pipeline: Pipeline;
  hot: number;
  wallTimeMs: number;
  instructions: { base: number; trace: number; traceEntries: number; traceByStage: Record<string, number> };
  instructionsInTracesFraction: number;
  timeInTracesFraction: number;
  traces: {
    recorded: number;
    aborted: number;
    abortedByReason: Record<string, number>;
    evicted: number;
    invalidated: number;
    exits: number;
    sideTraces: number;
    callsInlined: number;
    /** inlined calls given back to the base interpreter while recording (loop too long) */
    callsGivenBack: number;
    fragmentsRecorded: number;
    fragmentsFailed: number;
    exitsInInlinedCalls: number;
  };
  specialiser: Record<string, number>;
}

/** Messages from the worker. */
export type WorkerMessage =
  | { kind: "write"; fd: 1 | 2; data: Uint8Array }
  | { kind: "stdin" }
  /** the VM is loaded and the program starts */
  | { kind: "started" }
  | { kind: "done"; status: number; exception: PythonException | null; stats: RunStats }
  | { kind: "signal"; signum: number }
  /** signal.alarm / setitimer: SIGALRM after `seconds` (0: cancel), then every `interval` */
  | { kind: "alarm"; seconds: number; interval: number }
  /** os._exit(n) (the CLI's worker protocol: a bare status) */
  | number;
