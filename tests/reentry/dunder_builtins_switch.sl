# len, hash, iter and abs of an object whose dunders call stackless.schedule():
# the builtin waits on a coroutine while the other tasklet runs.
import stackless
class Sized:
    def __len__(self):
        stackless.schedule()
        return 3
    def __hash__(self):
        stackless.schedule()
        return 7
    def __iter__(self):
        stackless.schedule()
        return iter([1, 2])
    def __abs__(self):
        stackless.schedule()
        return 5
def user():
    s = Sized()
    print(len(s), hash(s), list(iter(s)), abs(s))
def ticker():
    for i in range(5):
        print("tick", i)
        stackless.schedule()
stackless.tasklet(user)()
stackless.tasklet(ticker)()
stackless.run()
