# checkpoint.sl -- a long computation in a tasklet that checkpoints itself to
# disk every few thousand steps. Interrupt it (Ctrl-C, `timeout 0.1 slate
# checkpoint.sl`, a power cut) and run it again: it resumes from its last
# checkpoint, and prints exactly what an uninterrupted run prints.
#
#   slate checkpoint.sl                  run (or resume) to the end
#   slate checkpoint.sl --stop-after 3   stop as if killed after 3 checkpoints
#
# Checkpoints alternate between two files, so a run killed while writing one
# still finds the other intact. Progress goes to stderr, the result to stdout.
import pickle
import stackless
import sys

FILES = ["checkpoint_a.pickle", "checkpoint_b.pickle"]
LIMIT = 60000
EVERY = 5000


def checkpoint():
    """Pauses this tasklet; the main loop saves it to disk, then lets it go on."""
    stackless.schedule_remove()


def longest_collatz(limit):
    """The start below `limit` with the longest Collatz sequence, and its length."""
    lengths = {1: 1}
    best, best_start = 1, 1
    for start in range(2, limit):
        n, path = start, []
        while n not in lengths:
            path.append(n)
            n = n // 2 if n % 2 == 0 else 3 * n + 1
        length = lengths[n]
        for m in reversed(path):
            length += 1
            if m < limit:
                lengths[m] = length
        if length > best:
            best, best_start = length, start
        if start % EVERY == 0:
            checkpoint()
    return best_start, best


def job():
    start, length = longest_collatz(LIMIT)
    print("longest Collatz sequence below", LIMIT, "starts at", start, "with", length, "terms")


def latest_checkpoint():
    """The newest readable checkpoint as (number, tasklet), or None."""
    found = None
    for name in FILES:
        try:
            with open(name, "rb") as f:
                number, task = pickle.load(f)
        except (FileNotFoundError, EOFError, pickle.UnpicklingError):
            continue
        if found is None or number > found[0]:
            found = (number, task)
    return found


def main(stop_after):
    found = latest_checkpoint()
    if found:
        number, task = found
        sys.stderr.write("resuming from checkpoint %d\n" % number)
    else:
        number, task = 0, stackless.tasklet(job)()
    saved = 0
    while True:
        task.insert()
        stackless.run()
        if not task.alive:
            break
        number += 1
        with open(FILES[number % 2], "wb") as f:
            pickle.dump((number, task), f)
        saved += 1
        sys.stderr.write("checkpoint %d saved\n" % number)
        if saved == stop_after:
            sys.stderr.write("stopping as if killed\n")
            sys.exit(3)
    # Finished: empty checkpoint files mean "start afresh" next time.
    for name in FILES:
        open(name, "wb").close()


args = sys.argv[1:]
main(int(args[1]) if args[:1] == ["--stop-after"] else 0)
