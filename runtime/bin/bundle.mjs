// Build step (npm run build): bundles the VM's compiled modules (dist/, from tsc) into one
// CommonJS script, dist/runtime/cli/hotpy-cli.cjs, for the `hotpy` command to load at start-up.
// Loading ~180 ES modules costs Node's module loader ~0.4 ms each; one script also lets V8 keep
// a code cache of it (runtime/host/bundle-loader.ts). Beside it, hotpy-cli.json records the size
// and modification time of the bundle and of the files every rebuild of dist/ rewrites (tsc's
// incremental build info, package-lock.json for the bundled pako): when one differs (dist/
// rebuilt by tsc alone, e.g. by `npm run gen`), the command ignores the stale bundle and loads
// dist/'s modules. (Checking each of the ~145 inputs instead costs 15-25 ms of stat calls at
// every start on this machine's file system; their list is kept in the manifest all the same.)
// The bundle sits in dist/runtime/cli/, at the same depth as the modules it was made from, so
// paths they compute from import.meta.url mean the same in it.
import { existsSync, readFileSync, statSync, writeFileSync, renameSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
// the CommonJS wrapper the loader compiles the bundle in (one definition: the loader's)
const { WRAPPER_HEAD, WRAPPER_TAIL } = await import(new URL("../../dist/runtime/host/bundle-loader.js", import.meta.url).href);
const outDir = join(root, "dist", "runtime", "cli");
const entry = join(outDir, "worker-entry.js");
const bundleFile = join(outDir, "hotpy-cli.cjs");
const manifestFile = join(outDir, "hotpy-cli.json");

/** Writes `text` to `file` (through a temporary file, so a reader never sees half of it) unless
 *  the file holds it already: a rebuild that changes nothing keeps the bundle's modification
 *  time, which the manifest and the code cache are stamped with, so hotpy processes running
 *  meanwhile (the test suite's, beside `npm pack`'s prepack build) keep their code cache. */
function writeIfChanged(file, text) {
  if (existsSync(file) && readFileSync(file, "utf8") === text) return;
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

let rolldown;
try {
  rolldown = await import("rolldown");
} catch {
  // rolldown is a devDependency: an install without it keeps the plain modules
  process.stderr.write("bundle: rolldown is not installed; hotpy will load dist/'s modules one by one\n");
  process.exit(0);
}

const result = await rolldown.build({
  input: entry,
  platform: "node",
  logLevel: "warn",
  write: false,
  output: {
    format: "cjs",
    charset: "ascii",
    comments: false,
    codeSplitting: false,
    // whitespace only: names stay as written (error messages and HOTPY_DEBUG stacks read as the source)
    minify: process.env.HOTPY_BUNDLE_PLAIN ? false : { compress: false, mangle: false, codegen: { removeWhitespace: true } },
  },
});
const chunk = result.output.find((o) => o.type === "chunk");
const code = chunk.code;
// ASCII source reads as a one-byte string (latin1), the cheapest way into V8
const ascii = !/[^\x00-\x7f]/.test(code);
// written inside the CommonJS wrapper that bundle-loader.ts compiles it in, so that the file's
// text is the script's source as it is: no second copy of the ~1.5 MB source made by
// concatenation at every start-up (manifest `wrapped`)
writeIfChanged(bundleFile, `${WRAPPER_HEAD}${code}${WRAPPER_TAIL}`);
const stamp = (file) => {
  const st = statSync(file);
  return [relative(root, file), st.size, st.mtimeMs];
};
const inputs = chunk.moduleIds.filter((id) => !id.startsWith("\0") && !id.startsWith("node:")).map((id) => relative(root, id));
const watched = [join(root, "dist", ".tsbuildinfo"), join(root, "dist", ".tsbuildinfo-generator"), join(root, "package-lock.json")];
// a watched file that does not exist yet is recorded as [path, -1, -1]: it must still not exist
const watch = watched.map((f) => (existsSync(f) ? stamp(f) : [relative(root, f), -1, -1]));
const manifest = { bundle: stamp(bundleFile), encoding: ascii ? "latin1" : "utf8", wrapped: true, watch, inputs };
writeIfChanged(manifestFile, JSON.stringify(manifest) + "\n");
process.stdout.write(`bundle: ${relative(root, bundleFile)} (${(code.length / 1024).toFixed(0)} KiB, ${inputs.length} modules${ascii ? "" : ", not ASCII"})\n`);

// The command's own part (runtime/host/boot.ts: the loader above and V8's flags), bundled on its
// own for runtime/bin/hotpy.js to require() in both of its threads before the VM is loaded. Built
// with the VM's bundle, from the same dist/ (the command falls back to dist/runtime/host/boot.js
// when it is missing).
const bootFile = join(outDir, "boot.cjs");
const boot = await rolldown.build({
  input: join(root, "dist", "runtime", "host", "boot.js"),
  platform: "node",
  logLevel: "warn",
  write: false,
  output: { format: "cjs", comments: false, codeSplitting: false },
});
writeIfChanged(bootFile, boot.output.find((o) => o.type === "chunk").code);
