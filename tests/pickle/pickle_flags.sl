# stackless.pickle_flags / pickle_flags_default: get and set the option bits
import stackless
print(stackless.PICKLEFLAGS_PRESERVE_TRACING_STATE, stackless.PICKLEFLAGS_PRESERVE_AG_FINALIZER,
      stackless.PICKLEFLAGS_RESET_AG_FINALIZER)
print(stackless.pickle_flags(), stackless.pickle_flags(2), stackless.pickle_flags())
print(stackless.pickle_flags(1, 1), stackless.pickle_flags(), stackless.pickle_flags(0, 2), stackless.pickle_flags())
print(stackless.pickle_flags_default(), stackless.pickle_flags_default(new_default=4), stackless.pickle_flags_default())
try:
    stackless.pickle_flags(8)
except ValueError as e:
    print("ValueError:", e)
