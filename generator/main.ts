// The generator: spec/ → validated model → generated/*.ts.
//   node dist/generator/main.js            regenerate generated/
//   node dist/generator/main.js --check    fail if generated/ differs from what the spec gives
//   options: --spec-dir DIR --out DIR      (used by the generator's own tests)
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkBodies } from "./body-check.js";
import { emitBaseInterpreter } from "./emit-base-interpreter.js";
import { emitOpcodes } from "./emit-opcodes.js";
import { emitThinOps } from "./emit-thin-ops.js";
import { emitTraceInterpreter } from "./emit-trace-interpreter.js";
import { emitTraceJs } from "./emit-trace-js.js";
import { emitRecorderTables } from "./emit-recorder-tables.js";
import { emitThinMeta } from "./emit-thin-meta.js";
import { emitSpecialiser } from "./emit-specialiser.js";
import { validateSpecialise } from "./validate-specialise.js";
import { SpecError, Spec } from "./model.js";
import { repoRoot } from "./paths.js";
import { loadSpec } from "./spec-load.js";
import { validate } from "./validate.js";
import { validateFamilies } from "./validate-families.js";
import { validateSuperinstructions } from "./validate-superinstructions.js";

export const VERSION = "3.11";

export interface GenOptions {
  root: string;
  specDir: string;
  /** type-check bodies against the runtime (needs runtime/ beside the output) */
  checkBodies: boolean;
}

export function readSpec(opts: GenOptions): Spec {
  const spec = loadSpec(opts.root, {
    version: join(opts.specDir, "cpython", `${VERSION}.yaml`),
    thin: join(opts.specDir, "thin-ops.yaml"),
    fat: join(opts.specDir, "fat-ops.yaml"),
    specialise: join(opts.specDir, "specialise.yaml"),
  });
  validate(spec);
  validateFamilies(spec);
  validateSuperinstructions(spec);
  validateSpecialise(spec);
  if (opts.checkBodies) checkBodies(spec, opts.root);
  return spec;
}

/** Every generated file: name → contents. */
export async function generate(opts: GenOptions): Promise<Map<string, string>> {
  const spec = readSpec(opts);
  return new Map([
    ["opcodes.ts", await emitOpcodes(spec)],
    ["base-interpreter.ts", await emitBaseInterpreter(spec)],
    ["thin-ops.ts", await emitThinOps(spec)],
    ["recorder-tables.ts", await emitRecorderTables(spec)],
    ["thin-meta.ts", await emitThinMeta(spec)],
    ["trace-interpreter.ts", await emitTraceInterpreter(spec)],
    ["register-interpreter.ts", await emitTraceInterpreter(spec, true)],
    ["specialiser.ts", await emitSpecialiser(spec)],
    ["trace-js-ops.ts", await emitTraceJs(spec)],
  ]);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const root = repoRoot();
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const specDir = arg("--spec-dir") ?? join(root, "spec");
  const outDir = arg("--out") ?? join(root, "generated");
  let files: Map<string, string>;
  try {
    files = await generate({ root, specDir, checkBodies: !argv.includes("--no-body-check") });
  } catch (e) {
    if (e instanceof SpecError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  if (argv.includes("--check")) {
    const stale: string[] = [];
    for (const [name, text] of files) {
      const path = join(outDir, name);
      if (!existsSync(path) || readFileSync(path, "utf8") !== text) stale.push(name);
    }
    const extra = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith(".ts") && !files.has(f)) : [];
    if (stale.length || extra.length) {
      console.error(`generated/ is out of date with spec/: ${[...stale, ...extra.map((e) => `${e} (not generated)`)].join(", ")}. Run \`npm run gen\`.`);
      process.exit(1);
    }
    console.log(`gen:check: generated/ matches spec/ (${files.size} files)`);
    return;
  }
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
  console.log(`generated ${[...files.keys()].join(", ")} into ${outDir === join(root, "generated") ? "generated/" : outDir}`);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
}
