// _pickle.PickleBuffer (PEP 574): a wrapper around a buffer exporter that protocol 5 pickles
// in band (bytes or bytearray data) or out of band (through buffer_callback), as CPython 3.11's
// Objects/picklebufobject.c. It exports the wrapped object's memory (read-only or writable as
// that object is); raw() is a flat 'B' memoryview of it; release() lets it go.
import { None, PyObject, PyType } from "../objects/core.js";
import { methods, setNew } from "../objects/define.js";
import { excType, newException, typeError, valueError } from "../objects/exceptions.js";
import { PyMemoryView, bufferOf, newMemoryView } from "../objects/bytes.js";
import { callMethod, typeOf } from "../objects/protocol.js";
import { moduleType } from "./functional-util.js";

export const pickleBufferType = moduleType("PickleBuffer", "pickle", { final: true, doc: "Wrapper for potentially out-of-band buffers" });

/** A PickleBuffer over read-only memory. */
export class PickleBufferObj {
  cls: PyType = pickleBufferType;
  constructor(public view: PyMemoryView | null) {}
  live(): PyMemoryView {
    if (this.view === null) throw valueError("operation forbidden on released PickleBuffer object");
    return this.view;
  }
  bufferBytes(): Uint8Array {
    return this.live().bufferBytes();
  }
  /** memoryview(pb) views the wrapped object's memory (bytes.ts newMemoryView). */
  forwardedView(): PyMemoryView {
    return this.live();
  }
  get readonly(): boolean {
    return this.live().readonly;
  }
  get contiguous(): boolean {
    const v = this.live();
    return v.step === v.itemsize || v.count <= 1;
  }
}
/** A PickleBuffer over writable memory. */
class WritablePickleBufferObj extends PickleBufferObj {
  writableBufferBytes(): Uint8Array | undefined {
    return this.live().writableBufferBytes();
  }
}

setNew(pickleBufferType, (_cls, args, kw) => {
  if (kw !== null && kw.length > 0) throw typeError("PickleBuffer() takes no keyword arguments");
  if (args.length !== 1) throw typeError(`PickleBuffer() takes exactly 1 argument (${args.length} given)`);
  const obj = args[0];
  if (bufferOf(obj) === undefined) throw typeError(`a bytes-like object is required, not '${typeOf(obj).name}'`);
  const view = newMemoryView(obj);
  return view.readonly ? new PickleBufferObj(view) : new WritablePickleBufferObj(view);
});

function asPB(x: PyObject): PickleBufferObj {
  if (x instanceof PickleBufferObj) return x;
  throw typeError(`descriptor requires a 'pickle.PickleBuffer' object but received a '${typeOf(x).name}'`);
}

methods(pickleBufferType, {
  raw: (self) => {
    const pb = asPB(self);
    const v = pb.live();
    if (!pb.contiguous) throw newException(excType("BufferError"), "cannot extract raw buffer from non-contiguous buffer");
    const m = v.derive(v.start, v.step, v.count);
    return m.format === "B" ? m : callMethod(m, "cast", ["B"]);
  },
  release: (self) => {
    const pb = asPB(self);
    pb.view = null;
    return None;
  },
});
