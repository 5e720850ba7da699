# idna: internationalised domain names (IDNA 2008 + UTS 46), as HTTP clients use it.
import mod_libs
mod_libs.need(("idna", "python3-idna"))
import idna

for name in ["ドメイン.テスト", "bücher.example", "Königsgäßchen.de", "xn--mnchen-3ya.de", "例え.jp", "ÉCOLE.fr"]:
    try:
        enc = idna.encode(name, uts46=True)
        print(repr(name), enc, idna.decode(enc))
    except idna.IDNAError as e:
        print(repr(name), "error:", type(e).__name__, e)
for bad in ["a..b", "-leading.com", "xn--a.com", "\u200d.com", "a" * 64 + ".com"]:
    try:
        print(idna.encode(bad))
    except idna.IDNAError as e:
        print("rejected", repr(bad[:20]), type(e).__name__)
print("bücher".encode("idna"), b"xn--bcher-kva".decode("idna"))
print(idna.alabel("müller"), idna.ulabel(b"xn--mller-kva"))
print(idna.uts46_remap("Faß.DE", std3_rules=True, transitional=False))
print(idna.check_bidi("abc"), idna.valid_contexto("a\u00b7l", 1))
