// The batch runner: one long-lived node process that runs many `hotpy` command lines one after
// another, so a test run pays node's start-up once per job slot instead of once per program.
// Started by tests/tools/batch-pool.ts as
//   node --experimental-vm-modules --experimental-import-meta-resolve dist/tests/tools/batch-runner.js NONCE
// and driven over the IPC channel (RunRequest in, RunDone out; see batch-pool.ts).
//
// A run is what `node runtime/bin/hotpy.js ARGV...` started in `cwd` with `env` would do: it
// runs in a worker thread with the CLI's resourceLimits, its own copy of `env`, process.argv
// ending in ARGV, the process's cwd (set here before the run starts; workers cannot chdir, in
// the CLI neither), and evaluates the VM's code afresh, so no state is shared between runs. A
// worker does up to RUNS_PER_WORKER runs (default 100): for each it evaluates the CLI bundle's
// code again -- every module-level variable of the VM (its modules, sys, the builtins, caches,
// traces) is new -- with the environment and argv reset to the run's, then calls the CLI's main.
// What the runs of one worker share is the isolate: V8's compiled code of the VM, warm from the
// runs before, and the heap the earlier runs' garbage is collected from. That halves the
// corpus's CPU (the base pipeline: 71 s -> 35 s for 266 programs): a fresh worker per run paid
// node's worker start-up (~60 ms), the bundle's deserialisation and V8's warm-up every time.
// A worker that ends (os._exit, process.exit, an internal error, a timeout) is replaced for
// the next run; HOTPY_TEST_RUNS_PER_WORKER=1 gives every run a fresh worker, as before.
// The VM writes sys.stdout/sys.stderr straight to descriptors 1 and 2, which are this
// process's stdout/stderr pipes, as the CLI's are, and the worker's process.stdout/stderr (the
// VM's own messages) are made to do the same; once the run's status has come (or the worker is
// gone) the runner writes an end marker to both, so the pool can cut the streams into runs.
// The exit status is the one runtime/bin/hotpy.js exits with (same message/exit/error handling).
//
// What is shared between runs is the process: its pid, its descriptors (a program that closes
// descriptor 1 or 2 with os.close takes the runner's pipe with it: that run fails as "the batch
// runner process ended" and a new runner takes over; no program of the corpus does that) and a
// signal that ends the process (signal.raise_signal with the default action) ends the runner:
// the run is reported killed by that signal, as the CLI process would be.
//
// What makes a run cheaper than `node hotpy.js`, beyond node's start-up: the worker loads the
// CLI bundle (dist/runtime/cli/hotpy-cli.cjs, runtime/bin/bundle.mjs) as hotpy.js's worker
// does, one vm.Script, with a V8 code cache that this runner keeps in memory and renews after
// runs 1, 2, 4, 8, 16 and every 32nd: made after a run, it holds the bytecode of every function
// the runs so far compiled, so later runs parse and compile little of the VM (the CLI's own
// cache is made once, after its first run, which may have been `--list-pipelines`).
// When the bundle is stale (dist/ rebuilt by a bare tsc, or HOTPY_BUNDLE=0), every run gets a
// fresh worker, which does not go through node's ES module loader either: this process reads and resolves the module graph
// once and compiles it once for V8 code caches; each worker builds vm.SourceTextModule instances
// from the sources and caches, links them by the resolved table and evaluates them. node:
// builtins and CommonJS packages (pako) are handed over as node's ES module facade would
// (default = the exports object, plus the named exports node finds), taken from require().
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { Worker } from "node:worker_threads";
import { currentManifest, WRAPPER_HEAD, WRAPPER_TAIL } from "../../runtime/host/bundle-loader.js";
import { type RunDone, type RunRequest, RESOURCE_LIMITS, endMarker } from "./batch-pool.js";
import { applyV8Flags } from "../../runtime/host/v8-flags.js";

/** How a worker gets a module: ours = a SourceTextModule; the others through require/import. */
type Dep =
  | { kind: "esm"; url: string }
  | { kind: "builtin"; url: string }
  | { kind: "cjs"; url: string; names: string[] }
  | { kind: "import"; url: string };

/** One module of the VM, as handed to each worker. */
interface ModuleRecord {
  url: string;
  source: string;
  /** V8's code cache of the module's compilation (undefined in records made in a worker). */
  cachedData: Uint8Array | undefined;
  /** specifier -> how to get it */
  imports: Record<string, Dep>;
}

