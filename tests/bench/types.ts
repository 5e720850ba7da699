// Shared types of the benchmark harness.

/** One entry of benchmarks.json. */
export interface Benchmark {
  name: string;
  file: string;
  args: string[];
  quickArgs: string[];
  /** "libraries": a job of tests/libraries, reported in its own table (whole-process time and memory);
   *  "startup": a start-up job (a tiny program), run once untimed first so that every cache is
   *  warm, then timed at least 5 times, reported in the start-up table */
  group?: string;
}

export type ImplKind = "cpython" | "pypy" | "hotpy";

/** An implementation under test: CPython, PyPy, or one HotPy pipeline. */
export interface Impl {
  id: string; // unique key, e.g. "cpython", "pypy", "hotpy:base"
  label: string; // shown in tables, e.g. "CPython", "PyPy", "hotpy base"
  kind: ImplKind;
  pipeline?: string;
  /** Build the command line for one run. statsFile is only used by hotpy. */
  command(benchFile: string, args: string[], statsFile: string): { cmd: string; argv: string[] };
}

/** Numbers read from the VM's --stats-json file (all optional). */
export interface HotpyStats {
  baseInsns?: number;
  traceInsns?: number;
  /** thin ops run in traces, a superinstruction counting as the two it runs (instructions.traceEntries) */
  traceEntries?: number;
  traceByStage?: Record<string, number>;
  timeInTraces?: number;
  tracesRecorded?: number;
  tracesAborted?: number;
  /** start-up (hotpy run --stats-json's "startup"): CPython processes the run started */
  cpythonProcesses?: number;
  /** the CLI bundle's V8 code cache: "none", "accepted" or "rejected" */
  codeCache?: string;
}

export type CellStatus = "ok" | "failed" | "timeout" | "unchecked";

export interface OutputDiff {
  line: number; // 1-based
  expected: string;
  actual: string;
}

/** Everything measured for one (benchmark, implementation) pair. */
export interface Cell {
  status: CellStatus;
  times: number[]; // wall seconds of the successful runs
  peaksKB: number[]; // peak RSS per successful run (KB), when measurable
  cpus?: number[]; // user + system CPU seconds per successful run, when measurable
  stats: HotpyStats[]; // one per run that produced a stats file
  reason?: string; // first line of the error, for failed / timeout
  diff?: OutputDiff;
}

export interface MachineInfo {
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  cpython: string;
  cpythonPath: string;
  pypy: string; // version or "not installed"
  hotpyCommit: string;
  memoryMethod: string;
}

export interface RunConfig {
  quick: boolean;
  runs: number;
  timeoutSeconds: number;
  /** the harness's options as given (`npm run bench -- ARGS`), for the report's first line */
  args?: string[];
}

export interface Results {
  config: RunConfig;
  machine: MachineInfo;
  benchmarks: Benchmark[];
  impls: Impl[];
  /** cells.get(benchmarkName).get(implId) */
  cells: Map<string, Map<string, Cell>>;
  notes: string[];
  /** Node's own start-up, measured beside the start-up jobs: what no VM on Node can go below */
  nodeFloor?: { label: string; times: number[]; peaksKB: number[]; cpus?: number[] }[];
}
