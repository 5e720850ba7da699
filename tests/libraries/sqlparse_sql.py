# sqlparse: splitting, formatting and walking the token tree of SQL statements.
import mod_libs
mod_libs.need(("sqlparse", "python3-sqlparse"))
import sqlparse
from sqlparse import sql, tokens as T

raw = """select a.id, b.name as bname, count(*) cnt from accounts a join billing b on a.id=b.account_id
where a.created > '2024-01-01' and b.status in ('open','late') group by a.id, b.name having count(*)>1 order by cnt desc limit 10;
insert into t (x, y) values (1, 'two'); update t set y = 'three' -- trailing comment
where x = 1; CREATE TABLE foo (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL);"""
for st in sqlparse.split(raw):
    print(repr(st))
print(sqlparse.format(raw, reindent=True, keyword_case="upper", identifier_case="lower", strip_comments=True))
print(sqlparse.format("select * from x where y = 1 and z = 2", reindent_aligned=True))
stmts = sqlparse.parse(raw)
for st in stmts:
    print(st.get_type(), len(st.tokens), [t.ttype for t in st.tokens[:3]])
first = stmts[0]
for tok in first.tokens:
    if isinstance(tok, sql.IdentifierList):
        print("columns:", [(i.get_real_name(), i.get_alias(), i.get_parent_name()) for i in tok.get_identifiers()])
    if isinstance(tok, sql.Where):
        print("where:", tok.value)
    if isinstance(tok, sql.Identifier):
        print("identifier:", tok.value, tok.get_real_name(), tok.get_alias())
print([t.value for t in first.flatten() if t.ttype in T.Keyword][:8])
print([(str(t.ttype), t.value) for t in sqlparse.parse("SELECT 1.5e3, :p, $1, \"q\" FROM [x]")[0].flatten() if not t.is_whitespace])
print(sqlparse.format("SELECT 'it''s'", keyword_case="lower"), sqlparse.format("select 1 -- c\n", strip_comments=True))