interface WorkerInput {
  argv: string[];
  /** With the bundle: stay and take further runs (NextRun messages) after this one. */
  reuse: boolean;
  /** The CLI bundle when it is up to date (runtime/host/bundle-loader.ts), else undefined. */
  bundle: BundleInput | undefined;
  /** Without the bundle: the VM's modules from `entry` on. */
  entry: string;
  modules: ModuleRecord[];
}

/** How many runs one worker does before a fresh one takes over (HOTPY_TEST_RUNS_PER_WORKER;
 *  1 = a fresh worker for every run). Each run evaluates the VM's code afresh, so no Python or
 *  VM state is shared; what is shared is the isolate: V8's compiled code (a run does not pay
 *  for node's worker start-up and V8's warm-up again: the corpus takes half the CPU) and the
 *  heap. A bound keeps any leak from one run to the next short-lived. */
const RUNS_PER_WORKER = Math.max(1, Number.parseInt(process.env["HOTPY_TEST_RUNS_PER_WORKER"] ?? "", 10) || 100);

/** What a worker posts: a code cache; the status of a run after which it stays; a bare status
 *  (a worker that ends after this run, or the VM's os._exit). */
type WorkerMessage = { codeCache: Uint8Array } | { stays: number } | number;

/** The runner's handlers of the run its worker is doing. */
interface Kept {
  worker: Worker;
  runs: number;
  onMessage: (m: WorkerMessage) => void;
  onExit: (code: number) => void;
  onError: () => void;
}

/** A further run for a worker that stays (WorkerInput.reuse): its command line, environment
 *  and whether to send a code cache after it. */
interface NextRun {
  argv: string[];
  env: Record<string, string>;
  wantCache: boolean;
}

interface BundleInput {
  file: string;
  encoding: "latin1" | "utf8";
  /** the CommonJS wrapper to put the file's text in, or null when the file holds it already
   *  (the manifest's `wrapped`) */
  wrapper: [string, string] | null;
  /** V8's code cache of the bundle made by an earlier run in this runner, if any. */
  cachedData: Uint8Array | undefined;
  /** Send a code cache made after this run (a `{ codeCache }` message before the status). */
  wantCache: boolean;
}

type SourceTextModuleX = vm.SourceTextModule & { createCachedData(): Buffer };

/** Node says "VM Modules is an experimental feature" on the first module built: not for stderr. */
function quietly<T>(f: () => T): T {
  const emit = process.emitWarning;
  process.emitWarning = (() => {}) as typeof process.emitWarning;
  try {
    return f();
  } finally {
    process.emitWarning = emit;
  }
}

/** The "type" of the package.json nearest to a file ("commonjs" if none says "module"). */
function packageType(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { type?: string };
      return pkg.type === "module" ? "module" : "commonjs";
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") return "commonjs";
    }
    if (dirname(dir) === dir) return "commonjs";
  }
}

/** What node's ES module loader would load for `spec` imported by `parentUrl`, and how. */
async function resolveDep(spec: string, parentUrl: string): Promise<Dep> {
  const url = import.meta.resolve(spec, parentUrl);
  if (url.startsWith("node:")) return { kind: "builtin", url };
  if (!url.startsWith("file:")) return { kind: "import", url };
  const file = fileURLToPath(url);
  const format = file.endsWith(".mjs") ? "module" : file.endsWith(".cjs") ? "commonjs" : file.endsWith(".js") ? packageType(file) : "other";
  if (format === "module") return url.includes("/node_modules/") ? { kind: "import", url } : { kind: "esm", url };
  if (format === "commonjs") {
    // the names node's facade exports (found by its scan of the source); values come from require()
    const ns = (await import(url)) as Record<string, unknown>;
    return { kind: "cjs", url, names: Object.keys(ns) };
  }
  return { kind: "import", url };
}

