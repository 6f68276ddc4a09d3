#!/usr/bin/env python3
"""run.py -- time Slate against python3 on the benchmarks of BASELINE.md.

usage: python3 benches/run.py [--quick] [--only NAME]... [-n RUNS] [-w WARMUP]
                              [--markdown] [--python PYTHON] [--no-build]
                              [--timeout SECONDS]

First builds the release binary (cargo build --release), then for each
program: runs it once with each interpreter to compare the checksum line (the
last non-empty stdout line), then times it as ../shared/bench/pairbench.py
does: WARMUP unpaired runs each, then RUNS pairs alternating A B A B, wall
time of the whole process (startup included) on a monotonic clock.  Prints
the median wall time of each side and the median of the per-pair ratios
slate/reference (lower is better).  A program whose checksums differ, or that
exits non-zero under Slate, is not timed under Slate: a fast wrong answer
is not a result.  Python 3 standard library only.

The a-d programs (fib, loop, richards, nbody) and reentry (natives calling
back into script code, against the same natives when they do not) run
against plain python3.  The
tasklet programs (e-i: schedule_ring ... blocked_memory) run against python3
with the greenlet shim of ../shared/bench/greenlet_shim on PYTHONPATH, and
get a second table with BASELINE.md's figure for each (a rate: the work count
over the median whole-process wall time; for blocked_memory the bytes per
blocked tasklet it reports on stderr, taken from the checking run) for Slate,
for the shim and, at full size, for Stackless 3.7.5 as BASELINE.md gives it.
When greenlet (or the shim) cannot be imported, the tasklet programs run on
Slate alone and their checksums go unchecked; a note says so.

pickle_bench (j) runs on Slate alone, since a greenlet cannot be pickled: a
third table gives the three figures it reports on stderr (dumps/s, loads/s,
pickle size) beside Stackless 3.7.5's from BASELINE.md.

A fourth table gives what preemption costs: each a-d program on Slate as is
against Slate running it inside a tasklet under stackless.run(PREEMPT_TIMEOUT),
re-inserted each time it is interrupted (a generated wrapper imports it; the
number of interruptions goes to stderr).

Exit status: 0 when every checksum that could be compared matched and no
interpreter failed, 1 otherwise.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
SLATE = os.path.join(ROOT, "target", "release", "slate")
SHIM_DIR = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench", "greenlet_shim"))
PREEMPT_TIMEOUT = 100000  # instructions per timeslice in the preemption table
TIMEOUT = 600  # seconds for one run; a hung interpreter must not hang the bench (--timeout)


class Rate(object):
    """BASELINE.md's rate: the work count (from the arguments) per second of median wall time."""

    def __init__(self, unit, count):
        self.unit, self.count = unit, count

    def value(self, args, wall, stderr):
        return None if wall is None else self.count(args) / wall

    def show(self, x):
        return "%#.3g M" % (x / 1e6)


class Reported(object):
    """A figure the program writes to stderr itself as KEY=NUMBER (from the checking run)."""

    def __init__(self, unit, key):
        self.unit, self.key = unit, key

    def value(self, args, wall, stderr):
        m = re.search(r"\b%s=([-+.0-9eE]+)" % re.escape(self.key), stderr.decode("utf-8", "replace"))
        return float(m.group(1)) if m else None

    def show(self, x):
        return "{:,.0f}".format(x)


class Bench(object):
    """One program: its file in benches/, the arguments of BASELINE.md and quick ones;
    for tasklet programs also its figure and Stackless 3.7.5's value of it at full size
    (or several: a list of (figure, Stackless value) pairs)."""

    def __init__(self, name, filename, args, quick_args, figure=None, stackless=None, figures=None):
        self.name, self.filename = name, filename
        self.args, self.quick_args = args, quick_args
        self.figures = figures or ([(figure, stackless)] if figure else [])


SWITCHES = Rate("switches/s", lambda a: int(a[0]) * int(a[1]))   # K x NT
ROUND_TRIPS = Rate("round trips/s", lambda a: int(a[0]))
PASSES = Rate("passes/s", lambda a: int(a[1]))                   # M kicks of the sack
TASKLETS = Rate("tasklets/s", lambda a: int(a[0]))
BYTES_BLOCKED = Reported("bytes/blocked tasklet", "bytes_per_tasklet")

