// The spec is the single definition of an op's meaning: edit a thin-op body, run `npm run gen`,
// and the VM behaves differently. Works on a copy of the repository so the real tree is untouched.
import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = resolve(__dirname, "..", "..");

describe("editing the spec", () => {
  it("changes the generated interpreter's behaviour after npm run gen", () => {
    const dir = mkdtempSync(join(tmpdir(), "hotpy-spec-edit-"));
    try {
      // the copy starts built (dist/ copied: one `npm run gen` fewer than building it here)
      for (const part of ["package.json", "tsconfig.json", "spec", "generator", "generated", "runtime", "dist"]) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
      symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
      const program = join(dir, "add.py");
      writeFileSync(program, "a = 20\nb = 22\nprint(a + b, a - b)\n");
      const run = () => spawnSync(process.execPath, [join(dir, "runtime", "bin", "hotpy.js"), "run", "--pipeline", "base", program], { encoding: "utf8" });
      const gen = () => spawnSync("npm", ["run", "-s", "gen"], { cwd: dir, encoding: "utf8" });

      const before = run();
      expect(before.stdout).toBe("42 -2\n");

      // INT_ADD now multiplies: only the spec changes
      const specPath = join(dir, "spec", "thin-ops.yaml");
      const spec = readFileSync(specPath, "utf8");
      const edited = spec.replace(/(INT_ADD:[\s\S]*?const r = )lhs \+ rhs;/, "$1lhs * rhs;");
      expect(edited).not.toBe(spec);
      writeFileSync(specPath, edited);
      const g = gen();
      expect(g.status, g.stderr + g.stdout).toBe(0);
      expect(readFileSync(join(dir, "generated", "base-interpreter.ts"), "utf8")).toContain("const r = lhs * rhs;");
      const after = run();
      expect(after.stdout).toBe("440 -2\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
