// The specialised families' part of generated/base-interpreter.ts (spec/fat-ops.yaml
// `families`): per family a cache class, a specialise function (each form's `when` in order;
// the first that holds quickens the instruction), and the prelude of the generic op's case,
// which runs the form the instruction was quickened to — guard, then body — and on a miss, or
// for the generic op itself, counts down to the next specialisation. A form reads its inputs
// without popping them, so `$deopt()` (or a failed guard) leaves the stack as the generic op
// expects it.
import { expandMacros, Lowerer, MacroSet } from "./lower.js";
import { Family, Form, Spec, StackItem } from "./model.js";

/** The test that `oparg` is one the form fits, or null when it fits any. */
function opargTest(form: Form): string | null {
  return form.opargs === null ? null : form.opargs.map((n) => `oparg === ${n}`).join(" || ");
}

export interface FamilyCode {
  /** the class of the family's per-instruction cache entry */
  cacheClass: string;
  /** the module-level specialise function */
  specialise: string;
  /** the module-level function running the forms (out of `execute`, whose size V8 pays for
   *  in compile time and in deoptimisations each time a new path is first taken) */
  run: string;
  /** statements at the head of the generic op's case, without counting the inline forms' hits
   *  and counting them (--stats: generated/base-interpreter.ts executeCountingHits) */
  prelude: string;
  preludeCounting: string;
}

export const cacheClassName = (fam: Family) => `Cache_${fam.name}`;

function sizeSum(items: StackItem[]): string {
  const fixed = items.filter((i) => i.size === null).length;
  const parts = items.filter((i) => i.size !== null).map((i) => `(${i.size})`);
  return [...(fixed ? [String(fixed)] : []), ...parts].join(" + ") || "0";
}

function offsets(items: StackItem[]): string[] {
  const out: string[] = [];
  let fixed = 0;
  const parts: string[] = [];
  for (const it of items) {
    out.push([...(fixed ? [String(fixed)] : []), ...parts].join(" + ") || "0");
    if (it.size === null) fixed++;
    else parts.push(`(${it.size})`);
  }
  return out;
}

/** Declarations of a form's inputs, read (not popped) from the stack below `sp`. An array
 *  input is not copied: `name` is the stack itself and `name_at` the index of its first item. */
function peekInputs(form: Form): string[] {
  const { inputs } = form.stack;
  const out = [`const base = sp - (${sizeSum(inputs)});`];
  const offs = offsets(inputs);
  inputs.forEach((it, i) => {
    const at = `base + ${offs[i]}`;
    if (it.size === null) out.push(`const ${it.name} = stack[${at}] as ${it.type};`);
    else out.push(`const ${it.name} = stack as readonly ${it.type}[];`, `const ${it.name}_at = ${at};`);
  });
  return out;
}

/** A form's case: guard, body and outputs. `miss` is the label a failed guard or `$deopt()`
 *  breaks to; `done(newSp)` the statements that finish a hit (the stack depth after it given). */
function formCase(spec: Spec, fam: Family, form: Form, miss: string, done: (newSp: string) => string[], countHit = true): string {
  const hit = countHit ? [`formHits[${form.number}]++;`] : [];
  const inputs = new Set(form.stack.inputs.map((i) => i.name));
  // a family without cache entries reads none
  const cache = fam.cache.length > 0 ? [`const cache = code.caches![lasti] as ${cacheClassName(fam)};`] : [];
  const lines = [`case ${form.number}: { // ${form.name}`, ...cache, ...peekInputs(form)];
  lines.push(`if (!(${form.guard.text.trim()})) break ${miss};`);
  if (Array.isArray(form.body)) {
    // thin ops, lowered as a fat op's: they pop the inputs and push the outputs themselves
    if (cache.length > 0) lines.push(`void cache;`);
    lines.push(`{`, new Lowerer(spec, OUT_OF_LINE_MACROS, `form_${fam.name}`).lower(form.body), `}`);
    lines.push(...hit, ...done("sp"), `}`);
    return lines.join("\n");
  }
  for (const o of form.stack.outputs) if (!inputs.has(o.name)) lines.push(o.size === null ? `let ${o.name}: ${o.type};` : `let ${o.name}: readonly ${o.type}[];`);
  const text = (form.body as { text: string }).text.trim().replace(/\$deopt\(\)/g, `break ${miss}`);
  lines.push(LEAVES.test(text) ? expandMacros(text, inlineFormMacros(fam, form, hit), miss) : text);
  const offs = offsets(form.stack.outputs);
  form.stack.outputs.forEach((o, i) => {
    const at = `base + ${offs[i]}`;
    lines.push(o.size === null ? `stack[${at}] = ${o.name};` : `for (let _i = 0; _i < (${o.size}); _i++) stack[${at} + _i] = ${o.name}[_i];`);
  });
  lines.push(...hit, ...done(`base + ${sizeSum(form.stack.outputs)}`), `}`);
  return lines.join("\n");
}

// Thin ops in a form run outside `execute`: they may not leave the instruction (the validator
// rejects such a body, validate-families.ts).
const noControl = (what: string) => () => {
  throw new Error(`a form's thin ops cannot ${what}`);
};
const OUT_OF_LINE_MACROS: MacroSet = { jump: noControl("jump"), return: noControl("return"), yield: noControl("yield"), suspend: noControl("suspend"), call: noControl("call a Python function in place") };

/** `$call(` in a form's body, and `$call(` or `$jump(` (validate-families.ts allows them in
 *  inline forms only). */
