// Runs `hotpy` command lines in a few long-lived batch runner processes
// (tests/tools/batch-runner.ts, built into dist/tests/tools/batch-runner.js): at most `jobs` runs
// at once, one per runner process, each run in a worker thread that evaluates the VM afresh (a
// worker takes up to 100 runs one after another; see batch-runner.ts). A run gives what running
// `node runtime/bin/hotpy.js ARGV...` as a child process would: its stdout, stderr and exit
// status, or that it was stopped at the timeout, or why it could not run. A runner that dies
// (a crash, a signal the program raised) fails the run it was doing, and a new one is started
// for the next. Node built-ins only.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";

// ---------------------------------------------------------------------------------------------
// the protocol between the pool and a runner (IPC messages; see batch-runner.ts)

/** The CLI's worker limits (runtime/bin/hotpy.js): deep Python recursion needs the big stack. */
export const RESOURCE_LIMITS = { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 } as const;

/** A command from the parent. */
export interface RunRequest {
  type: "run";
  id: number;
  cwd: string;
  argv: string[];
  env: Record<string, string>;
  timeoutMs: number;
}

/** The answer to a RunRequest, sent after the end markers are written to stdout and stderr. */
export interface RunDone {
  type: "done";
  id: number;
  /** The CLI's exit status (0..255), or null when the run was stopped at the timeout. */
  status: number | null;
  timedOut: boolean;
  /** Wall time of the worker, creation to exit. */
  ms: number;
  /** CPU time of the runner process meanwhile (all threads: the worker, GC, compilers). */
  cpuMs: number;
  /** Which run of its worker this was (1 = a fresh worker; see batch-runner.ts). */
  workerRun: number;
}

/** The text written to stdout and stderr after run `id` (the nonce is the runner's argv[2]). */
export function endMarker(nonce: string, id: number): string {
  return `\0HOTPY-BATCH-END:${nonce}:${id}\0`;
}

// ---------------------------------------------------------------------------------------------
// the pool

export interface RunResult {
  /** Exit status, or null when the run was stopped or killed. */
  status: number | null;
  /** The signal that ended the runner process during this run, if any. */
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  /** Why the run could not be done (runner missing, output too big, runner died...). */
  spawnError?: string;
  /** Wall time of the run (the worker's life), 0 when unknown. */
  ms: number;
  /** CPU time the run took (all threads of the runner process), 0 when unknown. */
  cpuMs?: number;
  /** Which run of its worker thread this was (1 = a fresh worker), when known. */
  workerRun?: number;
}

export interface RunJob {
  cwd: string;
  /** The `hotpy` command line, e.g. ["run", "--pipeline", "thin", "prog.py", "arg"]. */
  argv: string[];
  env: Record<string, string>;
  timeoutMs: number;
}

/** Node flags the runner needs: vm.SourceTextModule, and import.meta.resolve(spec, parent). */
export const RUNNER_NODE_FLAGS = ["--experimental-vm-modules", "--experimental-import-meta-resolve"];
/** As execFile's maxBuffer in the old per-process runs: more output than this fails the run. */
const MAX_OUTPUT = 64 * 1024 * 1024;
/** After the runner's own timeout, how long before the whole runner process is killed. */
const KILL_GRACE_MS = 15_000;

/** Collects one stream of a runner until the end marker of the current run. */
export class Capture {
  private chunks: Buffer[] = [];
  /** Bytes of the current run so far. */
  size = 0;
  /** The last marker.length - 1 bytes seen, where a marker split over two chunks begins. */
  private tail: Buffer = Buffer.alloc(0);
  private marker: Buffer | null = null;
  /** The run's bytes (without the marker) once the marker came. */
  done: Buffer | null = null;

  start(marker: string): void {
    this.marker = Buffer.from(marker, "latin1");
    this.done = null;
    this.chunks = []; // nothing can come between two runs; if it did, it belongs to neither
    this.size = 0;
    this.tail = Buffer.alloc(0);
  }

