// Checks the base interpreter's superinstructions (spec/fat-ops.yaml `superinstructions`) before
// anything is emitted. Each pairs two fat ops that the dispatch loop runs inline (`hot`) and
// that no family specialises (a family's case dispatches on the quickened opcode at its own
// instruction, which a superinstruction replaces). The first op must go on to the next
// instruction whatever happens (no jump, call, return or yield: the second always runs after it
// unless it raises) and must not need frame.lasti stored before it runs (its case would store
// the pair's instruction, not its own); the second op runs as its own case does.
import { Spec, SpecError } from "./model.js";
import { mayLeave, needsLasti } from "./fat-props.js";

export function validateSuperinstructions(spec: Spec): void {
  const taken = new Set([...spec.version.opcodes.map((o) => o.name), ...[...spec.families.values()].flatMap((f) => f.forms.map((form) => form.name))]);
  for (const s of spec.superinstructions) {
    if (taken.has(s.name)) throw new SpecError(s.pos, `superinstruction ${s.name}: the name is already an opcode or a form`);
    for (const name of [s.first, s.second]) {
      const fat = spec.fat.get(name);
      if (!fat) throw new SpecError(s.pos, `superinstruction ${s.name}: '${name}' is not a fat op defined in ops`);
      if (spec.hot !== null && !spec.hot.has(name)) throw new SpecError(s.pos, `superinstruction ${s.name}: '${name}' is not in hot (only ops the dispatch loop runs inline can be paired)`);
      if (spec.families.has(name)) throw new SpecError(s.pos, `superinstruction ${s.name}: '${name}' has a specialised family (its case dispatches on its own quickened instruction)`);
    }
    const first = spec.fat.get(s.first)!;
    if (mayLeave(spec, first.steps)) throw new SpecError(s.pos, `superinstruction ${s.name}: its first op ${s.first} may leave the instruction other than to the next one (a jump, call, return or yield)`);
    if (needsLasti(spec, first.steps)) throw new SpecError(s.pos, `superinstruction ${s.name}: its first op ${s.first} needs frame.lasti while it runs (it may run Python code or name the frame)`);
  }
}
