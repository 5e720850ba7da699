# A bank-account simulation with classes, exceptions, and a transaction log.

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.amount = amount


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = [("open", balance)]

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"<{type(self).__name__} #{self.number} {self.owner}: {self.balance}>"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate)
        self.deposit(interest)
        return interest


class CheckingAccount(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            return f"no account {src}"
        except InsufficientFunds as e:
            return f"transfer failed: {e}"
        self.accounts[dst].deposit(amount)
        return f"moved {amount} from #{src} to #{dst}"

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
alice = bank.open(SavingsAccount, "alice", 1000, rate=0.05)
bob = bank.open(CheckingAccount, "bob", 50)
carol = bank.open(Account, "carol")
print(bank.accounts)
print(bank.transfer(alice.number, bob.number, 300))
print(bank.transfer(bob.number, carol.number, 400))
print(bank.transfer(bob.number, carol.number, 600))
print(bank.transfer(9999, carol.number, 1))
print("interest", alice.add_interest())
try:
    carol.withdraw(10 ** 6)
except InsufficientFunds as e:
    print("InsufficientFunds:", e, e.amount)
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for acct in bank.accounts.values():
    print(acct, acct.history)
print("total", bank.total())
ranked = sorted(bank.accounts.values(), key=lambda a: a.balance, reverse=True)
print([a.owner for a in ranked], isinstance(bob, Account), type(alice).__mro__[1].__name__)
month = 0
while alice.balance < 1500:
    month += 1
    alice.add_interest()
print("months to 1500:", month, alice.balance)
