# packaging: versions, specifiers, markers and requirements, as pip and build tools use them.
import mod_libs
mod_libs.need(("packaging", "python3-packaging"))
from packaging.version import Version, InvalidVersion, parse
from packaging.specifiers import SpecifierSet, Specifier
from packaging.requirements import Requirement
from packaging.markers import Marker
from packaging.utils import canonicalize_name, canonicalize_version, parse_wheel_filename
from packaging.tags import Tag

vs = ["1.0", "1.0.post1", "1.0a1", "1.0b2", "1.0rc1", "1.0.dev3", "2.0", "1.10", "1.9", "0.9.9", "1!0.1", "1.0+local.7", "2.0.0"]
versions = sorted(Version(v) for v in vs)
print([str(v) for v in versions])
v = Version("1!2.3.4rc5.post6.dev7+abc.8")
print(v.epoch, v.release, v.pre, v.post, v.dev, v.local, v.public, v.base_version, v.is_prerelease, v.is_postrelease)
print(Version("2.0") == Version("2.0.0"), hash(Version("2.0")) == hash(Version("2.0.0")), Version("1.0") < Version("1.0.post1"))
try:
    Version("not a version")
except InvalidVersion as e:
    print("InvalidVersion:", e)
s = SpecifierSet(">=1.0,<2.0,!=1.5.*")
print(str(s), [x for x in ["0.9", "1.0", "1.5.2", "1.9", "2.0", "1.2a1"] if x in s])
print(list(s.filter(["1.0", "1.5.1", "1.7", "2.1", "1.8rc1"])), list(s.filter(["1.8rc1"], prereleases=True)))
print(Specifier("~=1.4.2").contains("1.4.9"), Specifier("~=1.4.2").contains("1.5"), Specifier("==1.*").contains("1.9"))
r = Requirement('requests[security,socks]>=2.8.1,==2.8.*; python_version < "3.12" and os_name == "posix"')
print(r.name, sorted(r.extras), str(r.specifier), str(r.marker), r.url)
env = {"python_version": "3.11", "os_name": "posix", "sys_platform": "linux", "platform_machine": "x86_64",
       "implementation_name": "cpython", "python_full_version": "3.11.7", "platform_system": "Linux",
       "platform_release": "6", "implementation_version": "3.11.7", "platform_python_implementation": "CPython",
       "platform_version": "1", "extra": ""}
for m in ['python_version >= "3.8"', 'sys_platform == "win32" or extra == "test"', 'os_name == "posix" and python_full_version ~= "3.11.0"']:
    mk = Marker(m)
    print(str(mk), mk.evaluate(env), mk.evaluate(dict(env, sys_platform="win32")))
print(canonicalize_name("Foo.Bar_baz"), canonicalize_version("1.0.0"), parse("3.0") > parse("3.0rc1"))
name, ver, build, tags = parse_wheel_filename("foo_bar-1.2.3-py3-none-any.whl")
print(name, ver, build, sorted(str(t) for t in tags), Tag("cp311", "cp311", "linux_x86_64"))