# One line per program.  BENCHES run against python3; TASKLET_BENCHES against
# python3 with the greenlet shim, with their BASELINE.md figure.
BENCHES = [
    Bench("fib", "fib.py", ["30"], ["20"]),
    Bench("loop", "loop.py", ["10000000"], ["100000"]),
    Bench("richards", "richards.py", ["30"], ["2"]),
    Bench("nbody", "nbody.py", ["200000"], ["2000"]),
    # A native that re-enters script code (on a coroutine in Slate) beside
    # the same native when it does not: sorted with and without a key
    # function, dict.get with __hash__/__eq__ keys and with str keys.
    Bench("reentry", "reentry.py", ["100000", "key"], ["10000", "key"]),
    Bench("reentry", "reentry.py", ["100000", "nokey"], ["10000", "nokey"]),
    Bench("reentry", "reentry.py", ["100000", "eq"], ["10000", "eq"]),
    Bench("reentry", "reentry.py", ["100000", "str"], ["10000", "str"]),
]
TASKLET_BENCHES = [
    Bench("schedule_ring", "schedule_ring.py", ["20000", "100"], ["2000", "100"], SWITCHES, 6.21e6),
    Bench("channel_pingpong", "channel_pingpong.py", ["1000000"], ["100000"], ROUND_TRIPS, 4.90e6),
    Bench("hackysack", "hackysack.py", ["10000", "1000000"], ["1000", "100000"], PASSES, 1.70e6),
    Bench("hackysack", "hackysack.py", ["100000", "1000000"], ["10000", "100000"], PASSES, 0.701e6),
    Bench("spawn", "spawn.py", ["1000000", "0"], ["100000", "0"], TASKLETS, 0.620e6),
    Bench("spawn", "spawn.py", ["1000000", "1000"], ["100000", "1000"], TASKLETS, 3.16e6),
    Bench("blocked_memory", "blocked_memory.py", ["100000", "shared"], ["10000", "shared"], BYTES_BLOCKED, 678),
    Bench("blocked_memory", "blocked_memory.py", ["100000", "own"], ["10000", "own"], BYTES_BLOCKED, 769),
]
# Slate alone (nothing else pickles a suspended coroutine), with BASELINE.md's
# Stackless figures (the lower end of its dumps/s range).
PICKLE_BENCHES = [
    Bench("pickle_bench", "pickle_bench.py", ["20000"], ["2000"], figures=[
        (Reported("dumps/s", "dumps_per_s"), 22400),
        (Reported("loads/s", "loads_per_s"), 53000),
        (Reported("pickle bytes", "size"), 990)]),
]


def run_once(argv, capture=False):
    """Run argv in benches/; return (wall seconds, exit status, stdout, stderr)."""
    out = subprocess.PIPE if capture else subprocess.DEVNULL
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, cwd=BENCH_DIR, stdin=subprocess.DEVNULL,
                           stdout=out, stderr=out, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t0, "timeout after %ss" % TIMEOUT, b"", b""
    except OSError as e:
        return 0.0, "cannot start: %s" % e, b"", b""
    return time.perf_counter() - t0, p.returncode, p.stdout or b"", p.stderr or b""


