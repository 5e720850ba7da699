# pycparser: parse a C file (preprocessed), walk its AST with a visitor, and regenerate C.
import mod_libs
mod_libs.need(("pycparser", "python3-pycparser"), ("ply", "python3-ply"))
from pycparser import c_parser, c_ast, c_generator

SOURCE = r"""
typedef unsigned long size_t;
typedef struct node { int key; struct node *left, *right; } node_t;
enum color { RED, GREEN = 5, BLUE };
static const char *names[] = { "red", "green", "blue" };
extern int printf(const char *fmt, ...);
node_t *insert(node_t *root, node_t *n) {
    if (!root) return n;
    if (n->key < root->key) root->left = insert(root->left, n);
    else root->right = insert(root->right, n);
    return root;
}
int depth(const node_t *t) {
    int l, r;
    if (t == 0) return 0;
    l = depth(t->left); r = depth(t->right);
    return 1 + (l > r ? l : r);
}
unsigned hash(const char *s) {
    unsigned h = 5381u;
    while (*s) h = ((h << 5) + h) ^ (unsigned char)*s++;
    return h;
}
int main(int argc, char **argv) {
    double avg = 0.0; int i, total = 0;
    for (i = 0; i < argc; i++) { total += (int)hash(argv[i]) % 7; }
    switch (total) { case 0: avg = 1.5e3; break; default: avg = total / (double)argc; }
    do { total--; } while (total > 0 && sizeof(node_t) > 4);
    printf("%d %f\n", total, avg);
    return total ? -1 : 0;
}
"""


class Counter(c_ast.NodeVisitor):
    def __init__(self):
        self.funcs, self.calls, self.kinds = [], [], {}

    def generic_visit(self, node):
        self.kinds[type(node).__name__] = self.kinds.get(type(node).__name__, 0) + 1
        super().generic_visit(node)

    def visit_FuncDef(self, node):
        self.funcs.append((node.decl.name, node.coord.line))
        self.generic_visit(node)

    def visit_FuncCall(self, node):
        self.calls.append(node.name.name)
        self.generic_visit(node)


parser = c_parser.CParser()
ast = parser.parse(SOURCE, filename="<demo>")
v = Counter()
v.visit(ast)
print(v.funcs)
print(v.calls)
print(sorted(v.kinds.items()))
gen = c_generator.CGenerator()
out = gen.visit(ast)
print(out)
again = parser.parse(out)
print(gen.visit(again) == out, len(ast.ext))
ast.ext[1].show(attrnames=True, nodenames=True, showcoord=True)
for bad in ["int x = ;", "struct { int a } s;"]:
    try:
        parser.parse(bad, filename="bad.c")
    except c_parser.ParseError as e:
        print("ParseError:", e)
