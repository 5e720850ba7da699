/**
 * Errors raised by the pure text/number formatting helpers in runtime/text.
 *
 * The helpers never construct Python exception objects themselves; they throw
 * a TextError carrying the Python exception type name and CPython's exact
 * message, and the VM converts it into the corresponding Python exception.
 */

export type TextErrorType = "ValueError" | "TypeError" | "OverflowError" | "ZeroDivisionError";

export class TextError extends Error {
  constructor(
    public readonly pyType: TextErrorType,
    message: string,
  ) {
    super(message);
    this.name = "TextError";
  }
}

export function valueError(message: string): TextError {
  return new TextError("ValueError", message);
}

export function typeError(message: string): TextError {
  return new TextError("TypeError", message);
}

export function overflowError(message: string): TextError {
  return new TextError("OverflowError", message);
}
