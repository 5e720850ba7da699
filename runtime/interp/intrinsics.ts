// Native builtins a specialised trace may run directly (the fn_* kinds of spec/specialise.yaml):
// each is registered under one name where its module builds it, so the specialiser recognises a
// callee by identity, never by its (writable) __name__ or __module__.
const names = new WeakMap<object, string>();

export function registerIntrinsic(fn: object, name: string): void {
  names.set(fn, name);
}

/** The name a native builtin was registered under, or undefined for any other value. */
export function intrinsicOf(v: unknown): string | undefined {
  return typeof v === "object" && v !== null ? names.get(v) : undefined;
}
