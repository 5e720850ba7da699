// The Python test-program corpus (tests/programs): finding programs, their
// `# args:` lines, and their recorded expectations. Shared by the expectation
// recorder (tests/tools/expect.ts) and the vitest runner (tests/programs.test.ts).
// Node built-ins only.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** What CPython 3.11 did with a program, as stored in `<name>.expected.json`. */
export interface Expected {
  /** Exit status of the process. */
  status: number;
  /** Exact standard output. */
  stdout: string;
  /** The last non-empty line of standard error (trailing whitespace removed), or "". */
  stderrTail: string;
}

export interface Program {
  /** The file name without `.py`, e.g. `ints_bigint`. */
  name: string;
  /** The file name, e.g. `ints_bigint.py` (what is passed on the command line; cwd is `dir`). */
  file: string;
  /** Absolute path of the program. */
  path: string;
  /** The folder holding the programs (the cwd to run them in). */
  dir: string;
  /** Command-line arguments from a first line `# args: ...`, else []. */
  args: string[];
  /** Absolute path of `<name>.expected.json` (which may not exist yet). */
  expectedPath: string;
}

/** Helper modules are imported by programs and are not programs of their own. */
export const HELPER_PREFIX = "mod_";

function looksLikeRoot(dir: string): boolean {
  return existsSync(join(dir, "package.json")) && existsSync(join(dir, "tests", "programs"));
}

function walkUp(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    if (looksLikeRoot(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * The repository root: HOTPY_ROOT if set, else the first folder above this
 * file holding package.json and tests/programs (works from tests/tools and
 * dist/tests/tools), else the same search from the working directory (works
 * when compiled to a temporary folder).
 */
export function findRepoRoot(): string {
  const env = process.env["HOTPY_ROOT"];
  if (env) return resolve(env);
  const here = dirname(fileURLToPath(import.meta.url));
  const root = walkUp(here) ?? walkUp(process.cwd());
  if (!root) {
    throw new Error(
      "cannot find the repository root (a folder with package.json and tests/programs) above " +
        here +
        " or " +
        process.cwd() +
        "; set HOTPY_ROOT",
    );
  }
  return root;
}

export function programsDir(root: string = findRepoRoot()): string {
  return join(root, "tests", "programs");
}

/**
 * Split the text after `# args:` into arguments: whitespace separates them,
 * and single or double quotes group words (`"two words"` is one argument).
 * A backslash inside double quotes or outside quotes escapes the next character.
 */
export function splitArgs(text: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inArg = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) {
        quote = null;
      } else if (ch === "\\" && quote === '"' && i + 1 < text.length) {
        cur += text[++i];
      } else {
        cur += ch;
      }
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      inArg = true;
    } else if (ch === "\\" && i + 1 < text.length) {
      cur += text[++i];
      inArg = true;
    } else if (/\s/.test(ch)) {
      if (inArg) out.push(cur);
      cur = "";
      inArg = false;
    } else {
      cur += ch;
      inArg = true;
    }
  }
  if (quote) throw new Error(`unterminated ${quote} quote in "# args:" line: ${text}`);
  if (inArg) out.push(cur);
  return out;
}

/** The arguments given by a first line `# args: a b c` of a program's source, else []. */
export function parseArgsLine(source: string): string[] {
  const first = source.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const m = /^#\s*args:(.*)$/.exec(first);
  return m ? splitArgs(m[1]!) : [];
}

/** The last line of `text` that is not blank, with trailing whitespace removed; "" if none. */
export function lastNonEmptyLine(text: string): string {
  const lines = text.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trimEnd();
    if (line.trim() !== "") return line;
  }
  return "";
}

export function isProgramFile(file: string): boolean {
  return file.endsWith(".py") && !file.startsWith(HELPER_PREFIX) && !file.startsWith(".");
}

/** The program stored at `<dir>/<file>`. */
export function programAt(dir: string, file: string): Program {
  const path = join(dir, file);
  const name = basename(file, ".py");
  return {
    name,
    file,
    path,
    dir,
    args: parseArgsLine(readFileSync(path, "utf8")),
    expectedPath: join(dir, `${name}.expected.json`),
  };
}

/**
 * The programs in `dir` (helper modules `mod_*.py` excluded), sorted by name.
 * With `only`, just those names (`foo` or `foo.py`); an unknown name throws.
 */
export function findPrograms(dir: string = programsDir(), only?: readonly string[]): Program[] {
  const files = readdirSync(dir).filter(isProgramFile).sort();
  if (!only || only.length === 0) return files.map((f) => programAt(dir, f));
  const wanted = only.map((n) => basename(n).replace(/\.py$/, "") + ".py");
  const missing = wanted.filter((f) => !files.includes(f));
  if (missing.length > 0) {
    throw new Error(`no such program in ${dir}: ${missing.join(", ")}`);
  }
  return [...new Set(wanted)].sort().map((f) => programAt(dir, f));
}

/** `.expected.json` files whose program no longer exists. */
export function staleExpectations(dir: string = programsDir()): string[] {
  const files = readdirSync(dir);
  const programs = new Set(files.filter(isProgramFile).map((f) => basename(f, ".py")));
  return files
    .filter((f) => f.endsWith(".expected.json"))
    .filter((f) => !programs.has(f.slice(0, -".expected.json".length)))
    .sort();
}

/** The recorded expectation of a program, or undefined when it has none yet. */
export function readExpected(program: Program): Expected | undefined {
  if (!existsSync(program.expectedPath)) return undefined;
  const data = JSON.parse(readFileSync(program.expectedPath, "utf8")) as Partial<Expected>;
  if (typeof data.status !== "number" || typeof data.stdout !== "string" || typeof data.stderrTail !== "string") {
    throw new Error(`${program.expectedPath}: malformed (needs status, stdout, stderrTail); rerun npm run expect`);
  }
  return { status: data.status, stdout: data.stdout, stderrTail: data.stderrTail };
}

/** The text of an expectation file: pretty-printed JSON, 2-space indent, trailing newline. */
export function formatExpected(e: Expected): string {
  return JSON.stringify({ status: e.status, stdout: e.stdout, stderrTail: e.stderrTail }, null, 2) + "\n";
}
