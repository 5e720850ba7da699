// The builtin exception hierarchy, and the helpers the runtime uses to raise exceptions.
import { baseExceptionType, builtinType, PyBaseException, PyObject, PyType } from "./core.js";

const exceptionTypes = new Map<string, PyType>([["BaseException", baseExceptionType]]);
baseExceptionType.alloc = (cls) => new PyBaseException(cls, []);
baseExceptionType.hasDict = true;

function exc(name: string, base: string): PyType {
  const parent = exceptionTypes.get(base);
  if (!parent) throw new Error(`exception base ${base} not defined before ${name}`);
  const t = builtinType(name, parent);
  t.solidBase = baseExceptionType;
  t.alloc = baseExceptionType.alloc;
  t.hasDict = true;
  exceptionTypes.set(name, t);
  return t;
}

// Order matters: each line names an already-defined base. Mirrors CPython 3.11's hierarchy.
const HIERARCHY: [string, string][] = [
  ["SystemExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["Exception", "BaseException"],
  ["BaseExceptionGroup", "BaseException"],
  ["ExceptionGroup", "BaseExceptionGroup"],
  ["StopIteration", "Exception"],
  ["StopAsyncIteration", "Exception"],
  ["ArithmeticError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["BufferError", "Exception"],
  ["EOFError", "Exception"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["MemoryError", "Exception"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"],
  ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"],
  ["ConnectionError", "OSError"],
  ["BrokenPipeError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"],
  ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
  ["FileExistsError", "OSError"],
  ["FileNotFoundError", "OSError"],
  ["InterruptedError", "OSError"],
  ["IsADirectoryError", "OSError"],
  ["NotADirectoryError", "OSError"],
  ["PermissionError", "OSError"],
  ["ProcessLookupError", "OSError"],
  ["TimeoutError", "OSError"],
  ["ReferenceError", "Exception"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["RecursionError", "RuntimeError"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["TabError", "IndentationError"],
  ["SystemError", "Exception"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["UnicodeTranslateError", "UnicodeError"],
  ["Warning", "Exception"],
  ["DeprecationWarning", "Warning"],
  ["PendingDeprecationWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
  ["SyntaxWarning", "Warning"],
  ["UserWarning", "Warning"],
  ["FutureWarning", "Warning"],
  ["ImportWarning", "Warning"],
  ["UnicodeWarning", "Warning"],
  ["BytesWarning", "Warning"],
  ["ResourceWarning", "Warning"],
  ["EncodingWarning", "Warning"],
];
for (const [name, base] of HIERARCHY) exc(name, base);
{
  // ExceptionGroup(BaseExceptionGroup, Exception): the one builtin exception with two bases
  const eg = exceptionTypes.get("ExceptionGroup")!;
  const beg = exceptionTypes.get("BaseExceptionGroup")!;
  const ex = exceptionTypes.get("Exception")!;
  eg.bases = [beg, ex];
  eg.mro = [eg, beg, ex, ...baseExceptionType.mro];
  ex.subclasses.push(eg);
}

/** All builtin exception types by name (for the builtins module). */
export function builtinExceptionTypes(): ReadonlyMap<string, PyType> {
  return exceptionTypes;
}

export function excType(name: string): PyType {
  const t = exceptionTypes.get(name);
  if (!t) throw new Error(`no builtin exception ${name}`);
  return t;
}

export const ExceptionType = excType("Exception");
export const TypeErrorType = excType("TypeError");
export const ValueErrorType = excType("ValueError");
export const AttributeErrorType = excType("AttributeError");
export const IndexErrorType = excType("IndexError");
export const KeyErrorType = excType("KeyError");
export const NameErrorType = excType("NameError");
export const UnboundLocalErrorType = excType("UnboundLocalError");
export const ZeroDivisionErrorType = excType("ZeroDivisionError");
export const OverflowErrorType = excType("OverflowError");
export const StopIterationType = excType("StopIteration");
export const StopAsyncIterationType = excType("StopAsyncIteration");
export const RuntimeErrorType = excType("RuntimeError");
export const RecursionErrorType = excType("RecursionError");
export const SystemErrorType = excType("SystemError");
export const SystemExitType = excType("SystemExit");
export const NotImplementedErrorType = excType("NotImplementedError");
export const ImportErrorType = excType("ImportError");
export const ModuleNotFoundErrorType = excType("ModuleNotFoundError");
export const AssertionErrorType = excType("AssertionError");
export const GeneratorExitType = excType("GeneratorExit");
export const LookupErrorType = excType("LookupError");
export const OSErrorType = excType("OSError");
export const FileNotFoundErrorType = excType("FileNotFoundError");
export const UnicodeDecodeErrorType = excType("UnicodeDecodeError");
export const UnicodeEncodeErrorType = excType("UnicodeEncodeError");
export const SyntaxErrorType = excType("SyntaxError");
export const KeyboardInterruptType = excType("KeyboardInterrupt");
export const EOFErrorType = excType("EOFError");
export const MemoryErrorType = excType("MemoryError");
export const BaseExceptionGroupType = excType("BaseExceptionGroup");
export const ExceptionGroupType = excType("ExceptionGroup");

/** A new exception instance of a builtin type with a single message argument. */
export function newException(type: PyType, ...args: PyObject[]): PyBaseException {
  return new PyBaseException(type, args);
}

export const typeError = (msg: string) => newException(TypeErrorType, msg);
export const valueError = (msg: string) => newException(ValueErrorType, msg);
export const attributeError = (msg: string) => newException(AttributeErrorType, msg);
export const indexError = (msg: string) => newException(IndexErrorType, msg);
export const keyError = (key: PyObject) => newException(KeyErrorType, key);
export const nameError = (msg: string) => newException(NameErrorType, msg);
export const zeroDivisionError = (msg: string) => newException(ZeroDivisionErrorType, msg);
export const overflowError = (msg: string) => newException(OverflowErrorType, msg);
export const runtimeError = (msg: string) => newException(RuntimeErrorType, msg);
export const systemError = (msg: string) => newException(SystemErrorType, msg);
export const notImplementedError = (msg: string) => newException(NotImplementedErrorType, msg);
export const recursionError = (msg: string) => newException(RecursionErrorType, msg);
