// _posixsubprocess: what `import subprocess` needs on POSIX. This VM starts no processes, so
// fork_exec raises OSError(ENOSYS) naming what is missing; subprocess imports, and tests that
// spawn an interpreter fail (or skip, where they check) as on a platform without fork.
import { excType, newException } from "../objects/exceptions.js";
import { registerBuiltinModule } from "../interp/imports.js";
import { defFunction } from "./small-util.js";

const ENOSYS = 38;

registerBuiltinModule("_posixsubprocess", (m) => {
  defFunction(m, "fork_exec", () => {
    throw newException(excType("OSError"), ENOSYS, "_posixsubprocess.fork_exec: this VM cannot start processes");
  });
});
