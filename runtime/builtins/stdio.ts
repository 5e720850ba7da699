// sys.stdin / sys.stdout / sys.stderr: text streams over the process's file descriptors.
// stdout is buffered (as CPython's is when not a terminal) and flushed at exit, on flush(),
// and before anything is written to stderr so the two stay in order on a terminal.
import { readSync, writeSync } from "node:fs";
import { builtinType, None, objectType, PyObject, PyInstance, PyType } from "../objects/core.js";
import { getter, methods } from "../objects/define.js";
import { typeError, valueError } from "../objects/exceptions.js";
import { typeOf } from "../objects/protocol.js";

export const textIOType: PyType = builtinType("TextIOWrapper", objectType);
textIOType.dict.map.set("__module__", "_io");

export class StdStream extends PyInstance {
  buffer = "";
  closed = false;
  constructor(readonly fd: number, readonly name: string, readonly buffered: boolean) {
    super(textIOType);
  }
  write(s: string): void {
    if (this.fd === 2) stdout.flush();
    if (!this.buffered) {
      writeAll(this.fd, s);
      return;
    }
    this.buffer += s;
    if (this.buffer.length > 1 << 16) this.flush();
  }
  flush(): void {
    if (this.buffer.length === 0) return;
    const b = this.buffer;
    this.buffer = "";
    writeAll(this.fd, b);
  }
}

function writeAll(fd: number, s: string): void {
  const data = Buffer.from(s, "utf8");
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off, data.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
      throw e;
    }
  }
}

export const stdout = new StdStream(1, "<stdout>", true);
export const stderr = new StdStream(2, "<stderr>", false);
export const stdin = new StdStream(0, "<stdin>", false);

let stdinBuffer = Buffer.alloc(0);
let stdinEof = false;
/** One line from standard input, with its newline ("" at end of file). */
export function readLine(): string {
  for (;;) {
    const nl = stdinBuffer.indexOf(10);
    if (nl >= 0) {
      const line = stdinBuffer.subarray(0, nl + 1).toString("utf8");
      stdinBuffer = stdinBuffer.subarray(nl + 1);
      return line;
    }
    if (stdinEof) {
      const rest = stdinBuffer.toString("utf8");
      stdinBuffer = Buffer.alloc(0);
      return rest;
    }
    const chunk = Buffer.alloc(65536);
    let n = 0;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EOF") n = 0;
      else throw e;
    }
    if (n === 0) stdinEof = true;
    else stdinBuffer = Buffer.concat([stdinBuffer, chunk.subarray(0, n)]);
  }
}

function stream(self: PyObject): StdStream {
  if (!(self instanceof StdStream)) throw typeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeOf(self).name}'`);
  return self;
}

methods(textIOType, {
  write: (self, args) => {
    const s = args[0];
    if (typeof s !== "string") throw typeError(`write() argument must be str, not ${typeOf(s).name}`);
    const st = stream(self);
    if (st.closed) throw valueError("I/O operation on closed file.");
    st.write(s);
    return s.length;
  },
  flush: (self) => {
    stream(self).flush();
    return None;
  },
  readline: (self) => {
    if (stream(self).fd !== 0) throw valueError("not readable");
    return readLine();
  },
  read: (self) => {
    if (stream(self).fd !== 0) throw valueError("not readable");
    let out = "";
    for (;;) {
      const l = readLine();
      if (l === "") return out;
      out += l;
    }
  },
  fileno: (self) => stream(self).fd,
  isatty: () => false,
  writable: (self) => stream(self).fd !== 0,
  readable: (self) => stream(self).fd === 0,
  close: (self) => {
    stream(self).flush();
    stream(self).closed = true;
    return None;
  },
  __repr__: (self) => `<_io.TextIOWrapper name='${stream(self).name}' mode='${stream(self).fd === 0 ? "r" : "w"}' encoding='utf-8'>`,
  __enter__: (self) => self,
  __exit__: () => None,
});
getter(textIOType, "encoding", () => "utf-8");
getter(textIOType, "name", (s) => stream(s).name);
getter(textIOType, "closed", (s) => stream(s).closed);