def last_line(data):
    lines = [l for l in data.decode("utf-8", "replace").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def median(xs):
    s = sorted(xs)
    if not s:
        return None
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def time_pairs(cmds, runs, warmup):
    """Alternate the commands (A B A B ...); return each one's list of wall times."""
    for _ in range(warmup):
        for c in cmds:
            run_once(c)
    walls = [[] for _ in cmds]
    for _ in range(runs):
        for i, c in enumerate(cmds):
            wall, status, _, _ = run_once(c)
            if status != 0:
                raise RuntimeError("%s exited with %s while being timed" % (" ".join(c), status))
            walls[i].append(wall)
    return walls


def measure(bench, args, ref, runs, warmup):
    """Check then time one program against the reference command prefix ref
    (None: Slate alone, nothing to compare with); return a row dict for the table."""
    slate_cmd = [SLATE, bench.filename] + args
    row = {"name": bench.name, "size": " ".join(args), "slate": None, "ref": None,
           "ratio": None, "match": "", "note": "", "slate_err": b"", "ref_err": b""}
    _, s_status, s_out, row["slate_err"] = run_once(slate_cmd, capture=True)
    s_line = last_line(s_out)
    if ref is not None:
        ref_cmd = ref + [bench.filename] + args
        _, p_status, p_out, row["ref_err"] = run_once(ref_cmd, capture=True)
        p_line = last_line(p_out)
    if s_status != 0:
        row["match"] = "no"
        row["note"] = "slate failed (%s): %s" % (s_status, last_line(row["slate_err"]) or "no stderr")
    elif ref is None:
        row["match"] = "-"
        row["note"] = s_line + "  (unchecked: no reference)"
    elif p_status != 0:
        row["match"] = "no"
        row["note"] = "reference failed (%s): %s" % (p_status, last_line(row["ref_err"]))
        return row
    elif s_line != p_line:
        row["match"] = "no"
        row["note"] = "CHECKSUM MISMATCH: slate printed %r, reference %r" % (s_line, p_line)
    else:
        row["match"] = "yes"
        row["note"] = p_line
    slate_ok = s_status == 0 and row["match"] != "no"
    try:
        cmds = ([slate_cmd] if slate_ok else []) + ([ref_cmd] if ref is not None else [])
        walls = time_pairs(cmds, runs, warmup) if cmds else []
        if slate_ok:
            row["slate"] = median(walls[0])
        if ref is not None:
            row["ref"] = median(walls[-1])
        if slate_ok and ref is not None:
            row["ratio"] = median([a / b for a, b in zip(walls[0], walls[1])])
    except RuntimeError as e:
        row["match"], row["note"] = "no", str(e)
    return row


def fmt(x, digits=3):
    return "-" if x is None else "%.*f" % (digits, x)


def figure_cells(bench, args, row, figure, stackless):
    """The tasklet table's extra cells: the figure's unit, Slate's, the reference's, Stackless's."""
    f = figure
    slate = f.value(args, row["slate"], row["slate_err"]) if row["slate"] is not None else None
    ref = f.value(args, row["ref"], row["ref_err"]) if row["ref"] is not None else None
    slp = stackless if args == bench.args else None
    return [f.unit] + ["-" if x is None else f.show(x) for x in (slate, ref, slp)]


def print_table(rows, markdown, ref, with_figures):
    """rows: (bench, args, row) triples.  with_figures adds the figure columns."""
    head = ["program", "size", "slate s", ref + " s", "slate/" + ref, "checksum"]
    if with_figures:
        head += ["figure", "slate", ref, "Stackless 3.7.5"]
    body = []
    for bench, args, r in rows:
        cells = [r["name"], r["size"], fmt(r["slate"]), fmt(r["ref"]), fmt(r["ratio"], 2), r["match"]]
        if not with_figures:
            body.append(cells)
        for figure, stackless in bench.figures if with_figures else []:
            body.append(cells + figure_cells(bench, args, r, figure, stackless))
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for cells in body:
            print("| " + " | ".join(cells) + " |")
    else:
        widths = [max(len(c) for c in col) for col in zip(head, *body)]
        for cells in [head] + body:
            print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))))
    notes = [("%s %s" % (r["name"], r["size"]), r["note"]) for _, _, r in rows if r["note"]]
    if markdown and notes:
        print()
    for name, note in notes:
        print("%s%s: %s" % ("- " if markdown else "  ", name, note))


PREEMPT_WRAPPER = """\
import sys
import stackless
sys.path.insert(0, %(bench_dir)r)
sys.argv = sys.argv[1:]


def body():
    import %(module)s


t = stackless.tasklet(body)()
n = 0
while stackless.run(%(timeout)d) is not None:
    t.insert()
    n += 1
sys.stderr.write("interruptions=%%d\\n" %% n)
"""


