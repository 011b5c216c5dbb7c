#!/usr/bin/env python3
"""Time from saving an article to the changed page being served by `gazette serve`.

Usage: bench/serve_latency.py SITE [--runs 5] [--pause 0.5] [--port 0] [--gazette target/release/gazette]

SITE is a gazette site (e.g. from `gazette generate --articles 10000 --out SITE`). The
script starts `gazette serve` on it, waits for the first build, then for each run
rewrites one article's title and polls the article page until the new title is served,
printing each latency, the median and the maximum. It restores the article and stops the
server. With `search: true` the server builds the search index in the background after the
page is served; `--pause` sets how soon the next save follows. The server picks a free port
(`--port 0`, the default here) and the script reads it from the line the server prints.
"""
import argparse
import glob
import http.client
import os
import re
import statistics
import subprocess
import sys
import threading
import time


def get(port, path):
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        c.request("GET", path)
        r = c.getresponse()
        return r.status, r.read().decode("utf-8", "replace")
    except OSError:
        return None, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("site")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pause", type=float, default=0.5, help="seconds between a page served and the next save")
    ap.add_argument("--port", type=int, default=0, help="0: a free port, as the server reports it")
    ap.add_argument("--gazette", default=os.path.join(os.path.dirname(__file__), "..", "target", "release", "gazette"))
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.site, "content", "**", "*.md"), recursive=True))
    if not files:
        sys.exit(f"no articles under {a.site}/content")
    target = original = None
    server = subprocess.Popen([a.gazette, "serve", "--root", a.site, "--port", str(a.port)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        t0 = time.time()
        # "serving DIR on http://127.0.0.1:PORT/ (...)", printed once the first build is done.
        for line in server.stdout:
            m = re.search(r"^serving .* on http://127\.0\.0\.1:(\d+)/", line)
            if m:
                a.port = int(m.group(1))
                break
        else:
            sys.exit("gazette serve stopped before serving")
        # Its later lines (one per rebuild) are read and dropped, so the pipe never fills.
        threading.Thread(target=server.stdout.read, daemon=True).start()
        while get(a.port, "/")[0] != 200:
            if server.poll() is not None or time.time() - t0 > 600:
                sys.exit("gazette serve did not come up")
            time.sleep(0.2)
        print(f"first build served after {time.time() - t0:.1f}s")
        # The article's page, found by its title: one from the middle of the
        # archive whose title no other page has (generated archives repeat titles).
        pages = [(p, open(p, encoding="utf-8").read(500_000))
                 for p in glob.glob(os.path.join(a.site, "output", "*", "*", "*", "*", "index.html"))]
        url = None
        for target in files[len(files) // 2:] + files[:len(files) // 2]:
            original = open(target, encoding="utf-8").read()
            title = re.search(r"^title:\s*(.+)$", original, re.M).group(1).strip().strip('"')
            found = [p for p, html in pages if f"<h1>{title}</h1>" in html]
            if len(found) == 1:
                url = "/" + os.path.relpath(found[0], os.path.join(a.site, "output")).replace(os.sep, "/")
                break
        if url is None:
            sys.exit("no article has a title of its own")
        lat = []
        for i in range(a.runs):
            marker = f"改稿{i}-{time.time_ns()}"
            with open(target, "w", encoding="utf-8") as f:
                f.write(original.replace(title, title + marker, 1))
            saved = time.time()
            while True:
                status, body = get(a.port, url)
                if status == 200 and marker in body:
                    break
                if time.time() - saved > 120:
                    sys.exit("timed out waiting for the change")
                time.sleep(0.005)
            lat.append((time.time() - saved) * 1000)
            print(f"run {i + 1}: {lat[-1]:.0f} ms from save to the page served")
            time.sleep(a.pause)
        search = re.search(r"^search:\s*(\S+)", open(os.path.join(a.site, "site.yaml"), encoding="utf-8").read(), re.M)
        print(f"median {statistics.median(lat):.0f} ms, max {max(lat):.0f} ms over {len(lat)} runs "
              f"({len(files)} articles, search: {search.group(1) if search else 'default'})")
    finally:
        if target is not None:
            with open(target, "w", encoding="utf-8") as f:
                f.write(original)
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
