// The hotpy command line.
import { DEFAULT_PIPELINE, PIPELINES, Pipeline, runMain } from "../vm.js";
import { type SiteOptions, defaultSiteOptions } from "../interp/site-path.js";

const HELP = `hotpy — a Python 3.11 virtual machine (HotPy tracing design, generated from specs)

usage:
  hotpy run [options] FILE.py [ARGS...]   run a Python program (compiled by CPython 3.11)
  hotpy run [options] -m MODULE [ARGS...] run a module found on sys.path as __main__ (as python -m)
  hotpy run [options] -c COMMAND [ARGS...] run the program text COMMAND (as python -c)
  hotpy --list-pipelines                  print the pipeline stages this build supports
  hotpy --help                            this text
  hotpy --version                         version information

options for run:
  --pipeline STAGE    execution pipeline: ${PIPELINES.join(", ")} (default: ${DEFAULT_PIPELINE})
                      base = the generated base interpreter only, no tracing
                      thin = hot loops recorded and run as traces of thin ops (unoptimised)
                      specialise = thin, with each trace type-specialised (guards proven
                        by the types known dropped, cheaper ops, cached global and
                        attribute lookups, the loop body peeled off the first iteration)
                      register = specialise, with each trace run by the register-based
                        trace interpreter (operands read in place, not pushed)
                      js = specialise, with each trace that runs often compiled to a
                        JavaScript function (floats unboxed, locals in variables)
  --hot N             back-edges before a loop is traced (default 10)
  --trace-cache-size N  most traces kept; the least used are evicted (default 1000)
  --trace-cache-ops N   most thin ops kept over all traces (default 500000)
  --dump-traces DIR   write every trace recorded as readable text into DIR, one file
                      per optimiser stage (NNNN-func-offset.thin.txt, .specialise.txt;
                      .register.txt, NNNN-js-func.js in those stages)
  --trace-report FILE write one self-contained HTML page to FILE at exit: the program's
                      source with hot loops marked, each trace at every stage side by
                      side (thin ops under their fat op and source line), how often each
                      guard's exit was taken, side traces linked from their exits, and
                      each trace's share of instructions and time
  --op-profile FILE   write to FILE at exit how often each kind of trace entry ran in the
                      trace interpreters, and each adjacent pair (the superinstructions,
                      pairs in spec/specialise.yaml, are chosen from these)
  --stats             print execution statistics to stderr at exit
  -S, --no-site       leave the host CPython's site directories (site-packages,
                      dist-packages, the user site) off sys.path, as python3.11 -S
  -s                  leave the user site directory off sys.path, as python3.11 -s
  -E                  ignore PYTHONPATH and PYTHONNOUSERSITE, as python3.11 -E
  --stats-json FILE   write the same statistics as JSON to FILE (the specialised
                      forms' hits only with --stats too: counting them costs time)

environment:
  HOTPY_PYTHON        the CPython 3.11 used to compile source (default: python3.11 on PATH)
  HOTPY_DEBUG=1       show JavaScript stack traces of internal errors
  HOTPY_CACHE_DIR     where compiled code and the V8 code cache are kept (default
                      $TMPDIR/hotpy-cache-<uid>; may be deleted at any time)
  HOTPY_BUNDLE=0      load the VM's modules one by one instead of the bundle
  PYTHONPATH          folders put on sys.path before the standard library, as with python3.11

sys.path is the program's folder, PYTHONPATH, the host CPython's standard library, then its
site directories (the user site when it exists, site-packages or Debian's dist-packages) and
the folders their .pth files name (.pth lines that run code are not run).

The program sees sys.argv = [FILE, ARGS...]; the exit status is the program's, as with CPython.
`;

function fail(msg: string): never {
  process.stderr.write(`hotpy: ${msg}\nTry 'hotpy --help'.\n`);
  process.exit(2);
}

export function main(argv: string[]): number {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    process.stdout.write(HELP);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === "--version") {
    process.stdout.write("hotpy 0.1.0 (Python 3.11 bytecode)\n");
    return 0;
  }
  if (argv[0] === "--list-pipelines") {
    process.stdout.write(PIPELINES.join("\n") + "\n");
    return 0;
  }
  if (argv[0] !== "run") fail(`unknown command '${argv[0]}'`);
  let pipeline: Pipeline = DEFAULT_PIPELINE;
  let stats = false;
  let statsJson: string | null = null;
  let hot: number | undefined;
  let traceCacheSize: number | undefined;
  let traceCacheOps: number | undefined;
  let dumpTraces: string | null = null;
  let traceReport: string | null = null;
  let opProfile: string | null = null;
  const site: SiteOptions = { ...defaultSiteOptions };
  const count = (name: string, v: string, min: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) fail(`${name} needs a whole number >= ${min}, not '${v}'`);
    return n;
  };
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-S") {
      site.noSite = true;
      continue;
    }
    if (a === "-s") {
      site.noUserSite = true;
      continue;
    }
    if (a === "-E") {
      site.ignoreEnvironment = true;
      continue;
    }
    if (!a.startsWith("--")) break;
    const [name, inline] = a.split("=", 2);
    const value = () => (inline !== undefined ? inline : argv[++i] ?? fail(`${name} needs a value`));
    switch (name) {
      case "--pipeline": {
        const v = value();
        if (!(PIPELINES as readonly string[]).includes(v)) fail(`unknown pipeline '${v}' (available: ${PIPELINES.join(", ")})`);
        pipeline = v as Pipeline;
        break;
      }
      case "--stats":
        stats = true;
        break;
      case "--no-site":
        site.noSite = true;
        break;
      case "--hot":
        hot = count(name, value(), 1);
        break;
      case "--trace-cache-size":
        traceCacheSize = count(name, value(), 1);
        break;
      case "--trace-cache-ops":
        traceCacheOps = count(name, value(), 1);
        break;
      case "--dump-traces":
        dumpTraces = value();
        break;
      case "--trace-report":
        traceReport = value();
        break;
      case "--op-profile":
        opProfile = value();
        break;
      case "--stats-json":
        statsJson = value();
        break;
      case "--help":
        process.stdout.write(HELP);
        return 0;
      case "--":
        i++;
        break;
      default:
        fail(`unknown option '${name}'`);
    }
    if (name === "--") break;
  }
  const common = { pipeline, programName: "hotpy", stats, statsJson, hot, traceCacheSize, traceCacheOps, dumpTraces, traceReport, opProfile, site };
  // -c CMD: the program is CMD, compiled as '<string>', with sys.argv[0] '-c' (as python -c)
  if (argv[i] === "-c") {
    const source = argv[i + 1];
    if (source === undefined) fail("-c needs a command");
    return runMain({ ...common, file: "<string>", source, argv0: "-c", args: argv.slice(i + 2) });
  }
  const module = argv[i] === "-m";
  if (module) {
    i++;
    if (argv[i] === undefined) fail("-m needs a module name");
  }
  const file = argv[i];
  if (file === undefined) fail("run needs a FILE.py");
  return runMain({ ...common, file, module, args: argv.slice(i + 1) });
}
