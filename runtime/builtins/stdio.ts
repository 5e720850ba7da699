// sys.stdin / sys.stdout / sys.stderr: _io.TextIOWrapper objects over the process's file
// descriptors (see runtime/modules/io.ts). stdout is block-buffered (line-buffered on a
// terminal, as CPython's is) and flushed at exit, on flush(), and before anything is written to
// stderr so the two stay in order on a terminal; flushing stdout also writes out files the
// program left unclosed. stderr writes through.
import { stdStream, TextIOObj, TextIOWrapperType } from "../modules/io.js";

export const textIOType = TextIOWrapperType;

export const stdout: TextIOObj = stdStream(1, "<stdout>", true, "surrogateescape");
stdout.flushesAll = true;
export const stderr: TextIOObj = stdStream(2, "<stderr>", true, "backslashreplace");
stderr.writeThrough = true;
stderr.beforeWrite = () => {
  try {
    stdout.flushPending();
    stdout.stream().flushOut();
  } catch {
    /* stdout closed or detached */
  }
};
export const stdin: TextIOObj = stdStream(0, "<stdin>", false, "surrogateescape");

/** One line from standard input, with its newline ("" at end of file). */
export function readLine(): string {
  return stdin.readLine(-1);
}
