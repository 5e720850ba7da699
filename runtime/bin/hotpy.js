#!/usr/bin/env node
// Entry point of the `hotpy` command. The VM runs in a worker thread with a large stack, so
// deep Python recursion reaches Python's own RecursionError, never a JavaScript stack overflow.
// This (main) thread owns the process: it catches the signals Python handles (SIGINT always,
// as CPython's default handler raises KeyboardInterrupt; others once a Python handler is set)
// and the SIGALRM timer, and passes them to the VM through a shared word it checks at loop
// back-edges and calls (runtime/host/signals.ts). A signal whose default action ends the
// process ends it here, by that signal, as CPython's process would end.
//
// A CommonJS script (runtime/bin/package.json), as is what both threads load first: the
// command's part of the host (runtime/host/boot.ts) bundled as dist/runtime/cli/boot.cjs
// (runtime/bin/bundle.mjs). Node's ES module loader would cost each thread ~5-8 ms of start-up.
// Without the bundles (an install without rolldown), dist/'s ES modules are imported instead.
"use strict";
const { Worker, isMainThread, workerData, parentPort } = require("node:worker_threads");
const { constants } = require("node:os");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

const here = __filename;
const root = join(__dirname, "..", "..");
const dist = (path) => join(root, "dist", path);

/** The command's host functions (runtime/host/boot.ts): the bundled copy, else dist/'s modules. */
async function boot() {
  try {
    return require(dist("runtime/cli/boot.cjs"));
  } catch (e) {
    if (e === null || typeof e !== "object" || e.code !== "MODULE_NOT_FOUND") throw e;
    return import(pathToFileURL(dist("runtime/host/boot.js")).href);
  }
}

(async () => {
if (isMainThread) {
  // V8's tier-up settings for the VM (runtime/host/v8-flags.ts): the worker sets the first, this
  // thread the one for once the program has run a while
  const v8Flags = await boot();
  const signals = new SharedArrayBuffer(4);
  const word = new Int32Array(signals);
  const raise = (n) => {
    Atomics.or(word, 0, 1 << n);
    Atomics.notify(word, 0);
  };
  const nameOf = (n) => Object.keys(constants.signals).find((k) => constants.signals[k] === n && k !== "SIGIOT" && k !== "SIGPOLL");
  /** signal number -> [name, listener] */
  const listening = new Map();
  const listen = (n, on) => {
    const name = nameOf(n);
    if (name === undefined || name === "SIGKILL" || name === "SIGSTOP") return;
    if (on && !listening.has(n)) {
      const f = () => raise(n);
      listening.set(n, [name, f]);
      process.on(name, f);
    } else if (!on && listening.has(n)) {
      process.off(name, listening.get(n)[1]);
      listening.delete(n);
    }
  };
  const stopListening = () => {
    for (const n of [...listening.keys()]) listen(n, false);
  };
  let alarm;
  const worker = new Worker(here, {
    argv: process.argv.slice(2),
    workerData: { argv: process.argv.slice(2), signals, processStart: performance.timeOrigin },
    resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 },
    stdin: false,
  });
  v8Flags.scheduleLaterV8Flags();
  listen(2, true);
  let reported = false;
  worker.on("message", (m) => {
    if (typeof m === "number") {
      reported = true;
      process.exitCode = m;
    } else if (m.kind === "handler") listen(m.signum, m.handled);
    else if (m.kind === "alarm") {
      clearTimeout(alarm);
      if (m.seconds > 0) {
        const fire = () => {
          raise(14);
          if (m.interval > 0) alarm = setTimeout(fire, m.interval * 1000);
        };
        alarm = setTimeout(fire, m.seconds * 1000);
      }
    } else if (m.kind === "signal") {
      // the default action of signal m.signum: end the process by it
      stopListening();
      process.kill(process.pid, nameOf(m.signum) ?? "SIGTERM");
    }
  });
  worker.on("exit", (code) => {
    clearTimeout(alarm);
    stopListening();
    // process.exit() inside the VM ends the worker with that code
    if (!reported && process.exitCode === undefined) process.exitCode = code;
  });
  worker.on("error", (e) => {
    process.stderr.write(`hotpy: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 70;
  });
} else {
  // One bundled script with a V8 code cache when it is up to date (runtime/bin/bundle.mjs,
  // runtime/host/bundle-loader.ts), else dist/'s modules one by one.
  const { loadBundle, saveCodeCache, bundleStats, applyV8Flags } = await boot();
  // Only now: node's code cache for its own modules is stamped with V8's default flags, and a
  // worker that starts after a flag change compiles every one of them from source (~55 ms). So
  // the node modules the VM loads at start-up are loaded first (node:tty alone, with node:net
  // and the streams it brings, took 5 ms after the change). The flags hold for the whole
  // process (and for the bundle's code cache, made under them).
  for (const m of ["node:tty", "node:net", "node:os", "node:module", "node:path", "node:url", "node:fs"]) require(m);
  applyV8Flags();
  const vm = loadBundle(root, dist("runtime/cli/hotpy-cli.cjs")) ?? (await import(pathToFileURL(dist("runtime/cli/worker-entry.js")).href));
  const { host, signalHost, useSignalBuffer, main } = vm;
  host.startup = {
    bundle: bundleStats.used,
    codeCache: bundleStats.codeCache,
    loadedAtMs: Math.round(performance.timeOrigin + performance.now() - workerData.processStart),
  };
  useSignalBuffer(workerData.signals);
  signalHost.handlerChanged = (signum, handled) => parentPort.postMessage({ kind: "handler", signum, handled });
  signalHost.setAlarm = (seconds, interval) => parentPort.postMessage({ kind: "alarm", seconds, interval });
  host.endBySignal = (signum) => {
    parentPort.postMessage({ kind: "signal", signum });
    // the main thread ends the process; nothing more runs here
    for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  };
  const code = main(workerData.argv);
  // after the run, so that the cache holds the functions start-up compiled (first run only)
  saveCodeCache();
  parentPort.postMessage(code);
}
})();
