"""go: a tiny Monte Carlo go player. Two flat Monte Carlo players play the
opening moves of a 7x7 game; each candidate move is evaluated by random
playouts (seeded) to the end of the game with area scoring. Prints the
moves chosen and the final position."""
import sys
import random

SIZE = 7
KOMI = 7.5
EMPTY, BLACK, WHITE, EDGE = 0, 1, 2, 3
W = SIZE + 2
PASS = -1


def opponent(c):
    return 3 - c


class Board:
    def __init__(self):
        self.cells = [EDGE] * (W * W)
        for y in range(1, SIZE + 1):
            for x in range(1, SIZE + 1):
                self.cells[y * W + x] = EMPTY
        self.ko = None
        self.passes = 0
        self.moves = 0
        self.points = [y * W + x for y in range(1, SIZE + 1) for x in range(1, SIZE + 1)]

    def copy(self):
        b = Board.__new__(Board)
        b.cells = self.cells[:]
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        b.points = self.points
        return b

    def neighbours(self, p):
        return (p - 1, p + 1, p - W, p + W)

    def group(self, p):
        """Return (stones, liberty count) of the group at p."""
        cells = self.cells
        colour = cells[p]
        stones = [p]
        seen = {p}
        libs = set()
        i = 0
        while i < len(stones):
            q = stones[i]
            i += 1
            for n in (q - 1, q + 1, q - W, q + W):
                c = cells[n]
                if c == colour:
                    if n not in seen:
                        seen.add(n)
                        stones.append(n)
                elif c == EMPTY:
                    libs.add(n)
        return stones, len(libs)

    def has_liberty(self, p):
        # quick test: any empty neighbour of any stone in the group
        cells = self.cells
        colour = cells[p]
        stack = [p]
        seen = {p}
        while stack:
            q = stack.pop()
            for n in (q - 1, q + 1, q - W, q + W):
                c = cells[n]
                if c == EMPTY:
                    return True
                if c == colour and n not in seen:
                    seen.add(n)
                    stack.append(n)
        return False

    def is_eye(self, p, colour):
        cells = self.cells
        for n in (p - 1, p + 1, p - W, p + W):
            c = cells[n]
            if c != colour and c != EDGE:
                return False
        return True

    def play(self, p, colour):
        """Play colour at p; return False (and leave the board unchanged) if
        the move is illegal."""
        if p == PASS:
            self.passes += 1
            self.ko = None
            self.moves += 1
            return True
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        cells[p] = colour
        other = opponent(colour)
        captured = []
        for n in (p - 1, p + 1, p - W, p + W):
            if cells[n] == other and not self.has_liberty(n):
                stones, _ = self.group(n)
                for s in stones:
                    cells[s] = EMPTY
                captured.extend(stones)
        if not captured and not self.has_liberty(p):
            cells[p] = EMPTY
            return False
        self.ko = None
        if len(captured) == 1:
            stones, libs = self.group(p)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]
        self.passes = 0
        self.moves += 1
        return True

    def random_move(self, colour):
        cands = [p for p in self.points
                 if self.cells[p] == EMPTY and not self.is_eye(p, colour)]
        while cands:
            i = int(random.random() * len(cands))
            p = cands[i]
            if self.play(p, colour):
                return p
            cands[i] = cands[-1]
            cands.pop()
        self.play(PASS, colour)
        return PASS

    def score(self):
        """Area score from black's point of view (komi included)."""
        cells = self.cells
        black = 0
        white = 0
        for p in self.points:
            c = cells[p]
            if c == BLACK:
                black += 1
            elif c == WHITE:
                white += 1
            else:
                owner = 0
                for n in (p - 1, p + 1, p - W, p + W):
                    d = cells[n]
                    if d == BLACK or d == WHITE:
                        if owner == 0:
                            owner = d
                        elif owner != d:
                            owner = -1
                if owner == BLACK:
                    black += 1
                elif owner == WHITE:
                    white += 1
        return black - white - KOMI

    def playout(self, colour):
        limit = SIZE * SIZE * 3
        while self.passes < 2 and self.moves < limit:
            self.random_move(colour)
            colour = opponent(colour)
        return self.score()

    def render(self):
        chars = ".XO#"
        rows = []
        for y in range(1, SIZE + 1):
            rows.append(" ".join(chars[self.cells[y * W + x]] for x in range(1, SIZE + 1)))
        return rows


def name(p):
    if p == PASS:
        return "pass"
    return "ABCDEFGHJ"[p % W - 1] + str(p // W)


def choose_move(board, colour, playouts):
    cands = []
    for p in board.points:
        if board.cells[p] == EMPTY and not board.is_eye(p, colour):
            trial = board.copy()
            if trial.play(p, colour):
                cands.append(p)
    if not cands:
        return PASS
    wins = [0] * len(cands)
    tries = [0] * len(cands)
    for k in range(playouts):
        i = k % len(cands)
        b = board.copy()
        b.play(cands[i], colour)
        result = b.playout(opponent(colour))
        if (result > 0) == (colour == BLACK):
            wins[i] += 1
        tries[i] += 1
    best = 0
    best_rate = -1.0
    for i in range(len(cands)):
        rate = wins[i] / tries[i] if tries[i] else 0.0
        if rate > best_rate:
            best_rate = rate
            best = i
    return cands[best]


def main():
    playouts = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    random.seed(42)
    board = Board()
    colour = BLACK
    moves = []
    for _ in range(8):
        p = choose_move(board, colour, playouts)
        board.play(p, colour)
        moves.append(name(p))
        colour = opponent(colour)
    print("moves:", " ".join(moves))
    for row in board.render():
        print(row)
    final = board.copy()
    print("random finish score: %.1f" % final.playout(colour))


main()
