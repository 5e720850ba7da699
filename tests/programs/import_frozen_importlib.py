# _frozen_importlib and _frozen_importlib_external are importlib's bootstrap modules, so zipimport
# (which jinja2's loaders import) imports.
import zipimport, sys
import _frozen_importlib, _frozen_importlib_external, importlib._bootstrap
print(_frozen_importlib is importlib._bootstrap, _frozen_importlib_external is importlib._bootstrap_external)
print(zipimport.zipimporter.__name__, _frozen_importlib.ModuleSpec.__name__, _frozen_importlib_external.SourceFileLoader.__name__)
