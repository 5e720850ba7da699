# An uncaught custom exception raised from a chain: exit status 1, the last stderr line names it.

class PipelineError(Exception):
    def __init__(self, stage, reason):
        super().__init__(f"stage {stage!r} failed: {reason}")
        self.stage = stage


def parse(text):
    return [int(tok) for tok in text.split(",")]


def stage(name, fn, data):
    try:
        result = fn(data)
    except Exception as e:
        raise PipelineError(name, type(e).__name__) from e
    print(f"stage {name}: {result}")
    return result


data = stage("parse", parse, "4,8,15,16,23,42")
data = stage("square", lambda xs: [x * x for x in xs], data)
data = stage("total", sum, data)
data = stage("bad-parse", parse, "1,2,three")
print("unreachable", data)
