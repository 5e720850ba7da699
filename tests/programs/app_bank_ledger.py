# a bank ledger: classes with validation, custom exceptions, fractions for interest, sorting
from fractions import Fraction

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = Fraction(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner!r}, {float(self.balance):.2f})"

def transfer(src, dst, amount):
    src.withdraw(amount)
    dst.deposit(amount)

accts = [Account("ann", 100), Account("bob", 50), Account("cy")]
ops = [(0, 1, 30), (1, 2, 100), (2, 0, 5), (1, 2, 75), (0, 2, Fraction(1, 3))]
for s, d, amt in ops:
    try:
        transfer(accts[s], accts[d], amt)
        print("ok", s, d, amt)
    except InsufficientFunds as e:
        print("failed:", e)
for a in accts:
    a.balance *= 1 + Fraction(3, 100)
print(accts)
print(sorted(accts, key=lambda a: a.balance, reverse=True)[0].owner, sum(a.balance for a in accts))
print([a.history for a in accts])
try:
    accts[0].deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(Fraction(355, 113) - Fraction(22, 7), Fraction("3.1415").limit_denominator(100), Fraction(1, 3) ** 2)
