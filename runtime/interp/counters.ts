// Execution counters every tier adds to; `--stats` and `--stats-json` report them.
export const counters = {
  /** fat instructions executed by the base interpreter */
  baseInstructions: 0,
  /** thin ops executed in traces */
  traceInstructions: 0,
};
