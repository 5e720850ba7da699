// Signals from outside (runtime/host/signals.ts): hotpy and CPython 3.11 run the same program,
// get the same signal once it says "ready", and must end the same way: output, stderr's end, the
// exit status or the signal that ended the process, and the files the program wrote.
import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const PYTHON = process.env.HOTPY_PYTHON ?? "python3.11";
const dir = mkdtempSync(join(tmpdir(), "hotpy-signals-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Ended {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Runs the program and sends it the signals in order: signal k once k+1 lines of its stdout
 *  say "ready" (the program says so again when it is ready for the next), `gapMs` after. */
function runWithSignals(cmd: string[], signals: NodeJS.Signals[], gapMs = 600): Promise<Ended> {
  return new Promise((done, fail) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let sent = 0;
    const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.on("data", (b: Buffer) => {
      stdout += b.toString();
      const readies = stdout.split("\n").filter((l) => l.includes("ready")).length;
      while (sent < signals.length && readies >= sent + 1) {
        const s = signals[sent++];
        setTimeout(() => child.kill(s), gapMs);
      }
    });
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("error", fail);
    child.on("close", (code, signal) => {
      clearTimeout(killer);
      done({ stdout, stderr, code, signal });
    });
  });
}

const hotpy = (file: string, pipeline = "specialise") => ["node", CLI, "run", "--pipeline", pipeline, file];
const cpython = (file: string) => [PYTHON, file];

describe("signals from outside", () => {
  it("SIGINT raises KeyboardInterrupt in a hot loop: finally and with run, the process dies by SIGINT", async () => {
    const prog = (out: string) => `import sys
log = open(${JSON.stringify(join(dir, out + ".log"))}, "w")
print("ready", flush=True)
try:
    with open(${JSON.stringify(join(dir, out + ".with"))}, "w") as f:
        n = 0
        while True:
            n += 1
            if n % 1000 == 0:
                f.write("x")
                log.write(f"{n}\\n")
finally:
    print("finally ran", file=sys.stderr)
    log.write("end\\n")
    log.close()
`;
    writeFileSync(join(dir, "int_py.py"), prog("py"));
    const py = await runWithSignals(cpython(join(dir, "int_py.py")), ["SIGINT"], 800);
    for (const pipeline of ["base", "thin", "specialise"]) {
      writeFileSync(join(dir, `int_${pipeline}.py`), prog(pipeline));
      const r = await runWithSignals(hotpy(join(dir, `int_${pipeline}.py`), pipeline), ["SIGINT"], 800);
      for (const [who, x, tag] of [["cpython", py, "py"], [pipeline, r, pipeline]] as const) {
        expect(x.signal, who).toBe("SIGINT");
        expect(x.stdout, who).toBe("ready\n");
        expect(x.stderr, who).toMatch(/^finally ran\nTraceback \(most recent call last\):\n {2}File .*\n[\s\S]*KeyboardInterrupt\n$/);
        const log = readFileSync(join(dir, tag + ".log"), "utf8").split("\n");
        // what was written before the interrupt is all there, then the finally's line
        expect(log.at(-2), who).toBe("end");
        expect(log.length, who).toBeGreaterThan(3);
        const written = readFileSync(join(dir, tag + ".with"), "utf8");
        expect(written.length, who).toBe(Number(log.at(-3)) / 1000);
      }
    }
  }, 120_000);

  it("a second Ctrl-C interrupts the cleanup the first started, as in CPython", async () => {
    const prog = `import time
print("ready", flush=True)
try:
    while True:
        time.sleep(0.01)
except KeyboardInterrupt:
    print("first caught; ready", flush=True)
    t = 0
    while True:
        t += 1
`;
    writeFileSync(join(dir, "twice.py"), prog);
    const py = await runWithSignals(cpython(join(dir, "twice.py")), ["SIGINT", "SIGINT"]);
    const r = await runWithSignals(hotpy(join(dir, "twice.py")), ["SIGINT", "SIGINT"]);
    expect(py.stdout).toBe("ready\nfirst caught; ready\n");
    expect(r.stdout).toBe(py.stdout);
    expect(r.signal).toBe("SIGINT");
    expect(py.signal).toBe("SIGINT");
    const last = (s: string) => s.trimEnd().split("\n").at(-1);
    expect(last(r.stderr)).toBe("KeyboardInterrupt");
    expect(last(py.stderr)).toBe("KeyboardInterrupt");
    // the traceback names the second loop, with the first interrupt as its context
    expect(r.stderr).toContain("During handling of the above exception, another exception occurred:");
    expect(py.stderr).toContain("During handling of the above exception, another exception occurred:");
  }, 120_000);

  it("runs Python handlers for SIGTERM and SIGUSR1; SIGHUP's default action ends the process", async () => {
    const prog = `import signal, sys
seen = []
def handler(signum, frame):
    seen.append(signum)
    print("handled", signal.Signals(signum).name, frame is not None, "; ready", flush=True)
    if len(seen) == 2:
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
signal.signal(signal.SIGTERM, handler)
signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGHUP, handler)
print("ready", flush=True)
def spin():
    x = 0
    for i in range(10**12):
        x += i
spin()
`;
    writeFileSync(join(dir, "handlers.py"), prog);
    const order: NodeJS.Signals[] = ["SIGTERM", "SIGUSR1", "SIGHUP"];
    const py = await runWithSignals(cpython(join(dir, "handlers.py")), order);
    const r = await runWithSignals(hotpy(join(dir, "handlers.py")), order);
    expect(py.stdout).toBe("ready\nhandled SIGTERM True ; ready\nhandled SIGUSR1 True ; ready\n");
    expect(r.stdout).toBe(py.stdout);
    expect(py.signal).toBe("SIGHUP");
    expect(r.signal).toBe("SIGHUP");
    expect(r.stderr).toBe(py.stderr);
  }, 120_000);

  it("signal.alarm and setitimer deliver SIGALRM to handlers and by default end the process", async () => {
    const prog = `import signal, time
def h(s, f):
    raise TimeoutError("alarm fired")
signal.signal(signal.SIGALRM, h)
print(signal.alarm(1))
t = time.time()
try:
    n = 0
    while True:
        n += 1
except TimeoutError as e:
    print(e, round(time.time() - t))
signal.setitimer(signal.ITIMER_REAL, 0.3)
try:
    time.sleep(5)
except TimeoutError as e:
    print("sleep interrupted:", e, round(time.time() - t))
print(signal.getitimer(signal.ITIMER_REAL))
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.1, 0.1)
while len(ticks) < 3:
    time.sleep(0.01)
signal.setitimer(signal.ITIMER_REAL, 0)
print("ticks", ticks)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.alarm(1)
time.sleep(3)
print("not reached")
`;
    writeFileSync(join(dir, "alarm.py"), prog);
    const py = await runWithSignals(cpython(join(dir, "alarm.py")), []);
    expect(py.stdout).toBe("0\nalarm fired 1\nsleep interrupted: alarm fired 1\n(0.0, 0.0)\nticks [14, 14, 14]\n");
    expect(py.signal).toBe("SIGALRM");
    for (const pipeline of ["base", "specialise"]) {
      const r = await runWithSignals(hotpy(join(dir, "alarm.py"), pipeline), []);
      expect(r.stdout, pipeline).toBe(py.stdout);
      expect(r.stderr, pipeline).toBe(py.stderr);
      expect(r.signal, pipeline).toBe("SIGALRM");
    }
  }, 120_000);

  it("the API's AbortSignal raises KeyboardInterrupt in the running code", async () => {
    const { createVM } = (await import(pathToFileURL(join(ROOT, "dist", "runtime", "api", "index.js")).href)) as typeof import("../../runtime/api/index.js");
    const ac = new AbortController();
    let out = "";
    const r = await createVM({
      stdout: (t) => {
        out += t;
        if (t === "ready\n") setTimeout(() => ac.abort(), 300);
      },
    }).runSource("print('ready')\ntry:\n    n = 0\n    while True:\n        n += 1\nfinally:\n    print('cleanup')\n", { signal: ac.signal });
    expect(out).toBe("ready\ncleanup\n");
    expect(r.status).toBe(130);
    expect(r.exception?.type).toBe("KeyboardInterrupt");
    expect(r.stderr).toMatch(/^Traceback[\s\S]*KeyboardInterrupt\n$/);
  }, 60_000);
});
