# A tokenizer, recursive-descent parser, and evaluator for a tiny expression language.

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isalnum() or c in "._":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] in "._"):
                j += 1
            text = src[i:j]
            if c.isdigit() or c == ".":
                tokens.append(("num", float(text) if "." in text else int(text)))
            else:
                tokens.append(("name", text))
            i = j
        elif src.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif c in "+-*/%()=,":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    tokens.append(("end", None))
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self): return self.tokens[self.pos]
    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok
    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.pos + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            node = (self.take()[1], node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            node = (self.take()[1], node, self.unary())
        return node
    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("neg", self.unary())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return ("**", base, self.unary())
        return base
    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return ("num", value)
        if kind == "name":
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            node = self.expr()
            self.take("op", ")")
            return node
        raise SyntaxError(f"unexpected {value!r}")

FUNCS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}
BINOPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
          "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}

def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"undefined variable {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call":
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    return BINOPS[kind](evaluate(node[1], env), evaluate(node[2], env))

env = {}
program = ["x = 3", "y = x * (2 + 4) - 1", "y ** 2 % 7", "-2 ** 2", "z = max(x, y, 10) / 4",
           "abs(-z) + sq(3)", "1 / 0", "2 +", "w + 1", "3 $ 4", "1.5 * 4", "(1 + 2) * -(3 - 5)"]
for line in program:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<22} => {evaluate(tree, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<22} !! {type(e).__name__}: {e}")
print(env)
print(Parser(tokenize("a = 1 + 2 * b")).statement())
