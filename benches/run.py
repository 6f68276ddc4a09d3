#!/usr/bin/env python3
"""run.py -- time Slate against python3 on the benchmarks of BASELINE.md.

usage: python3 benches/run.py [--quick] [--only NAME]... [-n RUNS] [-w WARMUP]
                              [--markdown] [--python PYTHON] [--no-build]

First builds the release binary (cargo build --release), then for each
program: runs it once with each interpreter to compare the checksum line (the
last non-empty stdout line), then times it as ../shared/bench/pairbench.py
does: WARMUP unpaired runs each, then RUNS pairs alternating A B A B, wall
time of the whole process (startup included) on a monotonic clock.  Prints
the median wall time of each side and the median of the per-pair ratios
slate/python3 (lower is better).  A program whose checksums differ, or that
exits non-zero under Slate, is not timed under Slate: a fast wrong answer
is not a result.  Python 3 standard library only.

Exit status: 0 when every checksum matched, 1 otherwise.
"""

import argparse
import os
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH_DIR)
SLATE = os.path.join(ROOT, "target", "release", "slate")
TIMEOUT = 600  # seconds for one run; a hung interpreter must not hang the bench


class Bench(object):
    """One program: its file in benches/, the arguments of BASELINE.md and quick ones."""

    def __init__(self, name, filename, args, quick_args):
        self.name, self.filename = name, filename
        self.args, self.quick_args = args, quick_args


# One line per program.  Tasklet benchmarks (issue 4) go here too, e.g.
#   Bench("schedule_ring", "schedule_ring.py", ["20000", "100"], ["200", "10"]),
BENCHES = [
    Bench("fib", "fib.py", ["30"], ["20"]),
    Bench("loop", "loop.py", ["10000000"], ["100000"]),
    Bench("richards", "richards.py", ["30"], ["2"]),
    Bench("nbody", "nbody.py", ["200000"], ["2000"]),
]


def run_once(argv, capture=False):
    """Run argv in benches/; return (wall seconds, exit status, stdout, stderr)."""
    out = subprocess.PIPE if capture else subprocess.DEVNULL
    t0 = time.perf_counter()
    try:
        p = subprocess.run(argv, cwd=BENCH_DIR, stdin=subprocess.DEVNULL,
                           stdout=out, stderr=out, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - t0, "timeout", b"", b""
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


def measure(bench, args, python, runs, warmup):
    """Check then time one program; return a row dict for the table."""
    slate_cmd = [SLATE, bench.filename] + args
    py_cmd = [python, bench.filename] + args
    row = {"name": bench.name, "size": " ".join(args), "slate": None, "python": None,
           "ratio": None, "match": "", "note": ""}
    _, s_status, s_out, s_err = run_once(slate_cmd, capture=True)
    _, p_status, p_out, p_err = run_once(py_cmd, capture=True)
    s_line, p_line = last_line(s_out), last_line(p_out)
    if p_status != 0:
        row["match"] = "no"
        row["note"] = "python3 failed (%s): %s" % (p_status, last_line(p_err))
        return row
    if s_status != 0:
        row["match"] = "no"
        row["note"] = "slate failed (%s): %s" % (s_status, last_line(s_err) or "no stderr")
    elif s_line != p_line:
        row["match"] = "no"
        row["note"] = "slate printed %r, python3 %r" % (s_line, p_line)
    else:
        row["match"] = "yes"
        row["note"] = p_line
    try:
        if row["match"] == "yes":
            s_walls, p_walls = time_pairs([slate_cmd, py_cmd], runs, warmup)
            row["slate"], row["python"] = median(s_walls), median(p_walls)
            row["ratio"] = median([a / b for a, b in zip(s_walls, p_walls)])
        else:
            row["python"] = median(time_pairs([py_cmd], runs, warmup)[0])
    except RuntimeError as e:
        row["match"], row["note"] = "no", str(e)
    return row


def fmt(x, digits=3):
    return "-" if x is None else "%.*f" % (digits, x)


def print_table(rows, markdown, ref):
    head = ["program", "size", "slate s", ref + " s", "slate/" + ref, "checksum"]
    body = [[r["name"], r["size"], fmt(r["slate"]), fmt(r["python"]), fmt(r["ratio"], 2), r["match"]]
            for r in rows]
    if markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for cells in body:
            print("| " + " | ".join(cells) + " |")
    else:
        widths = [max(len(c) for c in col) for col in zip(head, *body)]
        for cells in [head] + body:
            print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths))))
    notes = [(r["name"], r["note"]) for r in rows if r["note"]]
    if markdown and notes:
        print()
    for name, note in notes:
        print("%s%s: %s" % ("- " if markdown else "  ", name, note))


def main():
    ap = argparse.ArgumentParser(description="Time Slate against python3 on the BASELINE.md benchmarks.")
    ap.add_argument("--quick", action="store_true", help="small sizes, for a smoke test")
    ap.add_argument("--only", action="append", default=[], metavar="NAME",
                    help="run only this program (repeatable): " + ", ".join(b.name for b in BENCHES))
    ap.add_argument("-n", "--runs", type=int, default=3, help="timed pairs per program (default 3)")
    ap.add_argument("-w", "--warmup", type=int, default=1, help="unpaired warm-up runs (default 1)")
    ap.add_argument("--markdown", action="store_true", help="print the table as markdown")
    ap.add_argument("--python", default="python3", help="the reference interpreter (default python3)")
    ap.add_argument("--no-build", action="store_true", help="skip cargo build --release")
    args = ap.parse_args()

    unknown = [n for n in args.only if n not in [b.name for b in BENCHES]]
    if unknown:
        ap.error("unknown program(s) %s; known: %s" % (", ".join(unknown), ", ".join(b.name for b in BENCHES)))
    benches = [b for b in BENCHES if not args.only or b.name in args.only]

    if not args.no_build:
        print("building: cargo build --release", file=sys.stderr)
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    if not os.access(SLATE, os.X_OK):
        sys.exit("run.py: %s is missing; build it with cargo build --release" % SLATE)

    rows = []
    for b in benches:
        print("running %s ..." % b.name, file=sys.stderr)
        rows.append(measure(b, b.quick_args if args.quick else b.args, args.python, args.runs, args.warmup))
    print_table(rows, args.markdown, os.path.basename(args.python))
    return 0 if all(r["match"] == "yes" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
