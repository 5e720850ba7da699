// The batch runner the program corpus runs in (tests/tools/batch-pool.ts, batch-runner.ts): a
// run must report what `node runtime/bin/hotpy.js ...` as a process reports (stdout, stderr,
// exit status), time out, and turn a runner that dies into a failed run, never a silent pass.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BatchPool, Capture } from "../tools/batch-pool.js";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const RUNNER = join(ROOT, "dist", "tests", "tools", "batch-runner.js");
const dir = mkdtempSync(join(tmpdir(), "hotpy-batch-"));
const env: Record<string, string> = {};
for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
env["PYTHONHASHSEED"] = "0";

const pool = new BatchPool(RUNNER, 2, env);
afterAll(() => pool.close());

function program(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}
const run = (argv: string[], timeoutMs = 60_000) => pool.run({ cwd: dir, argv, env, timeoutMs });
const cli = (argv: string[]) => spawnSync(process.execPath, [CLI, ...argv], { cwd: dir, env, encoding: "utf8" });

describe("batch pool", () => {
  it("gives what the CLI gives: stdout, stderr, status, argv, cwd", async () => {
    const cases: [string, string][] = [
      ["ok.py", "import os, sys\nprint(sys.argv, os.getcwd() == sys.argv[-1])\n"],
      ["exit.py", "import sys\nprint('a')\nsys.exit(300)\n"],
      ["msg.py", "import sys\nsys.exit('bye')\n"],
      ["raw.py", "import os\nprint('x', end='')\nos._exit(4)\n"],
      ["boom.py", "def f():\n    1/0\nprint('before')\nf()\n"],
      ["syntax.py", "x = (1,\n"],
      ["deep.py", "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n"],
    ];
    for (const [name, text] of cases) program(name, text);
    const argvs = [...cases.map(([name]) => ["run", "--pipeline", "base", name, "1", "two words", dir]), ["--bogus"], ["run", "missing.py"]];
    const got = await Promise.all(argvs.map((a) => run(a)));
    for (let i = 0; i < argvs.length; i++) {
      const want = cli(argvs[i]!);
      const r = got[i]!;
      expect({ argv: argvs[i], stdout: r.stdout, stderr: r.stderr, status: r.status, timedOut: r.timedOut }).toEqual({
        argv: argvs[i],
        stdout: want.stdout,
        stderr: want.stderr,
        status: want.status,
        timedOut: false,
      });
    }
  }, 120_000);

  it("gives the same from the VM's modules one by one when the bundle is off (HOTPY_BUNDLE=0)", async () => {
    const modulesPool = new BatchPool(RUNNER, 1, { ...env, HOTPY_BUNDLE: "0" });
    try {
      program("mods-ok.py", "import os, sys\nprint(sys.argv, os.getcwd() == sys.argv[-1])\n");
      program("mods-boom.py", "def f():\n    1/0\nprint('before')\nf()\n");
      for (const name of ["mods-ok.py", "mods-boom.py"]) {
        const argv = ["run", "--pipeline", "base", name, dir];
        const r = await modulesPool.run({ cwd: dir, argv, env, timeoutMs: 60_000 });
        const want = cli(argv);
        expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout: want.stdout, stderr: want.stderr, status: want.status });
      }
    } finally {
      modulesPool.close();
    }
  }, 120_000);

  it("runs programs one after another in one worker with nothing of an earlier run left", async () => {
    // each run leaves every kind of state it can behind: module globals, sys and builtins,
    // os.environ and putenv, a class's attribute, a trace of a hot loop, the recursion limit
    program(
      "leave.py",
      [
        "import os, sys, builtins, collections",
        "builtins.LEFT = 1; sys.LEFT = 2; os.environ['HOTPY_LEFT'] = '3'; os.putenv('HOTPY_LEFT2', '4')",
        "collections.OrderedDict.LEFT = 5; sys.setrecursionlimit(77)",
        "def hot(x):\n    return x + 1",
        "for i in range(1000):\n    hot(i)",
        "print('left', sys.getrecursionlimit())",
      ].join("\n") + "\n",
    );
    program(
      "find.py",
      [
        "import os, sys, builtins, collections",
        "print(hasattr(builtins, 'LEFT'), hasattr(sys, 'LEFT'), 'HOTPY_LEFT' in os.environ, 'HOTPY_LEFT2' in os.environ,",
        "      hasattr(collections.OrderedDict, 'LEFT'), sys.getrecursionlimit(), os.environ.get('HOTPY_MINE'))",
        "def hot(x):\n    return x * 2",
        "print(sum(hot(i) for i in range(1000)))",
      ].join("\n") + "\n",
    );
    const one = new BatchPool(RUNNER, 1, env);
    try {
      const first = await one.run({ cwd: dir, argv: ["run", "--hot", "1", "leave.py"], env, timeoutMs: 60_000 });
      expect(first.stdout).toBe("left 77\n");
      const second = await one.run({ cwd: dir, argv: ["run", "--hot", "1", "find.py"], env: { ...env, HOTPY_MINE: "x" }, timeoutMs: 60_000 });
      expect(second.stdout).toBe("False False False False False 1000 x\n999000\n");
      expect(second.stdout).toBe(cli(["run", "--hot", "1", "find.py"]).stdout.replace("None", "x"));
      // os._exit ends the worker: the next run gets a fresh one and its own status and output
      program("exit4.py", "import os\nprint('x', end='')\nos._exit(4)\n");
      const third = await one.run({ cwd: dir, argv: ["run", "exit4.py"], env, timeoutMs: 60_000 });
      const fourth = await one.run({ cwd: dir, argv: ["run", "--hot", "1", "find.py"], env, timeoutMs: 60_000 });
      expect([third.stdout, third.status, fourth.stdout, fourth.status]).toEqual(["x", 4, "False False False False False 1000 None\n999000\n", 0]);
      // the second and third runs did go to the first one's worker
      expect([first.workerRun, second.workerRun, third.workerRun, fourth.workerRun]).toEqual([1, 2, 3, 1]);
    } finally {
      one.close();
    }
  }, 120_000);

  it("stops a run at the timeout and goes on with the next", async () => {
    program("spin.py", "print('spinning', flush=True)\nwhile True:\n    pass\n");
    const r = await run(["run", "spin.py"], 10_000);
    expect(r.timedOut).toBe(true);
    expect(r.status).toBe(null);
    expect(r.stdout).toBe("spinning\n");
    const after = await run(["run", "--pipeline", "base", "ok.py", dir]);
    expect(after.stdout).toBe(`['ok.py', '${dir}'] True\n`);
  }, 60_000);

  it("fails the run a dying runner was doing, then starts a new runner", async () => {
    program("kill.py", "import signal\nsignal.raise_signal(signal.SIGTERM)\n");
    const r = await run(["run", "kill.py"]);
    expect(r.status).toBe(null);
    expect(r.signal).toBe("SIGTERM");
    const after = await run(["run", "--pipeline", "base", "ok.py", dir]);
    expect(after.stdout).toBe(`['ok.py', '${dir}'] True\n`);
  }, 60_000);

  it("finds the end marker however the stream is cut", () => {
    const marker = "\0END:42\0";
    const text = Buffer.from("héllo\nwörld\n" + marker);
    for (let cut1 = 0; cut1 <= text.length; cut1++) {
      for (const cut2 of [cut1, Math.min(text.length, cut1 + 3)]) {
        const c = new Capture();
        c.start(marker);
        for (const part of [text.subarray(0, cut1), text.subarray(cut1, cut2), text.subarray(cut2)]) if (part.length) c.feed(part);
        expect(c.done?.toString("utf8")).toBe("héllo\nwörld\n");
      }
    }
  });
});
