# A library's import hook on sys.meta_path (as six provides six.moves): a finder appended to
# the list serves modules no folder holds, packages and submodules included.
import sys
import types


class VirtualLoader:
    def __init__(self, source):
        self.source = source

    def create_module(self, spec):
        return None  # the default module

    def exec_module(self, module):
        exec(self.source, module.__dict__)


class VirtualFinder:
    modules = {
        "virt": ("x = 1\n", True),
        "virt.sub": ("from virt import x\ny = x + 1\n", False),
        "virt.custom": (None, False),
    }

    def find_spec(self, name, path, target=None):
        if name not in self.modules:
            return None
        source, is_pkg = self.modules[name]
        import importlib.machinery
        if source is None:
            return importlib.machinery.ModuleSpec(name, CustomLoader())
        spec = importlib.machinery.ModuleSpec(name, VirtualLoader(source), is_package=is_pkg)
        return spec


class CustomLoader:
    def create_module(self, spec):
        m = types.ModuleType(spec.name)
        m.made_by = "CustomLoader"
        return m

    def exec_module(self, module):
        module.executed = True


sys.meta_path.append(VirtualFinder())
import virt
import virt.sub
from virt.sub import y
from virt import custom
print(virt.x, virt.sub.y, y, custom.made_by, custom.executed)
print(virt.__name__, virt.__path__ == [], virt.__spec__.name, type(virt.__loader__).__name__, virt.sub.__package__)
print(sys.modules["virt.sub"] is virt.sub, "virt.custom" in sys.modules)
import json  # a real module is still found on sys.path first
print(json.dumps([1]))
try:
    import virt.missing
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
