// _thread: the VM runs one thread, so locks never block; enough for threading-aware stdlib
// code (functools, reprlib, logging…) to import and run single-threaded.
import { builtinType, None, objectType, PyInstance, PyObject, PyTuple } from "../objects/core.js";
import { builtinFunction, methods } from "../objects/define.js";
import { newException, excType, runtimeError } from "../objects/exceptions.js";
import { registerBuiltinModule } from "../interp/imports.js";

const lockType = builtinType("lock", objectType);
lockType.dict.map.set("__module__", "_thread");
const rlockType = builtinType("RLock", objectType);
rlockType.dict.map.set("__module__", "_thread");

/** threading.local: with one thread, an object with a __dict__ */
const localType = builtinType("_local", objectType);
localType.dict.map.set("__module__", "_thread");
localType.hasDict = true;
localType.alloc = (cls) => new PyInstance(cls);

class Lock extends PyInstance {
  count = 0;
}
lockType.alloc = (cls) => new Lock(cls);
rlockType.alloc = (cls) => new Lock(cls);

function lockMethods(reentrant: boolean) {
  return {
    acquire: (self: PyObject, args: PyObject[]) => {
      const l = self as Lock;
      if (l.count > 0 && !reentrant) {
        const blocking = args.length === 0 || args[0] !== false;
        if (blocking) throw newException(excType("RuntimeError"), "deadlock: acquiring a lock this single thread already holds");
        return false;
      }
      l.count++;
      return true;
    },
    release: (self: PyObject) => {
      const l = self as Lock;
      if (l.count === 0) throw runtimeError(reentrant ? "cannot release un-acquired lock" : "release unlocked lock");
      l.count--;
      return None;
    },
    locked: (self: PyObject) => (self as Lock).count > 0,
    __enter__: (self: PyObject) => {
      (self as Lock).count++;
      return true;
    },
    __exit__: (self: PyObject) => {
      (self as Lock).count--;
      return None;
    },
    _is_owned: (self: PyObject) => (self as Lock).count > 0,
  };
}
methods(lockType, { ...lockMethods(false), acquire_lock: lockMethods(false).acquire, release_lock: lockMethods(false).release });
methods(rlockType, lockMethods(true));

registerBuiltinModule("_thread", (m) => {
  const d = m.dict.map;
  d.set("LockType", lockType);
  d.set("RLock", rlockType);
  d.set("allocate_lock", builtinFunction("allocate_lock", () => new Lock(lockType)));
  d.set("allocate", builtinFunction("allocate", () => new Lock(lockType)));
  d.set("get_ident", builtinFunction("get_ident", () => 1));
  d.set("get_native_id", builtinFunction("get_native_id", () => process.pid));
  d.set("_count", builtinFunction("_count", () => 0));
  d.set("TIMEOUT_MAX", 4294967.0);
  d.set("error", excType("RuntimeError"));
  d.set("_local", localType);
  d.set("stack_size", builtinFunction("stack_size", () => 0));
  d.set("start_new_thread", builtinFunction("start_new_thread", () => {
    throw newException(excType("RuntimeError"), "threads are not supported by this VM");
  }));
  // a thread's "state lock" (threading's _tstate_lock, which threading acquires at once)
  d.set("_set_sentinel", builtinFunction("_set_sentinel", () => new Lock(lockType)));
  d.set("interrupt_main", builtinFunction("interrupt_main", () => {
    throw newException(excType("KeyboardInterrupt"));
  }));
  // no _excepthook/_ExceptHookArgs: threading then defines its own in Python
});
