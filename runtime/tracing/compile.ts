// The last stage of the pipeline: a trace's entries compiled for the stack-based trace
// interpreter, or, in the `register` pipeline, for the register-based one (register-form.ts).
import type { TraceCode } from "../../generated/trace-interpreter.js";
import { compileRegisterEntries, compileRegisterLoop } from "./register-form.js";
import { compileEntries } from "./run-entries.js";
import type { TraceEntry } from "./trace.js";

export const codeForm = {
  /** the `register` stage: traces run on the register-based trace interpreter */
  register: false,
  /** the stack-based interpreter runs pairs of entries as superinstructions (spec/specialise.yaml
   *  `pairs`): in the optimising pipelines that use it (`specialise`, `js`) */
  pairs: false,
};

/** Code for entries that run from anywhere (a side trace, a fragment). */
export function compileCode(entries: readonly TraceEntry[]): TraceCode<TraceEntry> {
  return codeForm.register ? compileRegisterEntries(entries) : compileEntries(entries, codeForm.pairs);
}

/** Code for a loop trace's preamble and its peeled body (null: none). */
export function compileLoopCode(preamble: readonly TraceEntry[], body: readonly TraceEntry[] | null): [TraceCode<TraceEntry>, TraceCode<TraceEntry> | null] {
  if (codeForm.register) return compileRegisterLoop(preamble, body);
  return [compileEntries(preamble, codeForm.pairs), body === null ? null : compileEntries(body, codeForm.pairs)];
}
