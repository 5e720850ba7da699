# A traffic-light state machine with enum and match-free dispatch.
from enum import Enum, auto

class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

TRANSITIONS = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}
DURATION = {Light.RED: 4, Light.GREEN: 3, Light.YELLOW: 1}

def simulate(ticks):
    state, left = Light.RED, DURATION[Light.RED]
    out = []
    for t in range(ticks):
        out.append(state.name[0])
        left -= 1
        if left == 0:
            state = TRANSITIONS[state]
            left = DURATION[state]
    return "".join(out)
print(simulate(20))
print(sorted(Light, key=lambda l: DURATION[l]), Light.RED < Light.GREEN if False else "no ordering")
try:
    Light.RED < Light.GREEN
except TypeError as e:
    print("TypeError:", e)
print(Light.RED.name, Light.RED.value, Light(2), Light["YELLOW"].value)
counts = {}
for ch in simulate(40):
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(hash(Light.RED) == hash(Light.RED), Light.RED in TRANSITIONS, str(Light.GREEN), repr(Light.YELLOW))
