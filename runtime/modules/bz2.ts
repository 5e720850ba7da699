// _bz2: the classes `bz2` imports, so libraries that import bz2 among their optional file formats
// (networkx, …) load. The VM has no bzip2 codec: making a compressor or decompressor raises
// NotImplementedError saying so.
import { builtinType, objectType, PyInstance } from "../objects/core.js";
import { method, setNew } from "../objects/define.js";
import { excType, newException } from "../objects/exceptions.js";
import { registerBuiltinModule } from "../interp/imports.js";

const classes = ["BZ2Compressor", "BZ2Decompressor"].map((name) => {
  const t = builtinType(name, objectType);
  t.dict.map.set("__module__", "_bz2");
  t.alloc = (cls) => new PyInstance(cls);
  setNew(t, () => {
    throw newException(excType("NotImplementedError"), `_bz2.${name}: bzip2 (de)compression is not supported by this VM`);
  });
  method(t, "__init__", () => {
    throw newException(excType("NotImplementedError"), `_bz2.${name}: bzip2 (de)compression is not supported by this VM`);
  });
  return t;
});
registerBuiltinModule("_bz2", (m) => {
  for (const t of classes) m.dict.map.set(t.name, t);
});