export const CALLS = /\$call\(/;
export const LEAVES = /\$(call|jump)\(/;

/**
 * The macros of an inline form's body, which runs in `execute` (the hit counted first, each
 * being the form's last act):
 * - `$call(callee, out)`: the callee runs in `execute`'s loop as the generic op's does
 *   (BASE_MACROS.call): the stack is left as the form's outputs before `out` (its last output;
 *   those before it are inputs left in place, validate-families.ts), and what the callee
 *   returns is pushed as `out`. The instruction's lasti is stored for the callee's traceback.
 * - `$jump(target)`: the form's inputs popped, the next instruction `target` (an exhausted
 *   iterator ends FOR_ITER's loop).
 */
const inlineFormMacros = (fam: Family, form: Form, hit: string[]): MacroSet => ({
  ...OUT_OF_LINE_MACROS,
  call: (callee, out) => {
    const at = form.stack.outputs.findIndex((o) => o.name === out);
    if (at < 0) throw new Error(`form ${form.name}: $call's output '${out}' is not one of its outputs`);
    return `{ ${hit.join(" ")} frame.lasti = lasti; frame.ip = ip; frame.sp = base + ${offsets(form.stack.outputs)[at]}; entering = ${callee}; continue run; }`;
  },
  jump: (target) => `{ ${hit.join(" ")} sp = base; ip = ${target}; break op_${fam.name}; }`,
});

export function emitFamily(spec: Spec, fam: Family, generic: number): FamilyCode {
  const cls = cacheClassName(fam);
  const cacheClass = [`/** the cache entry of an instruction of the ${fam.name} family */`, `class ${cls} {`, ...fam.cache.map((e) => `  ${e.name}!: ${e.type};`), `}`].join("\n");
  const tries = fam.forms.map((form) =>
    [
      opargTest(form) === null ? `{ // ${form.name}` : `if (${opargTest(form)}) { // ${form.name}`,
      ...peekInputs(form),
      `const cache = new ${cls}();`,
      `let cond = false as boolean;`,
      form.when.text.trim(),
      `if (cond) {`,
      `formSpecialised[${form.number}]++;`,
      `adaptive.quicken(code, lasti, ${form.number}, cache);`,
      `return;`,
      `}`,
      `}`,
    ].join("\n"),
  );
  const specialise = [
    `/** At a ${fam.name} whose counter reached zero: quicken it to the first form whose \`when\` holds, or back off. */`,
    `function specialise_${fam.name}(frame: Frame, code: PyCode, lasti: number, oparg: number, stack: Slot[], sp: number): void {`,
    `const locals = frame.localsplus;`,
    `// what the instruction was specialised to before, if ever (a site's history)`,
    `const prev = code.caches?.[lasti] as ${cls} | undefined;`,
    `void locals, prev;`,
    ...tries,
    `familyFailed[${generic}]++;`,
    `adaptive.backOff(code, lasti);`,
    `}`,
  ].join("\n");
  const run = [
    `/** The form of ${fam.name} instruction \`lasti\` was quickened to: the new stack depth, or -1 when its guard fails. */`,
    `function run_${fam.name}(q: number, frame: Frame, code: PyCode, lasti: number, oparg: number, stack: Slot[], sp: number): number {`,
    `const locals = frame.localsplus;`,
    `void locals;`,
    `miss: switch (q) {`,
    // an inline form comes here only when its guard failed in \`execute\`
    ...fam.forms.map((f) => (f.inline ? `case ${f.number}: // ${f.name}\nbreak miss;` : formCase(spec, fam, f, "miss", (newSp) => [`return ${newSp};`]))),
    `}`,
    // a miss is counted here, not in \`execute\`: code there that runs only when a form misses
    // would have no type feedback when V8 compiled \`execute\`, and V8 would throw the compiled
    // \`execute\` away at the first miss after that (seen in the jinja2 job's LOAD_METHOD)
    `formMisses[q]++;`,
    `return -1;`,
    `}`,
  ].join("\n");
  // inline forms: a switch of their own on the quickened opcode inside the generic op's case of
  // \`execute\`; a miss goes on to run_…, which counts it, and the generic op
  const inline = fam.forms.filter((f) => f.inline);
  const label = `forms_${fam.name}`;
  const inlineSwitch = (countHits: boolean) =>
    inline.length === 0
      ? []
      : [`${label}: switch (q) {`, ...inline.map((f) => formCase(spec, fam, f, label, (newSp) => [...(newSp === "sp" ? [] : [`sp = ${newSp};`]), `break op_${fam.name};`], countHits)), `}`];
  // (the dispatch switched on the quickened opcode, in \`word\`; frame.lasti is stored after the
  // inline forms, which run no Python code: when one raises, the exception handler stores it,
  // STORES_LASTI being 0 for them)
  const prelude = (countHits: boolean) => [
    `const q = word & 255;`,
    `if (q !== ${generic}) {`,
    ...inlineSwitch(countHits),
    `frame.lasti = lasti;`,
    `const r = run_${fam.name}(q, frame, code, lasti, oparg, stack, sp);`,
    `if (r >= 0) {`,
    `sp = r;`,
    `break op_${fam.name};`,
    `}`,
    `} else frame.lasti = lasti;`,
    `const w = warm[lasti];`,
    `if (w < adaptive.COUNTER_ONE) specialise_${fam.name}(frame, code, lasti, oparg, stack, sp);`,
    `else warm[lasti] = w - adaptive.COUNTER_ONE;`,
  ].join("\n");
  return { cacheClass, specialise, run, prelude: prelude(false), preludeCounting: prelude(true) };
}
