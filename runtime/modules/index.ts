// Built-in modules written in TypeScript: importing a module file registers it.
import "./_random.js";
import "./_struct.js";
import "./binascii.js";
import "./_bisect.js";
import "./_heapq.js";
import "./errno.js";
import "./_string.js";
import "./_weakref.js";
import "./itertools.js";
import "./_collections.js";
import "./_functools.js";
import "./_operator.js";
import "./io.js";
import "./posix.js";
import "./math.js";
import "./time.js";
