// Node built-in modules the VM needs only sometimes, loaded on first use: `node:crypto` alone
// costs 10-20 ms of start-up in a worker thread, `node:child_process` a few more, and a
// static import loads them at start-up whether the program uses them or not.
import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

let crypto: typeof import("node:crypto") | undefined;
let childProcess: typeof import("node:child_process") | undefined;

export function nodeCrypto(): typeof import("node:crypto") {
  return (crypto ??= load("node:crypto") as typeof import("node:crypto"));
}

export function nodeChildProcess(): typeof import("node:child_process") {
  return (childProcess ??= load("node:child_process") as typeof import("node:child_process"));
}
