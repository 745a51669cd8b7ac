#!/usr/bin/env python3
"""Make the user guide's pictures from the example workspace: the real board
pack and its charts, rendered by headless Chromium (Debian: chromium).

    python3 scripts/guide_pictures.py [--countdown PATH] [--out docs/pictures]

It copies the example workspace to a temporary folder, syncs the plans,
imports the sample progress, makes the board pack for 31 March 2010, and
screenshots the pack's first page, a trajectory chart and a Christmas Tree.
Nothing in the repository is changed except the pictures.
"""
import argparse

import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AS_OF = "2010-03-31"
BOARD = "awhb"


def run(command, cwd):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    sys.exit("chromium is not installed (Debian: apt-get install chromium)")


def screenshot(browser, page, png, width, height):
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    "--force-device-scale-factor=1", f"--window-size={width},{height}",
                    f"--screenshot={png}", "file://" + page],
                   check=True, capture_output=True)


def chart_page(report_html, svg, folder, name):
    """A page holding one chart, with the pack's own styles."""
    style = re.search(r"<style>.*?</style>", report_html, re.S)
    page = os.path.join(folder, name + ".html")
    with open(page, "w") as out:
        out.write("<!DOCTYPE html><html><head><meta charset='utf-8'>" + (style.group(0) if style else "")
                  + "</head><body style='margin:12px;background:#fff'>" + svg + "</body></html>")
    return page


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--countdown", default=None, help="the countdown executable (default: swift build)")
    parser.add_argument("--out", default=os.path.join(ROOT, "docs", "pictures"))
    args = parser.parse_args()
    countdown = args.countdown
    if countdown is None:
        run(["swift", "build", "--product", "countdown"], ROOT)
        countdown = os.path.join(ROOT, ".build", "debug", "countdown")
    browser = chromium()
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="countdown-guide-") as folder:
        for item in ("countdown.yaml", "plans", "data", "templates", "schema"):
            source = os.path.join(ROOT, item)
            if os.path.isdir(source):
                shutil.copytree(source, os.path.join(folder, item))
            elif os.path.exists(source):
                shutil.copy(source, folder)
        run([countdown, "sync"], folder)
        run([countdown, "import", "data/progress-2009-10.csv", "data/milestones-2009-10.csv"], folder)
        out = os.path.join(folder, "packs")
        run([countdown, "report", "--board", BOARD, "--as-of", AS_OF, "--format", "html", "--out", out], folder)
        pack = next(os.path.join(dirpath, name) for dirpath, _, names in os.walk(out)
                    for name in names if name.endswith(".html"))
        text = open(pack, encoding="utf-8").read()
        svgs = re.findall(r"<svg\b.*?</svg>", text, re.S)
        trajectory = next(s for s in svgs if 'class="chart trajectory"' in s and "smoking" in s.lower())
        tree = next(s for s in svgs if 'class="chart tree"' in s)
        legend = next((s for s in svgs if 'class="chart legend"' in s), "")
        pictures = {
            "board-pack.png": (pack, 1100, 1500),
            "trajectory-chart.png": (chart_page(text, legend + "<br>" + trajectory, folder, "trajectory"), 790, 300),
            "christmas-tree.png": (chart_page(text, tree, folder, "tree"), 760, 310),
        }
        for name, (page, width, height) in pictures.items():
            target = os.path.join(args.out, name)
            screenshot(browser, page, target, width, height)
            print(f"wrote {os.path.relpath(target, ROOT)} ({os.path.getsize(target):,} bytes)")



if __name__ == "__main__":
    main()
