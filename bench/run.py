#!/usr/bin/env python3
"""countdown's benchmarks: whole commands timed as processes, peak memory from
wait4, peers and floors measured in the same run. See BENCHMARKS.md.

    python3 bench/run.py                 # sizes 100, 1000, 10000 plans; 3 runs each (1 at 10,000)
    python3 bench/run.py --sizes 1000 --runs 5
    python3 bench/run.py --sizes 10000 --runs-large 3
"""
import argparse
import glob
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build-bench", "workspaces")
AS_OF = "2014-03-31"


def run_once(command, cwd, stdin=None):
    """Seconds and peak resident memory (MB) of one run of a command."""
    # stderr goes to a file: a pipe read only after the process ends fills up
    # (64 kB) and blocks a command that says much.
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        errors.seek(0)
        error = errors.read().decode(errors="replace")
    code = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss / 1024, code, error


def measure(name, command, cwd, runs, prepare=None, ok=(0,), stdin_file=None):
    times, memory = [], []
    for _ in range(runs):
        if prepare:
            prepare()
        stdin = open(stdin_file) if stdin_file else None
        elapsed, rss, code, error = run_once(command, cwd, stdin)
        if stdin:
            stdin.close()
        if code not in ok:
            print(f"  {name}: exit {code}\n{error[-2000:]}", file=sys.stderr)
            sys.exit(1)
        times.append(elapsed)
        memory.append(rss)
    result = {"name": name, "min": min(times), "median": statistics.median(times), "max": max(times),
              "rss": max(memory)}
    print(f"  {name:<34} median {result['median']:8.3f} s  min {result['min']:8.3f}  max {result['max']:8.3f}"
          f"  peak {result['rss']:7.1f} MB", flush=True)
    return result


def build():
    print("building countdown (release) and the libyaml floor …", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--scratch-path", os.path.join(ROOT, ".build-bench"),
                    "--product", "countdown"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    floor = os.path.join(ROOT, ".build-bench", "libyaml_floor")
    subprocess.run(["cc", "-O2", "-o", floor, os.path.join(ROOT, "bench", "libyaml_floor.c"), "-lyaml"],
                   check=True)
    return os.path.join(ROOT, ".build-bench", "release", "countdown"), floor


def workspace(plans, years):
    folder = os.path.join(WORK, f"{plans}-plans")
    marker = os.path.join(folder, f".generated-{years}")
    if not os.path.exists(marker):
        shutil.rmtree(folder, ignore_errors=True)
        print(f"generating {plans} plans with {years} years of monthly actuals …", flush=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_workspace.py"), folder,
                        "--plans", str(plans), "--years", str(years), "--seed", "1"], check=True)
        open(marker, "w").close()
    return folder


