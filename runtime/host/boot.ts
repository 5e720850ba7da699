// What the `hotpy` command (runtime/bin/hotpy.js) needs before the VM is loaded, in one module:
// runtime/bin/bundle.mjs bundles it on its own as dist/runtime/cli/boot.cjs, which the command's
// two threads load with require() instead of Node's ES module loader (~5-8 ms each at start-up).
export { bundleStats, loadBundle, saveCodeCache } from "./bundle-loader.js";
export { applyV8Flags, scheduleLaterV8Flags } from "./v8-flags.js";
