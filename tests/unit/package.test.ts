// The npm package as a user gets it: `npm pack` here (with its prepack build), the tarball
// installed into an empty folder outside the repository (and globally under a temporary prefix),
// then a program run through the installed `hotpy` command, through the API imported as "hotpy",
// and the README's embedding example run as written. Expected outputs come from CPython 3.11.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const PYTHON = process.env.HOTPY_PYTHON ?? "python3.11";
const work = mkdtempSync(join(tmpdir(), "hotpy-package-"));
const app = join(work, "app");
const globalPrefix = join(work, "global");
let tarball = "";
let files: string[] = [];

const npm = (args: string[], cwd: string) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8", env: { ...process.env, npm_config_update_notifier: "false" } });

const PROGRAM = `import sys, json
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print("args", sys.argv[1:])
print(json.dumps({"fib": [fib(i) for i in range(0, 200, 40)]}))
print("é ∑ 𝄞".upper())
`;

beforeAll(() => {
  const out = npm(["pack", "--json", "--pack-destination", work], ROOT);
  const info = JSON.parse(out.slice(out.indexOf("["))) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, info[0].filename);
  files = info[0].files.map((f) => f.path);
  writeFileSync(join(work, "prog.py"), PROGRAM);
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", version: "1.0.0", private: true, type: "module" }));
  // pako, the one dependency, from npm's cache when it is there (npm ci filled it), else the registry
  npm(["install", "--prefer-offline", tarball], app);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const cpython = () => execFileSync(PYTHON, [join(work, "prog.py"), "x", "y z"], { encoding: "utf8" });

describe("npm package", () => {
  it("holds what running needs and not the tests, spec or generator", () => {
    for (const f of [
      "package.json",
      "README.md",
      "runtime/bin/hotpy.js",
      // makes hotpy.js a CommonJS script in a package whose .js files are ES modules
      "runtime/bin/package.json",
      "dist/runtime/cli/boot.cjs",
      "dist/runtime/cli/main.js",
      "dist/runtime/vm.js",
      "dist/runtime/api/index.js",
      "dist/runtime/api/index.d.ts",
      "dist/runtime/api/worker.js",
      "dist/generated/base-interpreter.js",
      "runtime/text/unicodedata-tables.json",
      "dist/runtime/cli/hotpy-cli.cjs",
      "dist/runtime/cli/hotpy-cli.json",
    ])
      expect(files).toContain(f);
    const unwanted = files.filter((f) => /^(tests|spec|generator|dist\/tests|dist\/generator)\//.test(f) || f.endsWith(".ts") && !f.endsWith(".d.ts") || f.endsWith(".tsbuildinfo"));
    expect(unwanted).toEqual([]);
  });

  it("runs a program through the installed command, as CPython does", () => {
    const r = spawnSync("npx", ["--no-install", "hotpy", "run", join(work, "prog.py"), "x", "y z"], { cwd: app, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(cpython());
    expect(r.status).toBe(0);
    // the installed command loads the VM as one bundled script (see the README's start-up)
    const stats = join(work, "stats.json");
    const s = spawnSync("npx", ["--no-install", "hotpy", "run", "--stats-json", stats, join(work, "prog.py")], { cwd: app, encoding: "utf8" });
    expect(s.status).toBe(0);
    expect(JSON.parse(readFileSync(stats, "utf8")).startup.bundle).toBe(true);
  }, 300_000);

  it("runs a program through the API imported as 'hotpy'", () => {
    const script = join(app, "api.js");
    writeFileSync(
      script,
      `import { createVM } from "hotpy";
const r = await createVM({ sandbox: false }).runFile(${JSON.stringify(join(work, "prog.py"))}, { argv: ["x", "y z"] });
process.stdout.write(r.stdout);
process.exitCode = r.status;
`,
    );
    const r = spawnSync(process.execPath, [script], { cwd: app, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(cpython());
    expect(r.status).toBe(0);
  });

  it("gives TypeScript the API's types", () => {
    const file = join(app, "typed.ts");
    writeFileSync(
      file,
      `import { createVM, type RunResult, type VMOptions } from "hotpy";
const options: VMOptions = { pipeline: "thin", hot: 2, limits: { timeMs: 1000 } };
const r: Promise<RunResult> = createVM(options).runSource("print(1)");
void r.then((x) => x.exception?.traceback.length ?? x.stats?.traces.recorded);
`,
    );
    writeFileSync(join(app, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, types: [] }, files: ["typed.ts"] }));
    const good = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", app], { encoding: "utf8" });
    expect(good.stdout + good.stderr).toBe("");
    expect(good.status).toBe(0);
    // and the types are real: a wrong option is an error
    writeFileSync(file, `import { createVM } from "hotpy";\ncreateVM({ pipeline: "warp" });\n`);
    const bad = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", app], { encoding: "utf8" });
    expect(bad.stdout).toContain("warp");
    expect(bad.status).not.toBe(0);
  }, 300_000);

  it("runs the README's embedding example as the README says", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const m = /<!-- embedding-example[^\n]*\n```js\n([\s\S]*?)```\n\nprints\n\n```\n([\s\S]*?)```/.exec(readme);
    expect(m).not.toBeNull();
    writeFileSync(join(app, "example.js"), m![1]);
    const r = spawnSync(process.execPath, [join(app, "example.js")], { cwd: app, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(m![2]);
    expect(r.status).toBe(0);
  });

  it("installs globally with a working hotpy command", () => {
    npm(["install", "-g", "--prefer-offline", "--prefix", globalPrefix, tarball], work);
    const r = spawnSync(join(globalPrefix, "bin", "hotpy"), ["run", join(work, "prog.py"), "x", "y z"], { cwd: work, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(cpython());
    expect(r.status).toBe(0);
  }, 300_000);
});
