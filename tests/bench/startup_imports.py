# Start-up with a few standard modules: the time to import them is most of this job's.
import json, re, collections, dataclasses
print(json.dumps([re.__name__, collections.__name__, dataclasses.__name__]))
