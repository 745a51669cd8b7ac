#!/usr/bin/env python3
"""The example workspace with N extra milestones on one plan, every one overdue
at 2010-03-31 (issue 16: report time grew with the square of overdue milestones).

    python3 bench/generate_overdue.py ROOT OUT N
"""
import sys, os, shutil
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
shutil.rmtree(dst, ignore_errors=True)
os.makedirs(dst)
for item in ["countdown.yaml", "plans", "data"]:
    (shutil.copytree if os.path.isdir(os.path.join(src, item)) else shutil.copy)(os.path.join(src, item), os.path.join(dst, item))
p = os.path.join(dst, "plans/tobacco-control.yaml")
lines = open(p).read().split("\n")
i = lines.index("    milestones:", 0)
extra = []
for k in range(n):
    extra += [f"      - id: extra-{k}", f"        title: Extra milestone {k}", f"        due: 2009-0{4 + k % 6}-{10 + k % 18}",
              "        owner: { role: Head of Primary Care Contracting, organisation: nhs-manchester }"]
lines[i+1:i+1] = extra
open(p, "w").write("\n".join(lines))
