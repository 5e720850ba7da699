# Bases that are not classes: __mro_entries__ found on the object itself (typing.NamedTuple and
# TypedDict are functions carrying one), as libraries declare records.
import typing
class V(typing.NamedTuple):
    major: int
    minor: int = 0
    def bump(self): return self._replace(minor=self.minor + 1)
print(V(1), V(1, 2).bump(), V._fields, V.__mro__)
class TD(typing.TypedDict):
    a: int
print(TD(a=1), TD.__required_keys__)
class G(typing.Generic[typing.TypeVar("T")]): pass
print(G.__mro__, G[int])
