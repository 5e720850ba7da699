# Custom exception classes with args, attributes, and hierarchies.

class AppError(Exception):
    """Base class for application errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"{key} not found")
        self.key = key


class RetryableError(AppError):
    def __init__(self, msg, attempts=0):
        super().__init__(msg)
        self.attempts = attempts


def validate(user):
    if not user.get("name"):
        raise ValidationError("name", "must not be empty")
    if not isinstance(user.get("age"), int) or user["age"] < 0:
        raise ValidationError("age", f"invalid age {user.get('age')!r}")
    return True


users = [{"name": "ann", "age": 3}, {"name": "", "age": 1}, {"name": "bob", "age": -2}, {"name": "cy"}]
for u in users:
    try:
        print("valid", validate(u))
    except ValidationError as e:
        print("invalid ->", e, "|", e.field, "|", e.args, "|", repr(e))

db = {"a": 1}

def lookup(key):
    if key not in db:
        raise NotFound(key)
    return db[key]

for k in ["a", "zz"]:
    try:
        print(lookup(k))
    except AppError as e:
        print(type(e).__name__, e, e.key, isinstance(e, Exception))

attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise RetryableError("try again", attempts)
    return "ok"

for _ in range(5):
    try:
        print(flaky(), "after", attempts)
        break
    except RetryableError as e:
        print("retry", e.attempts, str(e))

class WithDefaultStr(Exception):
    pass

e0 = WithDefaultStr()
e1 = WithDefaultStr("one")
e2 = WithDefaultStr("one", 2)
print(repr(str(e0)), str(e1), str(e2), repr(e0), repr(e1), repr(e2), e2.args)

class CodeError(Exception):
    def __init__(self, code):
        self.code = code
    def __repr__(self):
        return f"CodeError<{self.code}>"

ce = CodeError(404)
print(str(ce), repr(ce), ce.args, ce.code)
print(issubclass(ValidationError, AppError), issubclass(NotFound, ValidationError), AppError.__doc__)
print([c.__name__ for c in ValidationError.__mro__])
try:
    try:
        raise NotFound("x")
    except ValidationError:
        print("wrong handler")
except AppError as e:
    print("base handler caught", type(e).__name__)
class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("not an Exception")
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException handler:", e, isinstance(e, Exception))
errs = [ValueError("v"), NotFound("n"), CodeError(1)]
print(sorted(type(x).__name__ for x in errs), [str(x) for x in errs])