/** Every module reachable from `entry` by static imports, with code caches. */
async function moduleGraph(entry: string): Promise<ModuleRecord[]> {
  const out: ModuleRecord[] = [];
  const seen = new Set<string>([entry]);
  const todo = [entry];
  while (todo.length > 0) {
    const url = todo.pop()!;
    const source = readFileSync(fileURLToPath(url), "utf8");
    const m = quietly(() => new vm.SourceTextModule(source, { identifier: url })) as SourceTextModuleX;
    const imports: ModuleRecord["imports"] = {};
    for (const spec of m.dependencySpecifiers) {
      const dep = await resolveDep(spec, url);
      imports[spec] = dep;
      if (dep.kind === "esm" && !seen.has(dep.url)) {
        seen.add(dep.url);
        todo.push(dep.url);
      }
    }
    out.push({ url, source, imports, cachedData: new Uint8Array(m.createCachedData()) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// the worker (run with eval: true, so no ES module loader is started; uses only `req`)

async function workerBody(req: NodeRequire): Promise<void> {
  const vm = req("node:vm") as typeof import("node:vm");
  const { readFileSync } = req("node:fs") as typeof import("node:fs");
  const { createRequire } = req("node:module") as typeof import("node:module");
  const { builtinModules } = req("node:module") as typeof import("node:module");
  const { fileURLToPath, pathToFileURL } = req("node:url") as typeof import("node:url");
  const { parentPort, workerData } = req("node:worker_threads") as typeof import("node:worker_threads");
  const input = workerData as WorkerInput;

  // Everything the VM writes to process.stdout/stderr (its own messages: usage errors,
  // tracebacks of uncaught exceptions) goes straight to descriptors 1 and 2, as the program's
  // output does, so that it is in the pipes, in order, before the run's status is posted and the
  // runner writes its end markers. (A worker's own streams reach them through the main thread,
  // which a worker that stays alive between runs could not wait for.)
  const { writeSync } = req("node:fs") as typeof import("node:fs");
  for (const [stream, fd] of [[process.stdout, 1], [process.stderr, 2]] as const) {
    stream.write = ((chunk: string | Uint8Array, enc?: BufferEncoding | ((e?: Error) => void), cb?: (e?: Error) => void) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof enc === "string" ? enc : "utf8") : chunk;
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
      const done = typeof enc === "function" ? enc : cb;
      if (done) done();
      return true;
    }) as typeof stream.write;
  }

  if (input.bundle !== undefined) {
    // as runtime/bin/hotpy.js's worker does (runtime/host/bundle-loader.ts): one vm.Script in
    // the CommonJS wrapper, with a code cache; this one made after an earlier run of this
    // runner, so it holds the bytecode of the functions runs so far compiled, not only start-up's
    const { dirname } = req("node:path") as typeof import("node:path");
    const b = input.bundle;
    const text = readFileSync(b.file, b.encoding);
    const script = new vm.Script(b.wrapper === null ? text : b.wrapper[0] + text + b.wrapper[1], {
      filename: b.file,
      cachedData: b.cachedData,
    });
    const bundleRequire = createRequire(b.file);
    const head = process.argv.slice(0, process.argv.length - input.argv.length);
    // One run: the bundle's code evaluated afresh (every module-level variable of the VM -- its
    // modules, sys, caches, traces -- is new), then the command line.
    const runOnce = (argv: string[], wantCache: boolean) => {
      const module = { exports: {} as { main(argv: string[]): number } };
      const wrapper = script.runInThisContext() as (...a: unknown[]) => void;
      wrapper(module.exports, bundleRequire, module, b.file, dirname(b.file));
      const status = module.exports.main(argv);
      if (wantCache) parentPort!.postMessage({ codeCache: script.createCachedData() });
      // a worker that stays says so: a bare status is what the VM posts before process.exit
      // (os._exit), after which this worker is gone
      parentPort!.postMessage(input.reuse ? { stays: status } : status);
    };
    runOnce(input.argv, b.wantCache);
    if (input.reuse) {
      parentPort!.on("message", (m: NextRun) => {
        // the environment and argv a fresh worker would have been given
        for (const k of Object.keys(process.env)) delete process.env[k];
        Object.assign(process.env, m.env);
        process.argv.splice(0, process.argv.length, ...head, ...m.argv);
        runOnce(m.argv, m.wantCache);
      });
    }
    return;
  }

  const records = new Map(input.modules.map((r) => [r.url, r]));
  const urlOf = new Map<vm.Module, string>();
  const ours = new Map<string, vm.SourceTextModule>();
  const theirs = new Map<string, vm.Module | Promise<vm.Module>>();

  const quiet = <T>(f: () => T): T => {
    const emit = process.emitWarning;
    process.emitWarning = (() => {}) as typeof process.emitWarning;
    try {
      return f();
    } finally {
      process.emitWarning = emit;
    }
  };

  /** A module whose namespace has `names`, the values taken from `exports` as node's facades do. */
  const facade = (url: string, exports: Record<string, unknown>, names: string[]): vm.Module =>
    new vm.SyntheticModule(
      names,
      function () {
        for (const k of names) this.setExport(k, k === "default" ? exports : exports[k]);
      },
      { identifier: url },
    );

  /** Not in the graph from the entry (a dynamic import): resolved here as node would, nearly. */
  const resolveLate = (spec: string, parentUrl: string): { kind: "esm" | "builtin" | "import"; url: string } => {
    if (spec.startsWith("node:") || builtinModules.includes(spec)) return { kind: "builtin", url: spec.startsWith("node:") ? spec : `node:${spec}` };
    const url = /^(\.{0,2}\/|file:)/.test(spec)
      ? new URL(spec, parentUrl).href
      : pathToFileURL(createRequire(fileURLToPath(parentUrl)).resolve(spec)).href;
    return { kind: url.endsWith(".js") && !url.includes("/node_modules/") ? "esm" : "import", url };
  };

  function esm(url: string): vm.SourceTextModule {
    let m = ours.get(url);
    if (m !== undefined) return m;
    let r = records.get(url);
    if (r === undefined) {
      r = { url, source: readFileSync(fileURLToPath(url), "utf8"), cachedData: undefined, imports: {} };
      records.set(url, r);
    }
    const rec = r;
    m = quiet(
      () =>
        new vm.SourceTextModule(rec.source, {
          identifier: url,
          cachedData: rec.cachedData,
          initializeImportMeta(meta) {
            meta.url = url;
          },
          importModuleDynamically: dynamicImport as never,
        }),
    );
    ours.set(url, m);
    urlOf.set(m, url);
    return m;
  }

  function load(dep: Dep): vm.Module | Promise<vm.Module> {
    if (dep.kind === "esm") return esm(dep.url);
    let m = theirs.get(dep.url);
    if (m !== undefined) return m;
    if (dep.kind === "builtin") {
      const exports = req(dep.url) as Record<string, unknown>;
      m = facade(dep.url, exports, ["default", ...Object.keys(exports).filter((k) => k !== "default")]);
    } else if (dep.kind === "cjs") {
      m = facade(dep.url, req(fileURLToPath(dep.url)) as Record<string, unknown>, dep.names);
    } else {
      m = (import(dep.url) as Promise<Record<string, unknown>>).then((ns) => {
        const names = Object.keys(ns);
        return new vm.SyntheticModule(
          names,
          function () {
            for (const k of names) this.setExport(k, ns[k]);
          },
          { identifier: dep.url },
        );
      });
    }
    theirs.set(dep.url, m);
    return m;
  }

  function linker(spec: string, referencing: vm.Module): vm.Module | Promise<vm.Module> {
    const from = urlOf.get(referencing)!;
    return load(records.get(from)?.imports[spec] ?? resolveLate(spec, from));
  }

  async function dynamicImport(spec: string, referrer: vm.Module): Promise<vm.Module> {
    const m = await linker(spec, referrer);
    if (m.status === "unlinked") await m.link(linker);
    if (m.status === "linked") await m.evaluate();
    return m;
  }

  const main = esm(input.entry);
  await main.link(linker);
  await main.evaluate();
  // runtime/bin/hotpy.js, worker: run the command line, report its status
  const code = (main.namespace as { main(argv: string[]): number }).main(input.argv);
  parentPort!.postMessage(code);
}

/** The worker's script: any error escapes as an uncaught exception, as from hotpy.js's worker. */
const WORKER_SCRIPT = `(${workerBody.toString()})(require).catch((e) => process.nextTick(() => { throw e; }));`;

// ---------------------------------------------------------------------------------------------
// the runner process

async function runnerMain(): Promise<void> {
  const nonce = process.argv[2] ?? "";
  // the command's V8 settings, so that a run here is compiled as `hotpy run` compiles it
  applyV8Flags();
  const entry = new URL("../../runtime/cli/main.js", import.meta.url).href;
  const bundleFile = fileURLToPath(new URL("../../runtime/cli/hotpy-cli.cjs", import.meta.url));
  const manifest = currentManifest(fileURLToPath(new URL("../../../", import.meta.url)), bundleFile);
  // without an up-to-date bundle (a bare tsc, HOTPY_BUNDLE=0): the modules one by one
  const modules = manifest === undefined ? await moduleGraph(entry) : [];
  /** the newest code cache a run sent, and how many runs were started */
  let codeCache: Uint8Array | undefined;
  let runs = 0;
  const send = (m: RunDone) => process.send!(m);
  let busy = false;

  const writeBoth = (text: string, then: () => void) => {
    let n = 2;
    const one = () => {
      if (--n === 0) then();
    };
    process.stdout.write(text, one);
    process.stderr.write(text, one);
  };

  /** The worker that stays between runs (bundle mode), and how many runs it has done. */
  let kept: Kept | null = null;
  const retire = () => {
    if (kept !== null) void kept.worker.terminate();
    kept = null;
  };

  const run = (req: RunRequest) => {
    busy = true;
    process.chdir(req.cwd);
    const started = performance.now();
    const cpu = process.cpuUsage();
    // as runtime/bin/hotpy.js's main thread: the status the VM reports, else the worker's exit
    // code; 70 after an internal error, written to stderr
    let exitCode: number | undefined;
    let finished = false;
    let timedOut = false;
    runs++;
    // a fresh cache after runs 1, 2, 4, 8, 16, then every 32nd: it grows by the functions
    // other programs use, and making one (a few MB) is not free
    const wantCache = runs <= 16 ? (runs & (runs - 1)) === 0 : runs % 32 === 0;
    const reuse = manifest !== undefined && RUNS_PER_WORKER > 1;

    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      // the process's exit status: its exitCode as the OS keeps it (8 bits)
      const status = timedOut ? null : (exitCode ?? 0) & 0xff;
      writeBoth(endMarker(nonce, req.id), () => {
        busy = false;
        send({ type: "done", id: req.id, status, timedOut, ms, cpuMs, workerRun });
      });
    };
    const onMessage = (m: WorkerMessage) => {
      if (typeof m === "object" && "codeCache" in m) {
        codeCache = m.codeCache;
        return;
      }
      if (typeof m === "object") {
        // the run is over and the worker waits for the next: everything it wrote is in the
        // pipes (synchronously) already
        exitCode = m.stays;
        if (kept !== null && kept.runs >= RUNS_PER_WORKER) retire();
        finish();
        return;
      }
      // the status the VM posts before it exits (os._exit): the run ends at the worker's exit
      if (exitCode === undefined) exitCode = m;
      if (kept?.worker === worker) kept = null;
    };
    const onError = () => {
      exitCode = 70;
    };
    const onExit = (code: number) => {
      if (kept?.worker === worker) kept = null;
      if (exitCode === undefined) exitCode = code;
      finish();
    };

    let worker: Worker;
    let workerRun = 1;
    if (kept !== null) {
      worker = kept.worker;
      workerRun = ++kept.runs;
      kept.onMessage = onMessage;
      kept.onExit = onExit;
      kept.onError = onError;
      worker.postMessage({ argv: req.argv, env: req.env, wantCache } satisfies NextRun);
    } else {
      const bundle: BundleInput | undefined =
        manifest === undefined ? undefined : { file: bundleFile, encoding: manifest.encoding, wrapper: manifest.wrapped === true ? null : [WRAPPER_HEAD, WRAPPER_TAIL], cachedData: codeCache, wantCache };
      const input: WorkerInput = { argv: req.argv, reuse, bundle, entry, modules };
      worker = new Worker(WORKER_SCRIPT, {
        eval: true,
        argv: req.argv,
        workerData: input,
        env: req.env,
        resourceLimits: RESOURCE_LIMITS,
        stdin: false,
      });
      const w = worker;
      const entryOf = { worker: w, runs: 1, onMessage, onExit, onError };
      if (reuse) kept = entryOf;
      w.on("message", (m: WorkerMessage) => entryOf.onMessage(m));
      w.on("error", (e: Error) => {
        process.stderr.write(`hotpy: internal error: ${e && e.stack ? e.stack : e}\n`);
        // the worker is ending: the run ends at its exit, with status 70
        if (kept?.worker === w) kept = null;
        entryOf.onError();
      });
      w.on("exit", (code) => entryOf.onExit(code));
    }
    const timer = setTimeout(() => {
      timedOut = true;
      if (kept?.worker === worker) kept = null;
      void worker.terminate();
    }, req.timeoutMs);
  };

  process.on("message", (m: RunRequest) => {
    if (m && m.type === "run") {
      if (busy) throw new Error("batch runner: asked for a run while another is going");
      run(m);
    }
  });
  process.on("disconnect", () => process.exit(0));
  send({ type: "done", id: 0, status: 0, timedOut: false, ms: 0, cpuMs: 0, workerRun: 0 }); // ready
}

await runnerMain();