def preempt_wrapper(bench, tmpdir):
    """Writes the program that runs bench under run(PREEMPT_TIMEOUT); returns its path."""
    module = os.path.splitext(bench.filename)[0]
    path = os.path.join(tmpdir, "preempted_%s.py" % module)
    with open(path, "w") as f:
        f.write(PREEMPT_WRAPPER % {"bench_dir": BENCH_DIR, "module": module, "timeout": PREEMPT_TIMEOUT})
    return path


def shim_problem(python):
    """None when `import stackless` works with the shim on PYTHONPATH, else why not."""
    if not os.path.isfile(os.path.join(SHIM_DIR, "stackless.py")):
        return "no greenlet shim at %s" % SHIM_DIR
    _, status, _, err = run_once(shim_cmd(python) + ["-c", "import stackless"], capture=True)
    return None if status == 0 else "%s cannot import the shim (%s): %s" % (python, status, last_line(err))


def shim_cmd(python):
    return ["env", "PYTHONPATH=" + SHIM_DIR, python]


def main():
    global TIMEOUT
    names = []
    for b in BENCHES + TASKLET_BENCHES + PICKLE_BENCHES:
        if b.name not in names:
            names.append(b.name)
    ap = argparse.ArgumentParser(description="Time Slate against python3 on the BASELINE.md benchmarks.")
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="run only this program, at all its sizes (repeatable): " + ", ".join(names))
    ap.add_argument("-n", "--runs", type=int, default=3, help="timed pairs per program (default 3)")
    ap.add_argument("-w", "--warmup", type=int, default=1, help="unpaired warm-up runs (default 1)")
    ap.add_argument("--markdown", action="store_true", help="print the tables as markdown")
    ap.add_argument("--python", default="python3", help="the reference interpreter (default python3)")
    ap.add_argument("--no-build", action="store_true", help="skip cargo build --release")
    ap.add_argument("--timeout", type=float, default=TIMEOUT,
                    help="seconds allowed for one run (default %d)" % TIMEOUT)
    args = ap.parse_args()
    TIMEOUT = args.timeout

    unknown = [n for n in args.only if n not in names]
    if unknown:
        ap.error("unknown program(s) %s; known: %s" % (", ".join(unknown), ", ".join(names)))

    if not args.no_build:
        print("building: cargo build --release", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    if not os.access(SLATE, os.X_OK):
        sys.exit("run.py: %s is missing; build it with cargo build --release" % SLATE)

    problem = shim_problem(args.python)
    py_name = os.path.basename(args.python)
    tables = [(BENCHES, [args.python], py_name, False),
              (TASKLET_BENCHES, None if problem else shim_cmd(args.python), "greenlet", True),
              (PICKLE_BENCHES, None, "greenlet", True)]
    tmpdir = tempfile.mkdtemp(prefix="slate-bench-")
    wrappers = {b.name: [SLATE, preempt_wrapper(b, tmpdir)] for b in BENCHES}
    tables.append((BENCHES, wrappers, "run(%d)" % PREEMPT_TIMEOUT, False))
    ok, printed = True, False
    for table, ref, ref_name, with_figures in tables:
        benches = [b for b in table if not args.only or b.name in args.only]
        if not benches:
            continue
        rows = []
        for b in benches:
            size = b.quick_args if args.quick else b.args
            print("running %s %s ..." % (b.name, " ".join(size)), file=sys.stderr)
            b_ref = ref[b.name] if isinstance(ref, dict) else ref
            row = measure(b, size, b_ref, args.runs, args.warmup)
            m = re.search(rb"interruptions=(\d+)", row["ref_err"])
            if isinstance(ref, dict) and m:
                row["note"] += " (interrupted %s times)" % m.group(1).decode()
            rows.append((b, size, row))
        if printed:
            print()
        printed = True
        if table is PICKLE_BENCHES:
            print("NOTE: no comparison column: a suspended greenlet cannot be pickled\n")
        elif with_figures and problem:
            print("NOTE: no comparison column: %s (pip install greenlet)\n" % problem)
        print_table(rows, args.markdown, ref_name, with_figures)
        ok = ok and all(r["match"] != "no" for _, _, r in rows)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
