# Runs one of CPython's test modules (test.MODULE from the host's Lib/test/, unchanged) with
# unittest, and writes one JSON line per test as it finishes, so a module that crashes or runs
# out of time still reports the tests it got through. Run by tests/cpython/runner.ts under
# CPython and under hotpy alike:
#     python driver.py MODULE OUT.jsonl [SKIPS.json]
# A test named in SKIPS.json (test id -> reason; the reviewed list of things this VM cannot do)
# is not run and is reported as skipped with that reason.
import json
import sys
import time
import unittest

module, out_path = sys.argv[1], sys.argv[2]
skips = {}
if len(sys.argv) > 3:
    with open(sys.argv[3], encoding="utf-8") as f:
        skips = json.load(f)

out = open(out_path, "w", encoding="utf-8")


def emit(record):
    out.write(json.dumps(record) + "\n")
    out.flush()


def short(err_text):
    # the last line of a traceback: the exception and its message
    lines = [l for l in err_text.strip().splitlines() if l.strip()]
    return lines[-1][:300] if lines else ""


class Result(unittest.TestResult):
    """Per test: ok, fail, error, skip (expected failures count as ok, unexpected successes as
    failures, as unittest's summary does). A failing subtest fails its test."""

    def __init__(self):
        super().__init__()
        self.current = None

    def startTest(self, test):
        super().startTest(test)
        self.current = {"id": test.id(), "outcome": "ok", "detail": ""}
        self.started = time.monotonic()

    def _set(self, test, outcome, detail):
        rec = self.current
        if rec is None or rec["id"] != test.id():
            # an error outside a test (setUpClass, module fixtures)
            emit({"id": test.id() if hasattr(test, "id") else str(test), "outcome": outcome, "detail": detail})
            return
        rank = {"ok": 0, "skip": 1, "fail": 2, "error": 3}
        if rank[outcome] >= rank[rec["outcome"]]:
            rec["outcome"], rec["detail"] = outcome, detail

    def addError(self, test, err):
        super().addError(test, err)
        self._set(test, "error", short(self._exc_info_to_string(err, test)))

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._set(test, "fail", short(self._exc_info_to_string(err, test)))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._set(test, "skip", str(reason)[:300])

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._set(test, "fail", "unexpected success")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._set(test, "fail" if failed else "error", short(self._exc_info_to_string(err, test)))

    def stopTest(self, test):
        super().stopTest(test)
        rec = self.current
        if rec is not None:
            rec["seconds"] = round(time.monotonic() - self.started, 3)
            emit(rec)
        self.current = None


def skip_listed(suite):
    """Replaces each test named in the skip list by a skip carrying the list's reason."""
    for i, t in enumerate(list(getattr(suite, "_tests", []))):
        if isinstance(t, unittest.TestSuite):
            skip_listed(t)
        elif t.id() in skips:
            reason = "skip list: " + skips[t.id()]
            method = getattr(t, "_testMethodName", None)
            if method is not None:
                def skipped(self, reason=reason):
                    raise unittest.SkipTest(reason)
                setattr(t, method, skipped.__get__(t))


name = "test." + module
try:
    suite = unittest.defaultTestLoader.loadTestsFromName(name)
except unittest.SkipTest as e:
    emit({"id": name, "outcome": "module-skip", "detail": str(e)[:300]})
    sys.exit(0)
skip_listed(suite)
emit({"id": name, "outcome": "loaded", "detail": str(suite.countTestCases())})
result = Result()
suite(result)
emit({"id": name, "outcome": "done", "detail": ""})
out.close()
