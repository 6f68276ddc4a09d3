# a tasklet paused inside the body of a module it is importing is pickled;
# the original is killed and the copy finishes the import
import stackless
import pickle

def importer():
    import paused_module
    print("imported:", paused_module.value)

t = stackless.tasklet(importer)()
stackless.run()
print("paused:", t.tempval, t.paused)
data = pickle.dumps(t)
t.kill()
print("original alive:", t.alive)
copy = pickle.loads(data)
copy.tempval = "resumed"
copy.insert()
stackless.run()
print("copy alive:", copy.alive)
