// Native builtins a specialised trace may run directly (the fn_* kinds of spec/specialise.yaml):
// each is registered under one name where its module builds it, so the specialiser recognises a
// callee by identity, never by its (writable) __name__ or __module__.
const names = new WeakMap<object, string>();
/** what a specialised op runs in a family's place (a math function's core on a double) */
const cores = new WeakMap<object, unknown>();

export function registerIntrinsic(fn: object, name: string, core?: unknown): void {
  names.set(fn, name);
  if (core !== undefined) cores.set(fn, core);
}

/** The core a native builtin was registered with (registerIntrinsic), or undefined. */
export function intrinsicCore(v: object): unknown {
  return cores.get(v);
}

/** The name a native builtin was registered under, or undefined for any other value. */
export function intrinsicOf(v: unknown): string | undefined {
  return typeof v === "object" && v !== null ? names.get(v) : undefined;
}
