# pyexpat directly (handlers, positions, errors, buffer_text) and through xml.etree, xml.dom.minidom, plistlib
import xml.parsers.expat as E
p = E.ParserCreate()
def s(n, a): print('start', n, a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
def e(n): print('end', n, p.CurrentLineNumber, p.CurrentColumnNumber)
def c(d): print('data', repr(d))
p.StartElementHandler=s; p.EndElementHandler=e; p.CharacterDataHandler=c
p.Parse('<a x="1" y="&amp;2">é\n<b/>t&lt;u<![CDATA[x<y]]>\n  </a>', True)
for bad in ['<a><b></a>', '<a>', '<a></a><b/>', '<a>&foo;</a>', '<a b=1/>', '<a>\n<b x="1" x="2"/></a>', '', '<a><!-- x -- y --></a>', '<a>&#0;</a>', 'text', '<?xml version="1.0"?>\n<a/>junk', '<a:b/>']:
    p = E.ParserCreate(namespace_separator='}') if ':' in bad else E.ParserCreate()
    try:
        p.Parse(bad, True); print('ok', bad)
    except E.ExpatError as ex:
        print(repr(bad), '->', ex, ex.code, ex.lineno, ex.offset, E.ErrorString(ex.code))
for doc in ['<a>éé<b/></a>', '<a>𝄞<b/></a>', '<a>\r\n<b/>\r<c/></a>', '<a x="a\tb\nc\r\nd"/>', '<a>x\r\ny</a>']:
  p = E.ParserCreate()
  p.StartElementHandler = lambda n, a: print(n, a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
  p.CharacterDataHandler = lambda d: print('data', repr(d))
  p.Parse(doc, True)
p = E.ParserCreate(); p.buffer_text = True
p.CharacterDataHandler = lambda d: print('buffered', repr(d))
p.Parse('<a>x\ny&amp;z<![CDATA[q]]>w<!--c-->v</a>', True)
import xml.etree.ElementTree as ET
root = ET.fromstring('<?xml version="1.0" encoding="UTF-8"?>\n<!-- top -->\n<library xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <book id="1" lang="en"><dc:title>Dune</dc:title><year>1965</year></book>\n  <book id="2"><dc:title>Neuromancer &amp; more</dc:title><year>1984</year></book>\n</library>')
print(root.tag, len(root), [b.get("id") for b in root], root[0][0].tag, root[1][0].text)
print([y.text for y in root.iter("year")])
print(ET.tostring(root, encoding="unicode")[:120])
for ev, el in ET.iterparse(__import__("io").BytesIO(b"<r><i n='1'/><i n='2'>x</i></r>"), events=("start", "end")):
    print(ev, el.tag, el.attrib)
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as err:
    print("ParseError:", err, err.position)
from xml.dom import minidom
doc = minidom.parseString("<root><item k='v'>text</item><item/></root>")
print(doc.documentElement.tagName, [n.getAttribute("k") for n in doc.getElementsByTagName("item")])
print(doc.toprettyxml(indent="  "))
import plistlib
data = plistlib.dumps({"name": "x", "n": [1, 2.5, True], "d": {"k": b"bytes"}})
print(plistlib.loads(data))
