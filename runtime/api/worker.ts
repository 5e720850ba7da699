// One run of an embedded VM, in its own worker thread (started by index.ts). The VM's state is
// module-level (sys.modules, the trace caches, counters…), so a worker, which evaluates every
// module afresh, is what keeps VMs apart. The host hooks are set before the VM's modules load:
// the standard streams are made then.
import { parentPort, workerData } from "node:worker_threads";
import { host } from "../host/embed.js";
import { signalHost, useSignalBuffer } from "../host/signals.js";
import {
  type RunRequest,
  type WorkerMessage,
  STDIN_CHUNK,
  STDIN_HEADER_BYTES,
  STDIN_LENGTH,
  STDIN_STATE,
  STDIN_WANTED,
} from "./protocol.js";

const req = workerData as RunRequest;
const port = parentPort!;
const post = (m: WorkerMessage) => port.postMessage(m);

const ctl = new Int32Array(req.stdin, 0, 2);
const stdinData = new Uint8Array(req.stdin, STDIN_HEADER_BYTES, STDIN_CHUNK);

host.sandbox = req.sandbox;
host.stdio = {
  write(fd, data) {
    post({ kind: "write", fd, data });
  },
  read(buf, off, len) {
    // ask the embedder and wait for its answer (this thread runs Python: it may block)
    Atomics.store(ctl, STDIN_STATE, STDIN_WANTED);
    post({ kind: "stdin" });
    while (Atomics.load(ctl, STDIN_STATE) === STDIN_WANTED) Atomics.wait(ctl, STDIN_STATE, STDIN_WANTED);
    const n = Math.min(Atomics.load(ctl, STDIN_LENGTH), len);
    buf.set(stdinData.subarray(0, n), off);
    Atomics.store(ctl, STDIN_STATE, 0);
    return n;
  },
};
useSignalBuffer(req.signals);
signalHost.setAlarm = (seconds, interval) => post({ kind: "alarm", seconds, interval });
host.endBySignal = (signum) => {
  post({ kind: "signal", signum });
  process.exit(128 + signum);
};

const { runMainDetailed } = await import("../vm.js");
post({ kind: "started" });
const outcome = runMainDetailed({
  file: req.file,
  source: req.source,
  args: req.args,
  pipeline: req.pipeline,
  programName: "hotpy",
  hot: req.hot,
  traceCacheSize: req.traceCacheSize,
  traceCacheOps: req.traceCacheOps,
});
// an uncaught KeyboardInterrupt ends CPython by SIGINT: status 128 + 2
post({ kind: "done", status: outcome.interrupted ? 130 : outcome.status, exception: outcome.exception, stats: outcome.stats });
