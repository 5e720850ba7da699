# _pickle's Pickler and Unpickler subclassed and configured as pickle's users do: persistent ids,
# dispatch tables, reducer_override, find_class restrictions, memo, fast mode, several pickles
# in one file, file objects with and without peek/readinto, copyreg extension codes.
import pickle
import io
import copyreg
import collections


class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload
        self.pid = "Record:" + key

    def __repr__(self):
        return f"Record({self.key!r}, {self.payload!r})"


DB = {"r1": Record("r1", [1, 2]), "r2": Record("r2", "two")}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return obj.pid
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid.split(":")
        if kind != "Record":
            raise pickle.UnpicklingError("unsupported persistent object")
        return DB[key]


for proto in range(6):
    f = io.BytesIO()
    DBPickler(f, proto).dump([DB["r1"], DB["r2"], DB["r1"], "tail"])
    data = f.getvalue()
    back = DBUnpickler(io.BytesIO(data)).load()
    print(proto, data, back, back[0] is DB["r1"])

# persistent ids set as attributes, and read back
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.persistent_id = lambda obj: "X" if obj == 42 else None
p.dump([41, 42, 43])
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: ("loaded", pid)
print(f.getvalue(), u.load())
# protocol 0 persistent ids are text lines
f = io.BytesIO()
p = pickle.Pickler(f, 0)
p.persistent_id = lambda obj: "pid%d" % obj if isinstance(obj, int) and obj > 100 else None
p.dump([1, 101])
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: pid.upper()
print(f.getvalue(), u.load())
try:
    p.persistent_id = 3
except TypeError as e:
    print("TypeError", e)
try:
    del p.persistent_id
except TypeError as e:
    print("TypeError", e)
print(callable(p.persistent_id))
q = pickle.Pickler(io.BytesIO())
try:
    q.persistent_id
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(pickle.Unpickler(io.BytesIO()), "persistent_load"))


# dispatch_table: per instance, per class, and copyreg's
class Celsius:
    def __init__(self, deg):
        self.deg = deg


def reduce_celsius(c):
    return (Celsius, (c.deg * 10,))


for proto in (0, 2, 4):
    f = io.BytesIO()
    p = pickle.Pickler(f, proto)
    p.dispatch_table = {Celsius: reduce_celsius}
    p.dump(Celsius(3))
    print(proto, f.getvalue(), pickle.loads(f.getvalue()).deg)


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Celsius] = lambda c: (Celsius, (-c.deg,))


f = io.BytesIO()
TablePickler(f, 2).dump([Celsius(5), complex(1, 2)])
print(f.getvalue(), pickle.loads(f.getvalue())[0].deg)
copyreg.pickle(Celsius, lambda c: (Celsius, (c.deg + 0.5,)))
print(pickle.loads(pickle.dumps(Celsius(1), 2)).deg)
del copyreg.dispatch_table[Celsius]
print(pickle.loads(pickle.dumps(Celsius(1), 2)).deg)
dt = collections.ChainMap({}, {Celsius: reduce_celsius})
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = dt
p.dump(Celsius(2))
print(pickle.loads(f.getvalue()).deg)


# reducer_override: sees everything but atoms and containers handled natively
class OverridePickler(pickle.Pickler):
    seen = []

    def reducer_override(self, obj):
        self.seen.append(type(obj).__name__)
        if obj is Celsius:
            return (str, ("Celsius by name",))
        if isinstance(obj, Celsius):
            return (int, (obj.deg,))
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 4).dump([1, "s", 2.5, None, (Celsius(8),), Celsius, len, {"k": b"v"}])
print(pickle.loads(f.getvalue()), OverridePickler.seen)


