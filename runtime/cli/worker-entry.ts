// What runtime/bin/hotpy.js's worker thread needs of the VM, in one module: the command line,
// and the host hooks it sets before running it. This is the entry point of the CLI bundle
// (runtime/bin/bundle.mjs), so the hooks set are the bundle's own instances.
export { main } from "./main.js";
export { host } from "../host/embed.js";
export { signalHost, useSignalBuffer } from "../host/signals.js";
