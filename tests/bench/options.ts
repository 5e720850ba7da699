// Command-line options of the benchmark harness.

export interface Options {
  quick: boolean;
  runs: number;
  filters: string[];
  pipelines?: string[]; // undefined: ask the VM
  pypy: boolean;
  /** run the "libraries" group of benchmarks.json (jobs of tests/libraries) too: undefined =
   *  yes, except with --quick (whose runs take about a minute; the library jobs take many) */
  libraries?: boolean;
  /** run the "startup" group (start-up time and memory of tiny programs); default yes */
  startup: boolean;
  out?: string; // undefined: tests/bench/RESULTS.md
  json?: string;
  timeoutSeconds?: number; // undefined: 300 (quick: 120)
  help: boolean;
}

export const HELP = `Usage: npm run bench -- [options]

Runs the benchmarks of tests/bench/benchmarks.json on CPython 3.11, PyPy and
each HotPy pipeline, checks every output against CPython's, and writes a
Markdown report plus an SVG chart.

Options:
  --quick               use the quick sizes (quickArgs); 1 run each unless --runs is given
  --runs N              timed repetitions per implementation (default 3)
  --filter S[,S...]     only benchmarks whose name contains one of the substrings
  --pipelines P[,P...]  HotPy pipelines to run (default: what
                        'node runtime/bin/hotpy.js --list-pipelines' prints, else base);
                        '--pipelines none' runs no HotPy pipeline
  --no-pypy             do not run PyPy even if pypy3 is on PATH
  --no-libraries        leave out the library jobs (tests/libraries) listed in benchmarks.json
                        with "group": "libraries", which run by default (in the same run as
                        the benchmarks, reported in a libraries table of their own)
  --libraries           run the library jobs even with --quick (they have no quick size)
  --no-startup          leave out the start-up jobs ("group": "startup": hello world and a few
                        standard imports, each run once to warm the caches, then timed at
                        least 5 times; they run by default, --quick too)
  --out FILE            report path (default tests/bench/RESULTS.md); the chart
                        speed.svg is written beside it
  --json FILE           also dump the raw measurements as JSON
  --timeout S           per-run timeout in seconds (default 300, quick 120)
  --help                show this help

Environment:
  HOTPY_PYTHON          the CPython 3.11 to compare against (default python3.11)
  HOTPY_PYPY            the PyPy to compare against (default pypy3)
  HOTPY_ROOT            repository root (default: found from this file or the cwd)
`;

function positiveInt(flag: string, v: string | undefined): number {
  const n = Number(v);
  if (v === undefined || !Number.isInteger(n) || n < 1) {
    throw new Error(`${flag} needs a positive integer, got ${v ?? "nothing"}`);
  }
  return n;
}

function list(flag: string, v: string | undefined): string[] {
  if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value`);
  return v
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function parseOptions(argv: readonly string[]): Options {
  const o: Options = { quick: false, runs: 0, filters: [], pypy: true, startup: true, help: false };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i]!;
    const eq = raw.indexOf("=");
    const flag = raw.startsWith("--") && eq > 0 ? raw.slice(0, eq) : raw;
    const inline = raw.startsWith("--") && eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string | undefined => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case "--quick":
        o.quick = true;
        break;
      case "--runs":
        o.runs = positiveInt(flag, value());
        runsGiven = true;
        break;
      case "--filter":
        o.filters.push(...list(flag, value()));
        break;
      case "--pipelines": {
        const ps = list(flag, value());
        o.pipelines = ps.length === 1 && ps[0] === "none" ? [] : ps;
        break;
      }
      case "--libraries":
        o.libraries = true;
        break;
      case "--no-libraries":
        o.libraries = false;
        break;
      case "--no-startup":
        o.startup = false;
        break;
      case "--no-pypy":
        o.pypy = false;
        break;
      case "--out":
        o.out = list(flag, value()).join(",");
        break;
      case "--json":
        o.json = list(flag, value()).join(",");
        break;
      case "--timeout":
        o.timeoutSeconds = positiveInt(flag, value());
        break;
      case "--help":
      case "-h":
        o.help = true;
        break;
      default:
        throw new Error(`unknown option ${raw} (see --help)`);
    }
  }
  if (!runsGiven) o.runs = o.quick ? 1 : 3;
  return o;
}

/** Whether this run has the library jobs: asked for, or by default unless --quick. */
export function runsLibraries(o: Options): boolean {
  return o.libraries ?? !o.quick;
}
