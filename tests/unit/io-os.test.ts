// The _io and posix modules (io.StringIO/BytesIO, open() on real files, sys.std*, os/os.path,
// glob, fnmatch): each program runs through the VM CLI and through python3.11, each in a fresh
// temporary directory, and the two must print the same stdout and exit with the same status.
// Cases that need parts of the VM other than these modules (the bytes type, `import os`, `re`)
// are skipped until a probe program shows those parts work.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const CLI = join(ROOT, "runtime", "bin", "hotpy.js");
const PYTHON = process.env.HOTPY_PYTHON ?? "python3.11";

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function runIn(cmd: string, args: string[], dir: string, input?: string): Run {
  const r = spawnSync(cmd, args, { encoding: "utf8", cwd: dir, input, env: { ...process.env, HOTPY_IO_TEST: "yes" }, timeout: 120_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Runs src under the VM and under CPython, each in its own fresh directory. */
function both(src: string, input?: string): { vm: Run; py: Run } {
  const vmDir = mkdtempSync(join(tmpdir(), "hotpy-io-vm-"));
  const pyDir = mkdtempSync(join(tmpdir(), "hotpy-io-py-"));
  writeFileSync(join(vmDir, "prog.py"), src);
  writeFileSync(join(pyDir, "prog.py"), src);
  return { vm: runIn(process.execPath, [CLI, "run", "prog.py"], vmDir, input), py: runIn(PYTHON, ["prog.py"], pyDir, input) };
}

/** The VM must print what CPython prints and exit the same way. */
function same(src: string, input?: string): void {
  const { vm, py } = both(src, input);
  expect(py.status, `CPython failed:\n${py.stderr}`).toBe(0);
  expect(vm.stdout).toBe(py.stdout);
  expect(vm.status, vm.stderr).toBe(py.status);
}

/** The VM must fail as CPython does: same stdout, status, and last line of stderr. */
function sameFailure(src: string): void {
  const { vm, py } = both(src);
  const last = (s: string) => s.trimEnd().split("\n").pop();
  expect(vm.stdout).toBe(py.stdout);
  expect(vm.status).toBe(py.status);
  expect(last(vm.stderr)).toBe(last(py.stderr));
}

/** Whether a probe program runs in the VM (for cases that depend on other parts of it). */
function vmCan(src: string, expected: string): boolean {
  const dir = mkdtempSync(join(tmpdir(), "hotpy-io-probe-"));
  writeFileSync(join(dir, "probe.py"), src);
  const r = runIn(process.execPath, [CLI, "run", "probe.py"], dir);
  return r.status === 0 && r.stdout === expected;
}
const bytesReady = vmCan("print(repr(b'a\\n'), len(b'ab'), b'a' == b'a', {b'k': 1}[b'k'], list(b'ab'))\n", "b'a\\n' 2 True 1 [97, 98]\n");
const osReady = vmCan("import os\nprint(os.environ.get('HOME') is not None)\n", "True\n");
const globReady = osReady && vmCan("import glob, fnmatch\nprint(fnmatch.fnmatch('a.py', '*.py'))\n", "True\n");

describe("io.StringIO", () => {
  it("reads, writes, seeks and truncates like CPython", () => {
    same(`import io
s = io.StringIO("hello\\nworld\\n")
print(s.read(3), s.tell(), repr(s.readline()), repr(s.readline()), repr(s.readline()), s.tell())
s.seek(0); print(s.readlines())
s.seek(0); print(list(s))
s.seek(2); print(s.write("XY"), repr(s.getvalue()), s.tell())
s.seek(0, 2); s.write("end"); print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(8); s.write("!"); print(repr(s.getvalue()))
s = io.StringIO("abcdef"); print(repr(s.readline(3)), repr(s.readline(-1)), repr(s.read()))
s = io.StringIO("x\\U0001F600yz\\nq"); print(s.read(2), s.tell(), repr(s.read()), s.tell())
s.seek(1); print(repr(s.read(1)))
s = io.StringIO(); print(s.write(""), s.tell(), repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.line_buffering)
s = io.StringIO(None); print(repr(s.getvalue()))
`);
  });

  it("handles newline modes like CPython", () => {
    same(`import io
s = io.StringIO(newline=None); print(s.write("a\\r\\nb\\rc\\n"), repr(s.getvalue()), s.newlines)
s = io.StringIO("a\\r\\nb\\rc\\nd", newline=""); print(s.readlines(), s.newlines)
s = io.StringIO("a\\nb", newline="\\r\\n"); print(repr(s.getvalue()), s.readlines())
s = io.StringIO("a\\rb\\rc", newline="\\r"); print(repr(s.getvalue()), s.readlines())
s = io.StringIO("a\\nb"); print(s.newlines)
for bad in [3, "x", b"\\n"]:
    try: io.StringIO(newline=bad)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
`);
  });

  it("is a context manager, an iterator and a print() target", () => {
    same(`import io, sys
with io.StringIO() as s:
    print("a", "b", sep="-", end="!\\n", file=s)
    print(1, 2.5, None, [1, "x"], file=s)
    s.writelines(["x\\n", "y\\n"])
    print(repr(s.getvalue()))
print(s.closed)
class Upper(io.StringIO):
    def readline(self, *a):
        return super().readline(*a).upper()
print(list(Upper("ab\\ncd\\n")), Upper("q").read())
out = io.StringIO()
old, sys.stdout = sys.stdout, out
print("captured")
sys.stdout = old
print(repr(out.getvalue()))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase), issubclass(io.StringIO, io.BufferedIOBase))
`);
  });

  it("raises CPython's errors", () => {
    same(`import io
def show(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
show(lambda: io.StringIO(b"x"))
show(lambda: io.StringIO().write(b"x"))
show(lambda: io.StringIO().seek(-1))
show(lambda: io.StringIO().seek(1, 1))
show(lambda: io.StringIO().seek(1, 3))
show(lambda: io.StringIO().truncate(-1))
show(lambda: io.StringIO().read("x"))
show(lambda: io.StringIO().fileno())
show(lambda: io.StringIO().detach())
`);
  });
});

describe("open() on real files", () => {
  it("writes and reads text files (with, read, readline, readlines, iteration, append)", () => {
    same(`with open("a.txt", "w") as f:
    print(f.name, f.mode, f.encoding, f.closed, f.writable(), f.readable(), f.seekable(), f.tell())
    print(f.write("line1\\nline2\\n"))
    print("x", 42, file=f)
    f.writelines(["w1\\n", "w2\\n"])
print(f.closed)
with open("a.txt") as f:
    print(repr(f.read()))
with open("a.txt") as f:
    for line in f:
        print(repr(line))
f = open("a.txt")
print(f.readline(), end="")
print(f.readlines())
print(repr(f.readline()), repr(f.read()))
f.close()
with open("a.txt", "a") as f:
    f.write("more\\n")
print(open("a.txt").read().splitlines())
with open("a.txt", "r+") as f:
    print(f.read(3)); f.write("ZZ")
print(repr(open("a.txt").read()))
with open("b.txt", "w+") as f:
    f.write("abc\\ndef\\n"); f.seek(0); print(f.readlines(), f.tell())
    print(f.seek(0), repr(f.read(2)), f.tell(), f.seek(0, 2))
with open("c.txt", "x") as f: f.write("new")
with open("c.txt", "a+") as f:
    print(f.tell(), repr(f.read())); f.seek(0); print(repr(f.read())); f.write("++")
print(open("c.txt").read())
print(open("a.txt").readlines(6))
`);
  });

  it("translates newlines as CPython does", () => {
    same(`with open("nl.txt", "w", newline="") as f:
    f.write("alpha\\nbeta\\r\\ngamma\\rdelta")
with open("nl.txt") as f:
    print(repr(f.readline()), repr(f.read(4)), f.newlines)
    print(repr(f.read()), f.newlines)
with open("nl.txt", newline="") as f:
    print(f.readlines(), f.newlines)
with open("nl.txt", newline="\\r") as f:
    print(f.readlines())
with open("nl.txt", newline="\\r\\n") as f:
    print(f.readlines())
with open("nl.txt", newline="\\n") as f:
    print(f.readlines())
with open("crlf.txt", "w", newline="\\r\\n") as f:
    f.write("one\\ntwo\\n")
with open("crlf.txt", newline="") as f:
    print(repr(f.read()))
with open("crlf.txt") as f:
    print([f.readline(2), f.readline(), f.readline(10)])
`);
  });

  it("encodes and decodes (utf-8 default, latin-1, ascii errors)", () => {
    same(`with open("u.txt", "w", encoding="utf-8") as f:
    f.write("h\\u00e9llo \\u20ac \\U0001F600\\n" * 3000)
with open("u.txt", encoding="utf-8") as f:
    first = f.readline()
    print(first, f.tell(), f.read(3))
    rest = f.read()
    print(len(rest), rest.count("\\U0001F600"))
with open("u.txt", encoding="latin-1") as f:
    print(f.encoding, repr(f.readline()))
with open("u.txt", encoding="utf-8") as f:
    lines = list(f)
    print(len(lines), set(lines) == {first})
try:
    with open("u.txt", encoding="ascii") as f: f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
with open("u.txt", encoding="ascii", errors="replace") as f:
    print(repr(f.readline()))
try:
    with open("e.txt", "w", encoding="ascii") as f: f.write("caf\\u00e9")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
with open("e.txt", "w", encoding="ascii", errors="xmlcharrefreplace") as f: f.write("caf\\u00e9")
print(open("e.txt").read())
`);
  });

  it("writes and reads binary files", () => {
    same(`with open("b.bin", "wb") as f:
    print(f, f.mode, f.write(b"\\x00\\x01abc\\n\\xff"), f.tell())
with open("b.bin", "rb") as f:
    print(f, f.raw, f.seekable(), f.readable(), f.writable())
    f.read(2)
    print(f.tell(), f.seek(0, 2), f.seek(-3, 2), f.tell())
with open("b.bin", "rb", buffering=0) as f:
    print(f, f.mode, f.closefd)
print(open("b.bin", encoding="latin-1").read() == "\\x00\\x01abc\\n\\xff")
with open("b.bin", "r+b") as f:
    f.seek(2); f.write(b"XY"); print(f)
print(repr(open("b.bin", encoding="latin-1").read()))
with open("b.bin", "ab") as f:
    f.write(b"tail")
print(repr(open("b.bin", encoding="latin-1").read()))
import io
print(isinstance(open("b.bin"), io.TextIOWrapper), isinstance(open("b.bin", "rb"), io.BufferedReader))
print(isinstance(open("w.bin", "wb"), io.BufferedWriter), isinstance(open("b.bin", "rb+"), io.BufferedRandom))
print(isinstance(open("b.bin", "rb", buffering=0), io.FileIO), isinstance(open("b.bin"), io.IOBase))
`);
  });

  it("reports missing files, bad modes and misuse with CPython's messages", () => {
    same(`import io
def show(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
show(lambda: open("missing.txt"))
show(lambda: open("nodir/x.txt", "w"))
show(lambda: open("."))
open("exists.txt", "w").close()
show(lambda: open("exists.txt", "x"))
for bad in ["rw", "", "rr", "rbt", "z", "b", "+", "wa"]:
    show(lambda: open("exists.txt", bad))
show(lambda: open("exists.txt", "rb", encoding="utf-8"))
show(lambda: open("exists.txt", "rb", newline=""))
show(lambda: open("exists.txt", buffering=0))
show(lambda: open(3.5))
show(lambda: open([]))
show(lambda: open("exists.txt", encoding="nope"))
show(lambda: open("exists.txt", newline=5))
show(lambda: open("exists.txt", newline="x"))
f = open("exists.txt")
show(lambda: f.write("x"))
show(lambda: f.seek(1, 1))
show(lambda: f.seek(1, 2))
show(lambda: f.seek(-1))
f.close()
show(lambda: f.read())
f = open("exists.txt", "w")
show(lambda: f.read())
f = open("exists.txt", "wb")
show(lambda: f.read())
f = open("exists.txt", "rb")
show(lambda: f.write(b""))
try:
    open("missing.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))
`);
  });

  it("gives CPython's closed-file errors for every kind of stream", () => {
    same(`import io
open("zz", "w").close()
def mk():
    yield 'StringIO', io.StringIO('abc')
    yield 'BytesIO', io.BytesIO(b'abc')
    yield 'text', open('zz', 'r+')
    yield 'bin', open('zz', 'r+b')
    yield 'raw', open('zz', 'r+b', buffering=0)
for name, f in mk():
    f.close()
    for meth, args in [('read',()),('readline',()),('readlines',()),('write',('x',)),('seek',(0,)),('tell',()),('truncate',()),('flush',()),('readable',()),('writable',()),('seekable',()),('isatty',()),('fileno',()),('__iter__',()),('__next__',()),('__enter__',()),('getvalue',()),('close',()),('writelines',([],)),('read1',()),('peek',()),('detach',())]:
        if not hasattr(f, meth): continue
        a = args
        if meth == 'write' and name not in ('StringIO', 'text'): a = (b'x',)
        try: r = getattr(f, meth)(*a); print(name, meth, 'OK', type(r).__name__)
        except Exception as e: print(name, meth, type(e).__name__, e)
`);
  });

  it("stops with CPython's traceback line for an uncaught FileNotFoundError", () => {
    sameFailure(`print("before")\nopen("missing.txt")\n`);
  });

  it("makes data written to an unclosed file visible to later opens", () => {
    same(`open("u1.txt", "w").write("written without close")
print(open("u1.txt").read())
`);
  });

  it("reads and writes through TextIOWrapper over BytesIO", () => {
    same(`import io
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="")
print(t.write("caf\\u00e9\\r\\nline2\\n"), t.encoding, t.buffer is b)
t.flush()
b.seek(0)
r = io.TextIOWrapper(b, encoding="utf-8")
print(r.readlines(), r.newlines)
`);
  });
});

describe("binary streams (bytes shown through a latin-1 TextIOWrapper)", () => {
  it("BytesIO and buffered files read, write, seek like CPython", () => {
    same(`import io
def S(b):
    if b is None: return None
    return repr(io.TextIOWrapper(io.BytesIO(b), encoding="latin-1").read())
b = io.BytesIO(b"ab\\ncd\\nef")
print(S(b.readline()), S(b.read(1)), S(b.read()), S(b.read()), b.tell())
b.seek(0); print([S(x) for x in b.readlines()], [S(x) for x in io.BytesIO(b"x\\ny")])
b.seek(1); print(b.write(b"ZZ"), S(b.getvalue()), b.tell())
b.seek(20); b.write(b"!"); print(S(b.getvalue()))
print(b.truncate(3), S(b.getvalue()), b.seek(-2, 1), b.seek(-100, 1), b.seek(1, 2))
print(S(io.BytesIO(b"q").read1()), S(io.BytesIO().getvalue()))
print([S(x) for x in io.BytesIO(b"ab\\ncd\\nef\\n").readlines(3)])
b = io.BytesIO(b"0123456789"); print(S(b.read(3)), S(b.readline(2)), b.tell(), S(b.read(-1)))
with open("bb.bin", "wb") as f:
    f.write(b"\\x00\\x01abc\\nsecond line\\n\\xff")
with open("bb.bin", "rb") as f:
    print(S(f.read(2)), S(f.read1(3)), f.peek(1) is not None, S(f.readline()), [S(x) for x in f.readlines()], S(f.read()))
with open("bb.bin", "rb") as f:
    print([S(x) for x in f])
with open("bb.bin", "rb", buffering=0) as f:
    print(S(f.read(3)), S(f.readall()), S(f.read()))
with open("bb.bin", "r+b") as f:
    print(S(f.read(3))); f.write(b"XX"); print(f.tell(), S(f.read(4))); f.seek(0); print(S(f.read()))
with open("bb.bin", "ab+") as f:
    print(f.tell(), S(f.read())); f.seek(0); print(S(f.read(2))); f.write(b"END"); print(f.tell())
print(S(open("bb.bin", "rb").read()))
f = open("bb.bin", "rb")
print(S(f.read(100000)), S(f.read(5)))
w = open("bw.bin", "wb")
for i in range(3000):
    w.write(b"0123456789")
print(w.tell()); w.close()
r = open("bw.bin", "rb"); print(S(r.read(4)), r.seek(29995), S(r.read()), r.tell())
`);
  });
});

describe("sys.stdin, sys.stdout, sys.stderr", () => {
  it("are TextIOWrappers with CPython's attributes", () => {
    same(`import sys, io
print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.name, sys.stdin.name)
print(isinstance(sys.stdout, io.TextIOWrapper), sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.write("direct\\n"))
sys.stdout.flush()
print("err", file=sys.stderr)
sys.stdout.writelines(["a", "b\\n"])
`);
  });

  it("read lines from standard input (input, readline, iteration, read)", () => {
    same(
      `import sys
print(repr(input()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.readline()))
for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 1: break
print(repr(sys.stdin.read()))
print(repr(sys.stdin.readline()))
`,
      "first\nsecond\nthird\nfourth\r\nfifth\nrest 1\nrest 2",
    );
  });
});

describe("io with bytes objects", () => {
  it.skipIf(!bytesReady)("BytesIO reads, writes and seeks like CPython", () => {
    same(`import io
b = io.BytesIO(b"ab\\ncd\\nef")
print(b.readline(), b.read(1), b.read(), b.read(), b.tell())
b.seek(0); print(b.readlines(), list(io.BytesIO(b"x\\ny")))
b.seek(1); print(b.write(b"ZZ"), b.getvalue(), b.tell())
b.seek(20); b.write(b"!"); print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.seek(-2, 1), b.seek(-100, 1), b.seek(1, 2))
ba = bytearray(4); b.seek(0); print(b.readinto(ba), ba)
print(io.BytesIO(b"q").read1(), io.BytesIO().getvalue(), io.BytesIO(bytearray(b"z")).getvalue())
for f in (lambda: io.BytesIO().write("x"), lambda: io.BytesIO().seek(-1), lambda: io.BytesIO().seek(0, 3), lambda: io.BytesIO().truncate(-1)):
    try: f()
    except Exception as e: print(type(e).__name__, e)
`);
  });

  it.skipIf(!bytesReady)("binary files read back bytes", () => {
    same(`with open("b.bin", "wb") as f:
    f.write(b"\\x00\\x01abc\\nsecond line\\n\\xff")
with open("b.bin", "rb") as f:
    print(f.read(2), f.read1(3), f.peek(1)[:1], f.readline(), f.readlines(), f.read())
with open("b.bin", "rb") as f:
    print(list(f))
with open("b.bin", "rb", buffering=0) as f:
    print(f.read(3), f.readall())
    ba = bytearray(5); f.seek(0); print(f.readinto(ba), ba)
with open("t.txt", "w") as f: f.write("h\\u00e9\\n")
t = open("t.txt")
print(open("t.txt", "rb").read(), t.buffer.read())
`);
  });
});

describe("os, os.path, glob, fnmatch", () => {
  it("posix works without the os module", () => {
    same(`import posix
open("f.txt", "w").write("12345")
posix.mkdir("sub")
st = posix.stat("f.txt")
print(st.st_size, st[6], type(st).__name__, st.st_mtime > 0, len(st), st.st_mode & 0o170000 == 0o100000)
print(sorted(posix.listdir(".")), sorted(posix.listdir()))
print(sorted((e.name, e.is_dir(), e.is_file()) for e in posix.scandir(".")))
print(posix.strerror(2), posix.strerror(13), posix.getcwd() != "", posix.fspath("x"))
posix.rename("f.txt", "sub/g.txt")
print(posix.listdir("sub"), posix.access("sub/g.txt", posix.R_OK), posix.access("nope", posix.F_OK))
posix.remove("sub/g.txt"); posix.rmdir("sub")
print(sorted(posix.listdir(".")))
def show(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
show(lambda: posix.stat("nope"))
show(lambda: posix.listdir("nope"))
show(lambda: posix.rmdir("nope"))
show(lambda: posix.mkdir("."))
show(lambda: posix.listdir(1.5))
show(lambda: posix.mkdir(1.5))
show(lambda: posix.stat("a\\0b"))
show(lambda: posix.fspath(1))
show(lambda: posix.urandom(-1))
print(posix.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)), posix.stat_result((1,) * 10).st_atime)
show(lambda: posix.stat_result((1, 2)))
print(posix.terminal_size((80, 24)), posix.terminal_size((80, 24)).lines)
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, posix.O_CREAT, posix.O_RDWR, posix.O_APPEND, posix.O_EXCL, posix.O_TRUNC)
`);
  });

  it("descriptor-level open/read/write/lseek/close", () => {
    same(`import posix
fd = posix.open("fd.txt", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC)
print(posix.write(fd, b"hello fd\\n"), posix.lseek(fd, 0, 1))
posix.close(fd)
fd = posix.open("fd.txt", posix.O_RDONLY)
print(posix.read(fd, 5) is not None, posix.lseek(fd, 0, 1), posix.lseek(fd, 0, 0), posix.fstat(fd).st_size, posix.lseek(fd, -2, 2))
posix.close(fd)
f = open(posix.open("fd.txt", posix.O_RDONLY))
print(repr(f.read()), f.name == f.fileno())
f.close()
try: posix.close(fd)
except OSError as e: print(type(e).__name__, e)
`);
  });

  it.skipIf(!osReady)("os and os.path basics", () => {
    same(`import os
print(os.name, os.sep, os.getcwd() == os.path.abspath("."))
open("prog2.py", "w").close()
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"))
print(os.path.exists("prog.py"), os.path.exists("nope"), os.path.isdir("."), os.path.isfile("prog.py"), os.path.isdir("prog.py"))
print(sorted(os.listdir(".")), os.path.getsize("prog2.py"))
os.mkdir("dd")
with open("dd/x.txt", "w") as f: f.write("hi")
os.rename("dd/x.txt", "dd/y.txt")
print(os.listdir("dd"), [(r, d, f) for r, d, f in os.walk("dd")])
print([e.name for e in os.scandir("dd")], os.stat("dd/y.txt").st_size)
os.remove("dd/y.txt"); os.rmdir("dd")
print(os.path.exists("dd"))
os.makedirs("m1/m2/m3", exist_ok=True); print(os.path.isdir("m1/m2/m3")); os.removedirs("m1/m2/m3"); print(os.path.exists("m1"))
print(os.environ.get("HOTPY_IO_TEST"), os.environ.get("HOTPY_NOT_SET", "dflt"), os.getenv("HOTPY_IO_TEST"), "HOTPY_IO_TEST" in os.environ)
os.environ["HOTPY_X"] = "1"; print(os.environ["HOTPY_X"], os.getenv("HOTPY_X")); del os.environ["HOTPY_X"]; print(os.getenv("HOTPY_X"))
print(os.path.normpath("a//b/../c"), os.path.relpath("/a/b", "/a"), os.path.split("/a/b"), os.path.isabs("/x"))
print(os.strerror(2), os.fsencode("abc"), os.fsdecode(b"abc"))
try: os.remove("nope")
except FileNotFoundError as e: print(e)
`);
  });

  it.skipIf(!globReady)("glob and fnmatch", () => {
    same(`import glob, fnmatch, os
for n in ["a.py", "b.py", "c.txt"]: open(n, "w").close()
os.mkdir("sub"); open("sub/d.py", "w").close()
print(sorted(glob.glob("*.py")), sorted(glob.glob("**/*.py", recursive=True)), sorted(glob.glob("sub/*")))
print(fnmatch.fnmatch("abc.py", "*.py"), fnmatch.filter(["x.py", "y.txt"], "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"))
`);
  });
});
