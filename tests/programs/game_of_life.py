# Conway's Game of Life on a small toroidal grid, with pattern detection.

def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}

def step(live, h, w):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def render(live, h, w):
    return ["".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h)]

H, W = 8, 10
glider = parse([".#.", "..#", "###"])
state = glider
for gen in range(5):
    print(f"generation {gen} ({len(state)} alive)")
    for line in render(state, H, W):
        print("  " + line)
    state = step(state, H, W)

def shifted(a, b):
    if len(a) != len(b):
        return None
    ar, ac = min(a)
    br, bc = min(b)
    dr, dc = br - ar, bc - ac
    return (dr, dc) if {(r + dr, c + dc) for r, c in a} == b else None

s = glider
for gen in range(1, 5):
    s = step(s, 20, 20)
print("glider after 4 generations shifted by", shifted(glider, s))

blinker = parse(["...", "###", "..."])
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print("blinker period 2:", b2 == blinker, b1 != blinker, sorted(b1))
block = parse(["##", "##"])
print("block still life:", step(block, 6, 6) == block)

def run_until_repeat(live, h, w, limit=200):
    seen = {}
    for gen in range(limit):
        key = tuple(sorted(live))
        if key in seen:
            return seen[key], gen - seen[key]
        seen[key] = gen
        live = step(live, h, w)
    return None

rpent = parse([".##", "##.", ".#."])
print("r-pentomino on 12x12 torus:", run_until_repeat(rpent, 12, 12))
print("blinker cycle:", run_until_repeat(blinker, 5, 5), "empty:", run_until_repeat(set(), 3, 3))
history = []
state = parse(["#.#", ".#.", "#.#"])
for _ in range(6):
    history.append(len(state))
    state = step(state, 9, 9)
print("populations:", history)
