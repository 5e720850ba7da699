// Execution counters every tier adds to; `--stats` and `--stats-json` report them.
export const counters = {
  /** fat instructions executed by the base interpreter */
  baseInstructions: 0,
  /** instructions executed in traces: thin ops, a superinstruction (a pair of them) counting one */
  traceInstructions: 0,
  /** thin ops run as the second half of a superinstruction (spec/specialise.yaml `pairs`):
   *  traceInstructions + this = the trace entries run */
  pairedSeconds: 0,
};
