// How the VM meets its host when it is embedded through the API (runtime/api/): the standard
// streams go to the embedding thread instead of the process's descriptors 0/1/2, and a sandbox
// policy says what Python code may reach of the host. Both are null under the CLI, where the VM
// is the process and uses the host as CPython would. Set by runtime/api/worker.ts before the VM's
// modules are loaded (the standard streams are made at load time).
import { realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** Standard streams served by the embedder. */
export interface HostStdio {
  /** Hands bytes written to descriptor 1 or 2 to the embedder, as they are written. */
  write(fd: 1 | 2, data: Uint8Array): void;
  /** Reads standard input into buf[off…off+len); 0 at end of input. Blocks the VM's thread. */
  read(buf: Uint8Array, off: number, len: number): number;
}

/** What Python code may reach of the host (everything else raises PermissionError). */
export interface SandboxPolicy {
  /** folders (and files) Python may read, canonical absolute paths; the stdlib is added */
  read: string[];
  /** folders (and files) Python may read and write, canonical absolute paths */
  write: string[];
  /** the environment os.environ starts from (the host's own is never visible) */
  env: Record<string, string>;
  /** os.system and subprocess may start processes */
  spawn: boolean;
  /** sockets may be made (hotpy has no network support either way: granting this only turns
   *  PermissionError into the OSError an unsandboxed VM raises) */
  network: boolean;
}

/** How the VM's code was loaded (runtime/bin/hotpy.js says so), for --stats. */
export interface StartupInfo {
  /** the CLI bundle (true) or dist/'s modules one by one (false) */
  bundle: boolean;
  /** V8's code cache of the bundle: none yet (made at exit), accepted, or rejected by V8 */
  codeCache: "none" | "accepted" | "rejected";
  /** ms from the process's start to the VM's code being loaded and ready to run */
  loadedAtMs: number;
}

export const host: {
  stdio: HostStdio | null;
  sandbox: SandboxPolicy | null;
  /** Ends the VM (not the embedding process) as a signal's default action would. */
  endBySignal: ((signum: number) => never) | null;
  startup: StartupInfo | null;
} = { stdio: null, sandbox: null, endBySignal: null, startup: null };

/** The path with symbolic links resolved as far as it exists, absolute. */
export function canonicalPath(p: string): string {
  let abs = resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(abs), ...rest);
    } catch {
      const parent = dirname(abs);
      if (parent === abs) return join(abs, ...rest);
      rest.unshift(basename(abs));
      abs = parent;
    }
  }
}
