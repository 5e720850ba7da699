// _ast: the AST node classes. ast.parse (compile() with PyCF_ONLY_AST) gets its tree from
// CPython's parser, rebuilt from these classes (runtime/interp/code-loader.ts parseToAst);
// compiling an AST object back to code is not supported.
// NODES was produced from CPython 3.11's own `_ast` module (class, base, _fields, _attributes).
import {
  builtinType,
  None,
  objectType,
  PyInstance,
  PyObject,
  PyTuple,
  PyType,
} from "../objects/core.js";
import { method } from "../objects/define.js";
import { typeError } from "../objects/exceptions.js";
import { getAttrMaybe, setAttr, typeOf } from "../objects/protocol.js";
import { registerBuiltinModule } from "../interp/imports.js";

const NODES: [string, string | null, string[], string[]][] = [
  ["AST", null, [], []],
  ["operator", "AST", [], []],
  ["Add", "operator", [], []],
  ["boolop", "AST", [], []],
  ["And", "boolop", [], []],
  ["stmt", "AST", [], ["lineno", "col_offset", "end_lineno", "end_col_offset"]],
  [
    "AnnAssign",
    "stmt",
    ["target", "annotation", "value", "simple"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Assert",
    "stmt",
    ["test", "msg"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Assign",
    "stmt",
    ["targets", "value", "type_comment"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "AsyncFor",
    "stmt",
    ["target", "iter", "body", "orelse", "type_comment"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "AsyncFunctionDef",
    "stmt",
    ["name", "args", "body", "decorator_list", "returns", "type_comment"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "AsyncWith",
    "stmt",
    ["items", "body", "type_comment"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["expr", "AST", [], ["lineno", "col_offset", "end_lineno", "end_col_offset"]],
  [
    "Attribute",
    "expr",
    ["value", "attr", "ctx"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "AugAssign",
    "stmt",
    ["target", "op", "value"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Await",
    "expr",
    ["value"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "BinOp",
    "expr",
    ["left", "op", "right"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["BitAnd", "operator", [], []],
  ["BitOr", "operator", [], []],
  ["BitXor", "operator", [], []],
  [
    "BoolOp",
    "expr",
    ["op", "values"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Break",
    "stmt",
    [],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Call",
    "expr",
    ["func", "args", "keywords"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "ClassDef",
    "stmt",
    ["name", "bases", "keywords", "body", "decorator_list"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Compare",
    "expr",
    ["left", "ops", "comparators"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Constant",
    "expr",
    ["value", "kind"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Continue",
    "stmt",
    [],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["expr_context", "AST", [], []],
  ["Del", "expr_context", [], []],
  [
    "Delete",
    "stmt",
    ["targets"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Dict",
    "expr",
    ["keys", "values"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "DictComp",
    "expr",
    ["key", "value", "generators"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["Div", "operator", [], []],
  ["cmpop", "AST", [], []],
  ["Eq", "cmpop", [], []],
  [
    "excepthandler",
    "AST",
    [],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "ExceptHandler",
    "excepthandler",
    ["type", "name", "body"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Expr",
    "stmt",
    ["value"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["mod", "AST", [], []],
  ["Expression", "mod", ["body"], []],
  ["FloorDiv", "operator", [], []],
  [
    "For",
    "stmt",
    ["target", "iter", "body", "orelse", "type_comment"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "FormattedValue",
    "expr",
    ["value", "conversion", "format_spec"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "FunctionDef",
    "stmt",
    ["name", "args", "body", "decorator_list", "returns", "type_comment"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["FunctionType", "mod", ["argtypes", "returns"], []],
  [
    "GeneratorExp",
    "expr",
    ["elt", "generators"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Global",
    "stmt",
    ["names"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["Gt", "cmpop", [], []],
  ["GtE", "cmpop", [], []],
  [
    "If",
    "stmt",
    ["test", "body", "orelse"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "IfExp",
    "expr",
    ["test", "body", "orelse"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Import",
    "stmt",
    ["names"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "ImportFrom",
    "stmt",
    ["module", "names", "level"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["In", "cmpop", [], []],
  ["Interactive", "mod", ["body"], []],
  ["unaryop", "AST", [], []],
  ["Invert", "unaryop", [], []],
  ["Is", "cmpop", [], []],
  ["IsNot", "cmpop", [], []],
  [
    "JoinedStr",
    "expr",
    ["values"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["LShift", "operator", [], []],
  [
    "Lambda",
    "expr",
    ["args", "body"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "List",
    "expr",
    ["elts", "ctx"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "ListComp",
    "expr",
    ["elt", "generators"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["Load", "expr_context", [], []],
  ["Lt", "cmpop", [], []],
  ["LtE", "cmpop", [], []],
  ["MatMult", "operator", [], []],
  [
    "Match",
    "stmt",
    ["subject", "cases"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "pattern",
    "AST",
    [],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "MatchAs",
    "pattern",
    ["pattern", "name"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "MatchClass",
    "pattern",
    ["cls", "patterns", "kwd_attrs", "kwd_patterns"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "MatchMapping",
    "pattern",
    ["keys", "patterns", "rest"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "MatchOr",
    "pattern",
    ["patterns"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "MatchSequence",
    "pattern",
    ["patterns"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "MatchSingleton",
    "pattern",
    ["value"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "MatchStar",
    "pattern",
    ["name"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "MatchValue",
    "pattern",
    ["value"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["Mod", "operator", [], []],
  ["Module", "mod", ["body", "type_ignores"], []],
  ["Mult", "operator", [], []],
  [
    "Name",
    "expr",
    ["id", "ctx"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "NamedExpr",
    "expr",
    ["target", "value"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Nonlocal",
    "stmt",
    ["names"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["Not", "unaryop", [], []],
  ["NotEq", "cmpop", [], []],
  ["NotIn", "cmpop", [], []],
  ["Or", "boolop", [], []],
  [
    "Pass",
    "stmt",
    [],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["Pow", "operator", [], []],
  ["RShift", "operator", [], []],
  [
    "Raise",
    "stmt",
    ["exc", "cause"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Return",
    "stmt",
    ["value"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Set",
    "expr",
    ["elts"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "SetComp",
    "expr",
    ["elt", "generators"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Slice",
    "expr",
    ["lower", "upper", "step"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Starred",
    "expr",
    ["value", "ctx"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["Store", "expr_context", [], []],
  ["Sub", "operator", [], []],
  [
    "Subscript",
    "expr",
    ["value", "slice", "ctx"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Try",
    "stmt",
    ["body", "handlers", "orelse", "finalbody"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "TryStar",
    "stmt",
    ["body", "handlers", "orelse", "finalbody"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Tuple",
    "expr",
    ["elts", "ctx"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["type_ignore", "AST", [], []],
  ["TypeIgnore", "type_ignore", ["lineno", "tag"], []],
  ["UAdd", "unaryop", [], []],
  ["USub", "unaryop", [], []],
  [
    "UnaryOp",
    "expr",
    ["op", "operand"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "While",
    "stmt",
    ["test", "body", "orelse"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "With",
    "stmt",
    ["items", "body", "type_comment"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "Yield",
    "expr",
    ["value"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "YieldFrom",
    "expr",
    ["value"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "alias",
    "AST",
    ["name", "asname"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "arg",
    "AST",
    ["arg", "annotation", "type_comment"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  [
    "arguments",
    "AST",
    [
      "posonlyargs",
      "args",
      "vararg",
      "kwonlyargs",
      "kw_defaults",
      "kwarg",
      "defaults",
    ],
    [],
  ],
  ["comprehension", "AST", ["target", "iter", "ifs", "is_async"], []],
  [
    "keyword",
    "AST",
    ["arg", "value"],
    ["lineno", "col_offset", "end_lineno", "end_col_offset"],
  ],
  ["match_case", "AST", ["pattern", "guard", "body"], []],
  ["withitem", "AST", ["context_expr", "optional_vars"], []],
];

const types = new Map<string, PyType>();
for (const [name, base, fields, attributes] of NODES) {
  const t = builtinType(name, base === null ? objectType : types.get(base)!);
  t.dict.map.set("__module__", "ast");
  t.dict.map.set("_fields", new PyTuple(fields));
  // class patterns match a node's fields positionally (`case ast.Expr(value):`, as traceback.py's
  // caret anchors do): CPython gives every node class __match_args__ = _fields
  t.dict.map.set("__match_args__", new PyTuple(fields));
  t.dict.map.set("_attributes", new PyTuple(attributes));
  t.hasDict = true;
  t.isBuiltin = false; // ast.py adds attributes to these classes (Constant.n, …), as to heap types
  t.alloc = (cls) => new PyInstance(cls);
  types.set(name, t);
}
// Optional fields and attributes (`?` in the ASDL) default to None on the class, as in CPython
// (ast.dump leaves such None fields out). From CPython 3.11's `_ast`.
const OPTIONAL: [string, string[]][] = [
  ["AnnAssign", ["value"]], ["Assert", ["msg"]], ["Assign", ["type_comment"]], ["AsyncFor", ["type_comment"]],
  ["AsyncFunctionDef", ["returns", "type_comment"]], ["AsyncWith", ["type_comment"]], ["Constant", ["kind"]],
  ["ExceptHandler", ["type", "name"]], ["For", ["type_comment"]], ["FormattedValue", ["format_spec"]],
  ["FunctionDef", ["returns", "type_comment"]], ["ImportFrom", ["module", "level"]], ["MatchAs", ["pattern", "name"]],
  ["MatchMapping", ["rest"]], ["MatchStar", ["name"]], ["Raise", ["exc", "cause"]], ["Return", ["value"]],
  ["Slice", ["lower", "upper", "step"]], ["With", ["type_comment"]], ["Yield", ["value"]],
  ["alias", ["asname", "end_lineno", "end_col_offset"]], ["arg", ["annotation", "type_comment", "end_lineno", "end_col_offset"]],
  ["arguments", ["vararg", "kwarg"]], ["excepthandler", ["end_lineno", "end_col_offset"]], ["expr", ["end_lineno", "end_col_offset"]],
  ["keyword", ["arg", "end_lineno", "end_col_offset"]], ["match_case", ["guard"]], ["stmt", ["end_lineno", "end_col_offset"]],
  ["withitem", ["optional_vars"]],
];
for (const [name, fields] of OPTIONAL) for (const f of fields) types.get(name)!.dict.map.set(f, None);
const astType = types.get("AST")!;
method(astType, "__init__", (self, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  const fields = getAttrMaybe(typeOf(self), "_fields");
  const names = fields instanceof PyTuple ? (fields.items as string[]) : [];
  if (npos > names.length)
    throw typeError(
      `${typeOf(self).name} constructor takes at most ${names.length} positional argument${names.length === 1 ? "" : "s"}`,
    );
  for (let i = 0; i < npos; i++) setAttr(self, names[i], args[i]);
  for (let k = 0; k < nkw; k++) setAttr(self, kwnames![k], args[npos + k]);
  return None;
});

registerBuiltinModule("_ast", (m) => {
  for (const [name, t] of types) m.dict.map.set(name, t);
  m.dict.map.set("PyCF_ONLY_AST", 1024);
  m.dict.map.set("PyCF_TYPE_COMMENTS", 4096);
  m.dict.map.set("PyCF_ALLOW_TOP_LEVEL_AWAIT", 8192);
});
void (None as PyObject);
