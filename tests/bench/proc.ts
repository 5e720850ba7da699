// Running one child process: wall time, peak memory, timeout, captured output.
import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

export interface ProcResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  spawnError?: string;
  wallSeconds: number;
  peakKB: number | null;
  /** user + system CPU seconds of the process and its threads (GNU time's %U + %S), when measured */
  cpuSeconds: number | null;
  stdout: string;
  stderr: string;
}

export interface ProcOptions {
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  scratchDir: string; // where the memory report of /usr/bin/time goes
}

const MAX_CAPTURE = 32 * 1024 * 1024;

/** How peak memory is measured: GNU time's %M (exact), or polling VmHWM. */
export type MemoryMethod = "gnu-time" | "proc-poll" | "none";

const GNU_TIME = "/usr/bin/time";

export function detectMemoryMethod(): MemoryMethod {
  try {
    accessSync(GNU_TIME, constants.X_OK);
    const r = spawnSync(GNU_TIME, ["-f", "%M", "true"], { encoding: "utf8", timeout: 10_000 });
    if (r.status === 0 && /^\d+\s*$/m.test(r.stderr)) return "gnu-time";
  } catch {
    /* fall through */
  }
  try {
    readFileSync("/proc/self/status", "utf8");
    return "proc-poll";
  } catch {
    return "none";
  }
}

function readHwmKB(pid: number): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s*kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

let seq = 0;

export function runProcess(cmd: string, argv: string[], method: MemoryMethod, opts: ProcOptions): Promise<ProcResult> {
  let file = cmd;
  let args = argv;
  let timeFile: string | undefined;
  if (method === "gnu-time") {
    timeFile = join(opts.scratchDir, `mem-${process.pid}-${++seq}.txt`);
    file = GNU_TIME;
    // peak RSS, then CPU time: node's compiler and GC threads work beside the program's thread
    args = ["-f", "%M %U %S", "-o", timeFile, cmd, ...argv];
  }
  return new Promise((resolvePromise) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let timedOut = false;
    let spawnError: string | undefined;
    let polledPeak: number | null = null;
    const start = process.hrtime.bigint();
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // own process group, so a timeout can kill the whole tree
    });
    const killTree = (): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        try {
          child.kill("SIGKILL");
        } catch {
          /* already gone */
        }
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killTree();
    }, opts.timeoutMs);
    let poller: NodeJS.Timeout | undefined;
    if (method === "proc-poll" && child.pid !== undefined) {
      const pid = child.pid;
      const poll = (): void => {
        const v = readHwmKB(pid);
        if (v !== null && (polledPeak === null || v > polledPeak)) polledPeak = v;
      };
      poll();
      poller = setInterval(poll, 20);
    }
    child.stdout.on("data", (b: Buffer) => {
      if (outLen < MAX_CAPTURE) out.push(b);
      outLen += b.length;
    });
    child.stderr.on("data", (b: Buffer) => {
      if (errLen < MAX_CAPTURE) err.push(b);
      errLen += b.length;
    });
    child.on("error", (e) => {
      spawnError = e.message;
    });
    child.on("close", (code, signal) => {
      const wallSeconds = Number(process.hrtime.bigint() - start) / 1e9;
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      let peakKB: number | null = polledPeak;
      let cpuSeconds: number | null = null;
      if (timeFile) {
        try {
          const lines = readFileSync(timeFile, "utf8").trim().split("\n");
          const [m, u, sys] = lines[lines.length - 1]!.trim().split(/\s+/).map(Number);
          peakKB = m !== undefined && Number.isFinite(m) && m > 0 ? m : null;
          cpuSeconds = u !== undefined && sys !== undefined && Number.isFinite(u) && Number.isFinite(sys) ? u + sys : null;
        } catch {
          peakKB = null;
        }
        rmSync(timeFile, { force: true });
      }
      // GNU time exits with the child's status; a signal shows as 128+n.
      resolvePromise({
        exitCode: code,
        signal: signal,
        timedOut,
        spawnError,
        wallSeconds,
        peakKB,
        cpuSeconds,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}

/** Run a short command synchronously and return its trimmed stdout (or undefined). */
export function capture(cmd: string, args: string[], cwd?: string, timeoutMs = 30_000): string | undefined {
  try {
    const r = spawnSync(cmd, args, { encoding: "utf8", cwd, timeout: timeoutMs });
    if (r.error || r.status !== 0) return undefined;
    return (r.stdout + (r.stdout.trim() ? "" : r.stderr)).trim();
  } catch {
    return undefined;
  }
}

/** Is an executable on PATH? Returns its resolved path. */
export function which(name: string): string | undefined {
  if (name.includes("/")) {
    try {
      accessSync(name, constants.X_OK);
      return name;
    } catch {
      return undefined;
    }
  }
  for (const dir of (process.env["PATH"] ?? "").split(":")) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      /* next */
    }
  }
  return undefined;
}