  feed(chunk: Buffer): void {
    const m = this.marker;
    if (m === null || this.done !== null) {
      this.chunks.push(chunk);
      this.size += chunk.length;
      return;
    }
    const win = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    const at = win.indexOf(m);
    if (at < 0) {
      this.chunks.push(chunk);
      this.size += chunk.length;
      this.tail = Buffer.from(win.subarray(Math.max(0, win.length - (m.length - 1))));
      return;
    }
    const all = Buffer.concat([...this.chunks, chunk]);
    const end = this.size - this.tail.length + at;
    this.done = all.subarray(0, end);
    const rest = all.subarray(end + m.length);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
  }

  /** What came so far of an unfinished run. */
  partial(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

interface Current {
  id: number;
  job: RunJob;
  resolve: (r: RunResult) => void;
  doneMsg: RunDone | null;
  killTimer: NodeJS.Timeout;
  killedForTimeout: boolean;
  tooBig: boolean;
}

class Runner {
  readonly nonce = randomBytes(8).toString("hex");
  readonly proc: ChildProcess;
  private ready = false;
  private dead = false;
  private nextId = 1;
  private readonly out = new Capture();
  private readonly err = new Capture();
  private current: Current | null = null;
  private pendingStart: { job: RunJob; resolve: (r: RunResult) => void } | null = null;

  constructor(
    script: string,
    env: Record<string, string>,
    cwd: string,
    private readonly onIdle: (r: Runner) => void,
  ) {
    this.proc = spawn(process.execPath, [...RUNNER_NODE_FLAGS, script, this.nonce], {
      cwd,
      env,
      stdio: ["pipe", "pipe", "pipe", "ipc"],
      serialization: "advanced",
    });
    this.proc.stdout!.on("data", (c: Buffer) => this.data(this.out, c));
    this.proc.stderr!.on("data", (c: Buffer) => this.data(this.err, c));
    this.proc.on("message", (m: RunDone) => this.message(m));
    this.proc.on("error", (e) => this.died(`could not start the batch runner: ${e.message}`, null));
    // "close", not "exit": what the runner wrote before it ended must be read first
    this.proc.on("close", (code, signal) =>
      this.died(`the batch runner process ended (${signal ? `signal ${signal}` : `exit code ${code}`})`, signal),
    );
  }

  get alive(): boolean {
    return !this.dead;
  }

  get idle(): boolean {
    return this.current === null && this.pendingStart === null && !this.dead;
  }

  run(job: RunJob, resolve: (r: RunResult) => void): void {
    if (!this.ready) {
      this.pendingStart = { job, resolve };
      return;
    }
    const id = this.nextId++;
    const marker = endMarker(this.nonce, id);
    this.out.start(marker);
    this.err.start(marker);
    this.current = {
      id,
      job,
      resolve,
      doneMsg: null,
      killedForTimeout: false,
      tooBig: false,
      killTimer: setTimeout(() => {
        if (this.current?.id === id) {
          this.current.killedForTimeout = true;
          this.proc.kill("SIGKILL");
        }
      }, job.timeoutMs + KILL_GRACE_MS),
    };
    const req: RunRequest = { type: "run", id, cwd: job.cwd, argv: job.argv, env: job.env, timeoutMs: job.timeoutMs };
    // a runner that went away meanwhile: its "close" fails this run
    this.proc.send(req, (e) => {
      if (e) this.proc.kill("SIGKILL");
    });
  }

  close(): void {
    this.dead = true;
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill("SIGKILL");
  }

  private data(cap: Capture, chunk: Buffer): void {
    cap.feed(chunk);
    const cur = this.current;
    if (cur !== null && !cur.tooBig && cap.done === null && cap.size > MAX_OUTPUT) {
      cur.tooBig = true;
      this.proc.kill("SIGKILL");
      return;
    }
    this.maybeFinish();
  }

  private message(m: RunDone): void {
    if (m.id === 0) {
      this.ready = true;
      const p = this.pendingStart;
      this.pendingStart = null;
      if (p) this.run(p.job, p.resolve);
      return;
    }
    if (this.current?.id === m.id) this.current.doneMsg = m;
    this.maybeFinish();
  }

  private maybeFinish(): void {
    const cur = this.current;
    if (cur === null || cur.doneMsg === null || this.out.done === null || this.err.done === null) return;
    clearTimeout(cur.killTimer);
    this.current = null;
    const d = cur.doneMsg;
    cur.resolve({
      status: d.status,
      signal: null,
      timedOut: d.timedOut,
      stdout: this.out.done.toString("utf8"),
      stderr: this.err.done.toString("utf8"),
      ms: d.ms,
      cpuMs: d.cpuMs,
      workerRun: d.workerRun,
    });
    this.onIdle(this);
  }

  private died(why: string, signal: string | null): void {
    if (this.dead && this.current === null && this.pendingStart === null) return;
    this.dead = true;
    const p = this.pendingStart;
    this.pendingStart = null;
    if (p) {
      const stderr = this.err.partial().toString("utf8");
      p.resolve({ status: null, signal, timedOut: false, stdout: "", stderr, spawnError: `${why}\n${stderr}`, ms: 0 });
    }
    const cur = this.current;
    this.current = null;
    if (cur !== null) {
      clearTimeout(cur.killTimer);
      const stdout = (this.out.done ?? this.out.partial()).toString("utf8");
      const stderr = (this.err.done ?? this.err.partial()).toString("utf8");
      const base = { stdout, stderr, ms: 0 };
      if (cur.killedForTimeout) cur.resolve({ ...base, status: null, signal, timedOut: true });
      else if (cur.tooBig) cur.resolve({ ...base, status: null, signal: null, timedOut: false, spawnError: `more than ${MAX_OUTPUT} bytes of output` });
      else if (signal !== null) cur.resolve({ ...base, status: null, signal, timedOut: false }); // like a killed CLI process
      else cur.resolve({ ...base, status: null, signal: null, timedOut: false, spawnError: why });
    }
    this.onIdle(this);
  }
}

/** At most `jobs` runs at once, in batch runner processes started on demand. */
export class BatchPool {
  private readonly runners: Runner[] = [];
  private readonly queue: { job: RunJob; resolve: (r: RunResult) => void }[] = [];
  private closed = false;

  /**
   * @param script  the built batch runner, dist/tests/tools/batch-runner.js
   * @param env     the environment of the runner processes (runs get their own `env`)
   */
  constructor(
    private readonly script: string,
    private readonly jobs: number,
    private readonly env: Record<string, string>,
  ) {}

  run(job: RunJob): Promise<RunResult> {
    return new Promise((resolve) => {
      if (this.closed) {
        resolve({ status: null, signal: null, timedOut: false, stdout: "", stderr: "", spawnError: "the pool is closed", ms: 0 });
        return;
      }
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  close(): void {
    this.closed = true;
    for (const r of this.runners) r.close();
    this.runners.length = 0;
  }

  private dispatch(): void {
    for (let i = this.runners.length - 1; i >= 0; i--) if (!this.runners[i]!.alive) this.runners.splice(i, 1);
    while (this.queue.length > 0) {
      let r = this.runners.find((x) => x.idle);
      if (r === undefined) {
        if (this.runners.length >= this.jobs) return;
        if (!existsSync(this.script)) {
          const { resolve } = this.queue.shift()!;
          resolve({
            status: null,
            signal: null,
            timedOut: false,
            stdout: "",
            stderr: "",
            spawnError: `the batch runner ${this.script} does not exist (build it first: npm run build)`,
            ms: 0,
          });
          continue;
        }
        r = new Runner(this.script, this.env, this.queue[0]!.job.cwd, () => this.dispatch());
        this.runners.push(r);
      }
      const { job, resolve } = this.queue.shift()!;
      r.run(job, resolve);
    }
  }
}
