# Helper module for opt_module_globals.py: functions that read this module's globals and
# builtins, called in hot loops of the main program while it rebinds them from outside.
SCALE = 2
OFFSET = 0

def scaled(x):
    return x * SCALE + OFFSET

def sized(xs):
    return len(xs)

def through(x):
    return helper(x)

def helper(x):
    return x + 1

class Unit:
    factor = 1
    def apply(self, x):
        return x * self.factor