def import_parts(folder, limit=400 * 1024 * 1024):
    """The actuals as `countdown import` takes them: one file, or parts under its
    512 MB limit per file (10,000 plans make 700 MB), each with the header."""
    whole = os.path.join(folder, "actuals.csv")
    if os.path.getsize(whole) <= limit:
        return ["actuals.csv"]
    parts = sorted(glob.glob(os.path.join(folder, "actuals-part-*.csv")))
    if not parts:
        with open(whole, "rb") as source:
            header = source.readline()
            number, part = 0, None
            for line in source:
                if part is None or part.tell() >= limit:
                    if part:
                        part.close()
                    number += 1
                    part = open(os.path.join(folder, f"actuals-part-{number}.csv"), "wb")
                    part.write(header)
                part.write(line)
            part.close()
        parts = sorted(glob.glob(os.path.join(folder, "actuals-part-*.csv")))
    return [os.path.basename(p) for p in parts]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--runs-large", type=int, default=1,
                        help="runs at 10,000 plans and more (a run of every workload there takes minutes)")
    parser.add_argument("--years", type=int, default=9, help="years of monthly actuals (9: 1.08M rows at 1,000 plans)")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--overdue", default="10000,20000",
                        help="W6: one plan with this many overdue milestones (empty: none)")
    args = parser.parse_args()
    countdown, floor = build()
    results = {}
    for size in [int(s) for s in args.sizes.split(",")]:
        runs = args.runs if size < 10000 else args.runs_large
        folder = workspace(size, args.years)
        store = os.path.join(folder, ".countdown")
        plans = sorted(glob.glob(os.path.join(folder, "plans", "*.yaml")))
        megabytes = sum(os.path.getsize(p) for p in plans) / 1e6
        rows = sum(1 for _ in open(os.path.join(folder, "actuals.csv"))) - 1
        print(f"\n{size} plans ({megabytes:.1f} MB of YAML), {rows:,} actual rows", flush=True)
        # Every file read once first, so that no workload (or floor) pays for a cold page cache
        # while the others do (at 10,000 plans there is one run of each).
        for path in plans + [os.path.join(folder, "actuals.csv")]:
            with open(path, "rb") as handle:
                while handle.read(1 << 20):
                    pass
        r = results[size] = {}
        r["W1 lint"] = measure("W1  lint, every plan", [countdown, "lint", "--quiet"], folder, runs)
        r["W1' lint one"] = measure("W1' lint, one plan", [countdown, "lint", "--quiet", plans[0]], folder, runs)
        r["W2 sync"] = measure("W2  sync into an empty store", [countdown, "sync"], folder, runs,
                               prepare=lambda: shutil.rmtree(store, ignore_errors=True))

        def fresh_synced_store():
            shutil.rmtree(store, ignore_errors=True)
            subprocess.run([countdown, "sync"], cwd=folder, check=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        r["W3 import"] = measure("W3  import actuals", [countdown, "import"] + import_parts(folder), folder, runs,
                                 prepare=fresh_synced_store)
        r["W4 status"] = measure("W4  status, every plan (text)", [countdown, "status", "--as-of", AS_OF],
                                 folder, runs)
        r["W4' status json"] = measure("W4' status, every plan (JSON)",
                                       [countdown, "status", "--as-of", AS_OF, "--format", "json"], folder, runs)
        if subprocess.run([countdown, "report", "--help"], capture_output=True).returncode == 0:
            out = os.path.join(folder, "report-out")
            r["W5 report"] = measure("W5  report, every board", [countdown, "report", "--as-of", AS_OF, "--out", out],
                                     folder, runs, prepare=lambda: shutil.rmtree(out, ignore_errors=True))
        r["floor libyaml"] = measure("floor: libyaml events", [floor] + plans, folder, runs)

        def empty_database():
            if os.path.exists(os.path.join(folder, "floor.sqlite")):
                os.remove(os.path.join(folder, "floor.sqlite"))
            subprocess.run(["sqlite3", "floor.sqlite",
                            "CREATE TABLE actual(measure TEXT, date TEXT, value REAL, source TEXT, note TEXT);"],
                           cwd=folder, check=True)
        r["floor sqlite3"] = measure("floor: sqlite3 .import", ["sqlite3", "floor.sqlite",
                                     ".import --csv --skip 1 actuals.csv actual"], folder, runs,
                                     prepare=empty_database)
        if size == 1000 and not args.no_peers:
            schema = os.path.join(ROOT, "schema", "plan.schema.json")
            if shutil.which("check-jsonschema"):
                r["check-jsonschema"] = measure("peer: check-jsonschema", ["check-jsonschema", "--schemafile",
                                                schema] + plans, folder, 1, ok=(0, 1))
            if shutil.which("yamllint"):
                r["yamllint"] = measure("peer: yamllint", ["yamllint", "-d", "relaxed"] + plans, folder, 1,
                                        ok=(0, 1))
    overdue = [int(s) for s in args.overdue.split(",") if s]
    if overdue:
        print("\nW6: the example workspace with one plan's milestones all overdue", flush=True)
        figures = []
        for count in overdue:
            folder = os.path.join(WORK, f"overdue-{count}")
            subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_overdue.py"), ROOT, folder,
                            str(count)], check=True)
            out = os.path.join(folder, "report-out")
            figures.append(measure(f"W6  report, {count:,} overdue milestones",
                                   [countdown, "report", "--as-of", "2010-03-31", "--out", out], folder, 1,
                                   prepare=lambda: shutil.rmtree(out, ignore_errors=True)))
        for (a, fa), (b, fb) in zip(zip(overdue, figures), zip(overdue[1:], figures[1:])):
            print(f"  W6 growth {a:,} -> {b:,} milestones: {fb['median'] / fa['median']:.1f}x "
                  f"(linear: {b / a:.1f}x)")
    report(results)


def report(results):
    print("\nTargets")
    if 1000 in results:
        r = results[1000]

        def line(text, value, target, good):
            print(f"  {'met ' if good else 'MISS'} {text}: {value} (target {target})")
        ratio = r["W1 lint"]["median"] / r["floor libyaml"]["median"]
        line("W1 against the libyaml floor", f"{ratio:.1f}x", "within 3x", ratio <= 3)
        if "check-jsonschema" in r:
            speed = r["check-jsonschema"]["median"] / r["W1 lint"]["median"]
            line("W1 against check-jsonschema", f"{speed:.0f}x faster", "at least 20x", speed >= 20)
        if "yamllint" in r:
            print(f"       W1 against yamllint: {r['yamllint']['median'] / r['W1 lint']['median']:.0f}x faster")
        one = r["W1' lint one"]["median"]
        line("W1' one plan", f"{one * 1000:.0f} ms", "under 50 ms", one < 0.05)
        line("W2 sync", f"{r['W2 sync']['median']:.2f} s", "under 2 s", r["W2 sync"]["median"] < 2)
        ratio = r["W3 import"]["median"] / r["floor sqlite3"]["median"]
        line("W3 against sqlite3 .import", f"{ratio:.1f}x", "within 2x", ratio <= 2)
        line("W4 status (text)", f"{r['W4 status']['median']:.2f} s", "under 1 s", r["W4 status"]["median"] < 1)
        json_status = r["W4' status json"]["median"]
        line("W4' status (JSON, every actual)", f"{json_status:.2f} s", "under 1 s", json_status < 1)
        if "W5 report" in r:
            line("W5 report", f"{r['W5 report']['median']:.2f} s", "under 3 s", r["W5 report"]["median"] < 3)
        peak = max(v["rss"] for k, v in r.items() if k.startswith("W"))
        line("peak memory at 1,000 plans", f"{peak:.0f} MB", "under 300 MB", peak < 300)
    if 1000 in results and 10000 in results:
        for name in [k for k in results[1000] if k.startswith("W") and k != "W1' lint one"]:
            if name in results[10000]:
                growth = results[10000][name]["median"] / results[1000][name]["median"]
                print(f"  {'met ' if growth <= 12 else 'MISS'} {name} at 10x the plans: {growth:.1f}x the time"
                      " (target at most 12x)")


if __name__ == "__main__":
    main()
