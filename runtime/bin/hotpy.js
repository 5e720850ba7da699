#!/usr/bin/env node
// Entry point of the `hotpy` command. The VM runs in a worker thread with a large stack, so
// deep Python recursion reaches Python's own RecursionError, never a JavaScript stack overflow.
import { Worker, isMainThread, workerData } from "node:worker_threads";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);
if (isMainThread) {
  const worker = new Worker(here, {
    argv: process.argv.slice(2),
    workerData: { argv: process.argv.slice(2) },
    resourceLimits: { stackSizeMb: 256, maxOldGenerationSizeMb: 8192 },
    stdin: false,
  });
  let reported = false;
  worker.on("message", (code) => {
    reported = true;
    process.exitCode = code;
  });
  worker.on("exit", (code) => {
    // process.exit() inside the VM ends the worker with that code
    if (!reported && process.exitCode === undefined) process.exitCode = code;
  });
  worker.on("error", (e) => {
    process.stderr.write(`hotpy: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 70;
  });
} else {
  const { main } = await import("../../dist/runtime/cli/main.js");
  const { parentPort } = await import("node:worker_threads");
  const code = main(workerData.argv);
  parentPort.postMessage(code);
}
