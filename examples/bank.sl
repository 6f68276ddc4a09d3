# bank.sl -- closures keep private state; exceptions reject bad operations.


def make_account(owner, balance=0, limit=None):
    """An account is a dict of closures sharing one private balance.

    limit, when given, is the most the account may hold.
    """
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive, got %r" % amount)
        if limit is not None and balance + amount > limit:
            raise ValueError("%s cannot hold more than %d" % (owner, limit))
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("withdrawal must be positive, got %r" % amount)
        if amount > balance:
            raise ValueError("%s cannot withdraw %d: balance is %d" % (owner, amount, balance))
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def get_balance():
        return balance

    return {"owner": owner, "deposit": deposit, "withdraw": withdraw,
            "balance": get_balance, "history": history}


def transfer(source, target, amount):
    """Move money; if the deposit fails, the withdrawal is undone."""
    source["withdraw"](amount)
    try:
        target["deposit"](amount)
    except ValueError:
        source["deposit"](amount)
        raise


def attempt(label, action, *args):
    try:
        action(*args)
    except ValueError as err:
        print(label, "-> refused:", err)
    else:
        print(label, "-> ok")
    finally:
        print("   balances:", ann["balance"](), bob["balance"]())


ann = make_account("ann", 100)
bob = make_account("bob", limit=100)
attempt("ann deposits 50", ann["deposit"], 50)
attempt("bob withdraws 10", bob["withdraw"], 10)
attempt("ann pays bob 120", transfer, ann, bob, 120)
attempt("ann pays bob 60", transfer, ann, bob, 60)
attempt("bob pays ann 500", transfer, bob, ann, 500)
attempt("ann deposits -5", ann["deposit"], -5)

for account in (ann, bob):
    print(account["owner"], account["history"])

total = 0
for account in (ann, bob):
    total += account["balance"]()
assert total == 150, "money was created or lost"
print("total money:", total)
