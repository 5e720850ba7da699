# Regression test: at commit cb5cc54 a failed LOAD_GLOBAL_CACHED guard resumed its frame at offset 0
# (the escaping LOAD_GLOBAL entry carried no continuation), restarting the function.
# A global read in a hot loop (LOAD_GLOBAL) is rebound while the loop's trace runs, so the
# trace's cached read of it fails its check on the next iteration and must finish the
# LOAD_GLOBAL there (look the name up afresh) and go on with the same iteration. Each case is
# written so that resuming anywhere else shows: the loop's function restarting from its top
# loses the running sum and the log, an inlined function restarting repeats its side effect.
K = 1
log = []

def run():
    s = 0
    for i in range(60):
        s += K
        if i == 30 and not log:
            log.append("rebound")
            rebind(2)
    return s

def rebind(v):
    global K
    K = v

print("loop", run(), log)

# an inlined call with a side effect before its global read
seen = []
SCALE = 1

def tick(i):
    seen.append(i)
    return i * SCALE

def drive():
    t = 0
    for i in range(80):
        t += tick(i)
        if i == 40:
            rebind_scale(3)
    return t

def rebind_scale(v):
    global SCALE
    SCALE = v

print("inlined", drive(), len(seen), seen[39:44])

# a builtin replaced through the builtins module while a function's loop reads it
import builtins
orig = builtins.abs
def absorb():
    out = []
    for i in range(50):
        out.append(abs(-i))
        if i == 20 and builtins.abs is orig:
            builtins.abs = lambda v: 0
    return out
r = absorb()
builtins.abs = orig
print("builtin", sum(r), len(r), r[19:23])
