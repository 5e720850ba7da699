# six: the Python 2/3 compatibility helpers as libraries use them.
import mod_libs
mod_libs.need(("six", "python3-six"))
import six
from six.moves import range as srange, map as smap, urllib, configparser, queue
from six.moves.urllib.parse import urlencode, quote

print(six.PY2, six.PY3, six.string_types, six.integer_types, six.text_type, six.binary_type)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)


@six.add_metaclass(Meta)
class Widget(object):
    pass


class Gadget(six.with_metaclass(Meta, object)):
    def __init__(self, n):
        self.n = n


print(Widget.tag, type(Widget).__name__, Gadget.tag, Gadget(3).n, type(Gadget).__name__)
print(list(srange(3)), list(smap(str, [1, 2])))
print(urlencode([("q", "a b"), ("x", "1")]), quote("/a b/ü"))
print(urllib.parse.urlsplit("http://example.com:8080/p?q=1#f"))
d = {"b": 2, "a": 1}
print(sorted(six.iteritems(d)), sorted(six.iterkeys(d)), sorted(six.itervalues(d)))
print(six.b("bytes"), six.u("text"), six.ensure_str(b"abc"), six.ensure_binary("\u00e9"), six.ensure_text(b"\xc3\xa9"))
print(six.int2byte(65), six.byte2int(b"A"), six.indexbytes(b"abc", 1), list(six.iterbytes(b"hi")))
s = six.StringIO()
s.write(u"hello")
print(s.getvalue(), six.BytesIO(b"x").read())
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        six.raise_from(KeyError("outer"), e)
except KeyError as e:
    print("raise_from", repr(e), repr(e.__cause__))
try:
    six.reraise(TypeError, TypeError("again"), None)
except TypeError as e:
    print("reraise", e)


class P(object):
    def __init__(self):
        self.v = 5

    def get(self):
        return self.v


m = P().get
print(six.get_method_function(m).__name__, six.get_method_self(m).v, six.get_function_code(P.get).co_name)
print(six.callable(len), six.next(iter([9])), six.advance_iterator(iter("z")))


@six.python_2_unicode_compatible
class Named(object):
    def __str__(self):
        return u"named"


print(str(Named()))
cp = configparser.ConfigParser()
cp.read_string(u"[s]\nk = v\n")
print(cp.get("s", "k"))
q = queue.Queue()
q.put(1)
print(q.get())
print(six.moves.reduce(lambda a, b: a * b, [1, 2, 3, 4]), list(six.moves.zip_longest([1], [2, 3])))
print(sorted(k for k in dir(six.moves) if k in ("builtins", "cPickle", "http_client", "reprlib")))
assert_ = six.assertCountEqual
print(six.wraps(len)(lambda x: 0).__name__)