# find_class restrictions
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("range", "complex"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for obj in (range(4), complex(1, 1), collections.OrderedDict(a=1), print):
    for proto in (0, 2, 4):
        try:
            print(Restricted(io.BytesIO(pickle.dumps(obj, proto))).load())
        except pickle.UnpicklingError as e:
            print("UnpicklingError", e)
u = pickle.Unpickler(io.BytesIO(b"cbuiltins\nlen\n."))
try:
    u.find_class = lambda m, n: ("found", m, n)
except AttributeError:
    print("AttributeError")


class Attrs(pickle.Unpickler):
    pass


u = Attrs(io.BytesIO(b"cbuiltins\nlen\n."))
u.find_class = lambda m, n: ("found", m, n)
print(u.load())
print(pickle.Unpickler(io.BytesIO()).find_class("collections", "OrderedDict"))
print(pickle.Unpickler(io.BytesIO()).find_class("os.path", "join").__name__)

# memo: shared between dumps of one Pickler until clear_memo
f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = ["shared"]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
a, b, c = u.load(), u.load(), u.load()
print(a, b, c, a is b, a is c)
try:
    u.load()
except EOFError as e:
    print("EOFError", e)
p = pickle.Pickler(io.BytesIO(), 2)
p.dump([["x"], ("y",)])
print(sorted((i, repr(o)) for i, o in p.memo.copy().values()))
print(len(p.memo.copy()), type(p.memo).__name__)
p2 = pickle.Pickler(io.BytesIO(), 2)
p2.memo = p.memo
print(len(p2.memo.copy()))
p.memo.clear()
print(len(p.memo.copy()))
u = pickle.Unpickler(io.BytesIO(pickle.dumps(["a", ["b"]], 2)))
u.load()
print(sorted(u.memo.copy().items(), key=lambda kv: kv[0]))
u.memo = {5: "five"}
u2 = pickle.Unpickler(io.BytesIO(b"h\x05."))
u2.memo = u.memo
try:
    print(u2.load())
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
u3 = pickle.Unpickler(io.BytesIO(b"h\x01."))
u3.memo = pickle.Unpickler(io.BytesIO(pickle.dumps(["a", ["b"]], 2))).memo
u4 = pickle.Unpickler(io.BytesIO(pickle.dumps(["a", ["b"]], 2)))
u4.load()
u3.memo = u4.memo
print(u3.load())
for bad in ({"a": 1}, {-1: 1}, [1]):
    try:
        u.memo = bad
    except Exception as e:
        print(type(e).__name__, e)
for bad in ({1: 2}, {1: (1, 2, 3)}, 5):
    try:
        p.memo = bad
    except Exception as e:
        print(type(e).__name__, e)

# fast mode: no memo at all
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = 1
s = "x"
p.dump([s, s, (1, 2), (1, 2)])
print(f.getvalue(), p.fast, p.bin)
rec = []
rec.append(rec)
try:
    p.dump(rec)
except Exception as e:
    print(type(e).__name__)


# files without peek, without readinto, and with only read/readline
class ReadOnly:
    def __init__(self, data):
        self.f = io.BytesIO(data)
        self.calls = collections.Counter()

    def read(self, n=-1):
        self.calls["read"] += 1
        return self.f.read(n)

    def readline(self):
        self.calls["readline"] += 1
        return self.f.readline()


class WithReadinto(ReadOnly):
    def readinto(self, buf):
        self.calls["readinto"] += 1
        return self.f.readinto(buf)


class WithPeek(WithReadinto):
    def peek(self, n=0):
        self.calls["peek"] += 1
        pos = self.f.tell()
        data = self.f.read(n)
        self.f.seek(pos)
        return data


payload = {"t": "text", "b": b"bytes" * 10, "n": [1, 2.5, None], "big": b"z" * 300000}
for proto in (0, 2, 4, 5):
    data = pickle.dumps(payload, proto)
    for cls in (ReadOnly, WithReadinto, WithPeek):
        f = cls(data + pickle.dumps("second", proto))
        u = pickle.Unpickler(f)
        first = u.load()
        second = u.load()
        print(proto, cls.__name__, first == payload, second, f.f.tell() == len(f.f.getvalue()), sorted(f.calls))
try:
    pickle.Unpickler(object())
except TypeError as e:
    print("TypeError", e)


class BadRead:
    def read(self, n):
        return "text"

    def readline(self):
        return b""


try:
    pickle.load(BadRead())
except TypeError as e:
    print("TypeError", e)

# several pickles in one real file
import tempfile, os
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "p.pkl")
    with open(path, "wb") as fh:
        for i in range(3):
            pickle.dump({"i": i, "s": "v" * i}, fh, i + 2)
    with open(path, "rb") as fh:
        print([pickle.load(fh) for _ in range(3)], fh.read())

# copyreg extension codes
copyreg.add_extension("collections", "OrderedDict", 0xF0)
copyreg.add_extension("collections", "deque", 0x1234)
copyreg.add_extension("collections", "Counter", 0x12345678)
for proto in (1, 2, 4):
    data = pickle.dumps([collections.OrderedDict, collections.deque, collections.Counter, collections.deque], proto)
    back = pickle.loads(data)
    print(proto, data, back == [collections.OrderedDict, collections.deque, collections.Counter, collections.deque])
copyreg.remove_extension("collections", "OrderedDict", 0xF0)
copyreg.remove_extension("collections", "deque", 0x1234)
copyreg.remove_extension("collections", "Counter", 0x12345678)
try:
    pickle.loads(b"\x80\x02\x82\xf0.")
except ValueError as e:
    print("ValueError", e)


# a subclass that calls __init__ late and one that sets attributes of its own
class Late(pickle.Pickler):
    def __init__(self, f):
        self.extra = "mine"
        super().__init__(f, 3)


f = io.BytesIO()
lp = Late(f)
lp.dump(("a", 1))
print(lp.extra, f.getvalue(), type(lp).__mro__[1])
print(pickle.Pickler.__module__, pickle.Unpickler.__name__, pickle.PickleError.__module__, pickle.UnpicklingError.__mro__)

# PickleBuffer: in band at protocol 5, out of band through buffer_callback, refused below 5
pb = pickle.PickleBuffer(b"abc")
wb = pickle.PickleBuffer(bytearray(b"xyz"))
print(bytes(pb), memoryview(pb).readonly, memoryview(wb).readonly, pb.raw().tobytes(), pb.raw().obj, memoryview(pb).obj, memoryview(wb).obj)
for proto in (4, 5):
    try:
        print(pickle.dumps(pb, proto), pickle.dumps(wb, proto))
    except pickle.PicklingError as e:
        print("PicklingError", e)
print(pickle.loads(pickle.dumps([pb, wb, pb], 5)))
bufs = []
data = pickle.dumps([pb, wb], 5, buffer_callback=bufs.append)
print(data, len(bufs), [bytes(b) for b in pickle.loads(data, buffers=bufs)])
data = pickle.dumps([pb, wb], 5, buffer_callback=lambda b: b is wb)
print(data)
try:
    pickle.loads(data)
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
ro = pickle.loads(b"\x80\x05\x97\x98.", buffers=[bytearray(b"rw")])
print(type(ro).__name__, ro.readonly, bytes(ro))
pb.release()
for f in (pb.raw, lambda: bytes(pb), lambda: pickle.PickleBuffer(1), lambda: pickle.PickleBuffer(memoryview(b"abcd")[::2]).raw(),
          lambda: pickle.dumps(pickle.PickleBuffer(memoryview(b"abcd")[::2]), 5)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
