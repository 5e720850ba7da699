# ast.parse and ast.literal_eval: CPython's parser builds the tree, the VM rebuilds it from _ast's
# node classes (ast.dump, walk, unparse, get_docstring, positions).
import ast
print(ast.literal_eval("{'a': [1, 2.5, -3j, (None, True)], 'b': b'x', 'c': {1, 2}}"), ast.literal_eval("'3.12'"))
tree = ast.parse("def f(x, *a, k=1):\n    return x + 1  # c\nclass C(B): pass\n")
print(ast.dump(tree, include_attributes=False))
print(ast.dump(ast.parse("a[1:2] = -b if c else d", mode="exec").body[0], include_attributes=True)[:300])
print([type(n).__name__ for n in ast.walk(ast.parse("x = [i for i in y if i]"))])
print(ast.unparse(ast.parse("async def g():\n  await x; yield y\n")))
print(ast.get_docstring(ast.parse('"""doc"""\nx=1')), type(ast.parse("1+2", mode="eval").body.op).__name__)
for bad in ["1 +", "__import__('os')", "x"]:
    try:
        print(ast.literal_eval(bad))
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
n = ast.parse("x = 1").body[0]
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset, type(n.targets[0].ctx).__name__)

# class patterns match nodes by their fields in order (__match_args__ is _fields)
print(ast.Expr.__match_args__, ast.BinOp.__match_args__, ast.AST.__match_args__, ast.Load.__match_args__)
match ast.parse("a * (b + 1)").body[0]:
    case ast.Expr(ast.BinOp(ast.Name(left), ast.Mult(), ast.BinOp(_, ast.Add(), ast.Constant(c)))):
        print("matched", left, c)
    case _:
        print("no match")
