// The container types, registered at import time: slice, tuple, list, dict (and its views),
// set/frozenset and range. The VM imports this one module.
import "./slice.js";
import "./tuple.js";
import "./list.js";
import "./set.js";
import "./dict.js";
import "./range.js";
