# str.encode/bytes.decode reach the codecs of Lib/encodings through the registry: punycode, idna,
# the charmap codecs (cp1252, koi8_r, iso8859_3, mac_roman) and their error handlers.
print("bücher".encode("punycode"), b"bcher-kva".decode("punycode"), "bücher.de".encode("idna"))
print("€ŠŽ".encode("cp1252"), b"\x80\x8a".decode("cp1252"), "Привет".encode("koi8_r").decode("koi8-r"))
print(b"\x81".decode("cp1252", "replace"), "\u4e00".encode("cp1252", "xmlcharrefreplace"), "\u4e00x".encode("cp1252", "ignore"))
for bad in [lambda: b"\x81".decode("cp1252"), lambda: "\u4e00".encode("cp1252"), lambda: "x".encode("hex"), lambda: "x".encode("nope")]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
import codecs
print(codecs.encode(b"hi", "hex"), codecs.decode("68", "hex") if False else codecs.encode("abc", "rot13"))
print("ĉu".encode("iso8859_3"), "x".encode("utf-16-le") if False else "", "mac_roman", "é".encode("mac_roman"))
