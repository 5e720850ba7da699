// How `npm test` (vitest run --dir tests) spreads its work over the machine.
//
// Two test files run at once (vitest's default on a 2-core machine is one: cpus - 1), and the
// corpus files, which run longest, start first: the program corpus and the library corpus each
// keep two VM runs going in their batch runners (tests/tools/batch-pool.ts), the other files
// mostly wait on one child process at a time, so with one file at a time a core sat idle through
// every unit test file and the CPython modules. Started first, the long files are not left
// running alone at the end.
import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** The files that take longest, in the order they start (paths relative to the repository). */
const LONGEST_FIRST = ["tests/programs.test.ts", "tests/libraries.test.ts", "tests/cpython.test.ts"];

function rank(spec: TestSpecification): number {
  const path = spec.moduleId.replace(/\\/g, "/");
  const i = LONGEST_FIRST.findIndex((f) => path.endsWith(`/${f}`));
  return i < 0 ? LONGEST_FIRST.length : i;
}

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Array.prototype.sort is stable: the others keep vitest's order (unknown/larger first)
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // a test that runs the whole generator (generate() over spec/) takes about 5 s alone and
    // longer beside the corpus files: vitest's 5 s default failed such tests on a busy machine
    testTimeout: 60_000,
    sequence: { sequencer: LongestFirst },
  },
});
