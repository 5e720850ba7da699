# XML: latin-1 bytes with a DOCTYPE entity, default namespaces, XMLPullParser fed in 5-byte chunks, raw expat handlers, error positions, xmlrpc
import io
import xml.etree.ElementTree as ET
import xml.parsers.expat as E
doc = b'<?xml version="1.0" encoding="iso-8859-1"?>\n<!DOCTYPE note [\n<!ENTITY who "World">\n<!ELEMENT note (#PCDATA)>\n]>\n<note xmlns="urn:x" xmlns:p="urn:p" p:a="1">Hello &who; \xe9t\xe9<p:sub/><?proc do it?><!--c--></note>'
root = ET.fromstring(doc)
print(root.tag, root.attrib, repr(root.text), [c.tag for c in root])
pp = ET.XMLPullParser(events=("start", "end", "start-ns", "end-ns", "comment", "pi"))
src = b"<r xmlns:q='urn:q'><q:i>1</q:i><!-- note --><?pi x?><i>22</i></r>"
for i in range(0, len(src), 5):
    pp.feed(src[i:i+5])
    for ev, el in pp.read_events():
        print(ev, el if ev in ("start-ns", "end-ns") else (getattr(el, "tag", el) if ev not in ("comment", "pi") else el.text), getattr(el, "text", None) if ev == "end" else "")
pp.close()
p = E.ParserCreate(namespace_separator=" ")
p.ordered_attributes = True
p.StartElementHandler = lambda n, a: print("start", n, a)
p.EndElementHandler = lambda n: print("end", n)
p.StartNamespaceDeclHandler = lambda pre, uri: print("ns", pre, uri)
p.EndNamespaceDeclHandler = lambda pre: print("endns", pre)
p.CommentHandler = lambda t: print("comment", repr(t))
p.ProcessingInstructionHandler = lambda t, d: print("pi", t, repr(d))
p.XmlDeclHandler = lambda v, e, s: print("decl", v, e, s)
p.StartDoctypeDeclHandler = lambda *a: print("doctype", a)
p.StartCdataSectionHandler = lambda: print("cdata>")
p.EndCdataSectionHandler = lambda: print("<cdata")
p.CharacterDataHandler = lambda d: print("data", repr(d))
for chunk in ['<?xml version="1.0" standalone="yes"?><!DOCTYPE a SYSTEM "a.dtd"><a xmlns="urn:a" xmlns:b="urn:b" b:x="1" y="2">', 'te', 'xt<![CDATA[ raw <> ]]><b:c/><!-- hi --><?go now ?>', '</a>']:
    p.Parse(chunk, False)
p.Parse("", True)
for bad in ['<a>\n  <b>\n</a>', '<a x="1>', '<a><![CDATA[x</a>', '<a><!-- x', '<a b="<"/>', '<a>]]></a>', '<a/><!-- ok -->  \n<b/>', '<a xmlns:p=""/>', '<1a/>', '<a></b>']:
    try:
        ET.fromstring(bad)
        print("ok", repr(bad))
    except ET.ParseError as err:
        print(repr(bad), err.code, err.position, err)
import xmlrpc.client as X
s = X.dumps((1, "two", [3.5, True], {"k": None}), allow_none=True)
print(X.loads(s))
