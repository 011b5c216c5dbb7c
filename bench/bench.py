#!/usr/bin/env python3
"""gazette vs Hugo on the same synthetic archive (issue 5). Run through bench/run.sh,
which installs Hugo and builds target/release/gazette first.

For each size: generate the archive once per tool (same seed, same articles), then
build every variant alternately, --runs times each, outputs on /dev/shm; report the
median wall time, peak RSS (the kernel's figure that /usr/bin/time -v prints, see
`timed`), output files and bytes, the ratios gazette/Hugo, the floor (read every
input; cp -r the output) and gazette's time as a multiple of it, the time per article
across sizes, and an incremental figure (one day of 30 articles added to the built
archive).
"""
import argparse
import atexit
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

# (name, label, site.yaml settings); "hugo" is built by Hugo with the minimal templates.
VARIANTS = [
    ("hugo", "Hugo minimal templates", None),
    ("default", "gazette default theme (minify)", {"theme": "default", "minify": "true", "search": "false"}),
    ("minimal", "gazette minimal theme", {"theme": "minimal", "minify": "false", "search": "false"}),
    ("default+search", "gazette default theme + search", {"theme": "default", "minify": "true", "search": "true"}),
    ("minimal+search", "gazette minimal theme + search", {"theme": "minimal", "minify": "false", "search": "true"}),
]
# Not run unless named with --only: where the default theme's time goes.
EXTRA_VARIANTS = [
    ("default-nominify", "gazette default theme, minify off", {"theme": "default", "minify": "false", "search": "false"}),
]
INCREMENTAL = ["default", "default+search"]
NEW_DAY = "20260301"  # after the generated span (which ends 2026-02-28)


def fail(msg):
    sys.exit(f"bench: {msg}")


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def sh(cmd, **kw):
    """Runs a command; a failure stops the benchmark with its output."""
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        fail(f"{' '.join(map(str, cmd))} failed ({r.returncode}):\n{r.stdout[-2000:]}{r.stderr[-2000:]}")
    return r


class Measured:
    def __init__(self, seconds, rss_kib, ok=True, error=""):
        self.seconds, self.rss_kib, self.ok, self.error = seconds, rss_kib, ok, error


def timed(cmd, cwd=None):
    """Wall time (monotonic clock around the process) and peak RSS of a command.

    The peak RSS is the kernel's `ru_maxrss` for the process, from `wait4`: the figure
    `/usr/bin/time -v` prints as "Maximum resident set size", taken the way GNU time takes
    it. The build is no longer started through GNU time: its own start-up sat between the
    clock and the build, 2.3 ms a run here (a `gazette --version` took 4.7 ms under it
    against 2.3 ms without), 4-5% of a +1 day build at 10,000 articles and nothing of a
    full one."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(p.pid, 0)
        seconds = time.perf_counter() - start
        # Reaped here: Popen must not wait for it again.
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    # Linux gives ru_maxrss in KiB.
    rss = usage.ru_maxrss
    if p.returncode != 0:
        lines = (stderr.strip() or stdout.strip()).splitlines()
        return Measured(seconds, rss, False, " | ".join(lines[:3]) or f"exit status {p.returncode}")
    return Measured(seconds, rss)


def shell_seconds(script):
    start = time.perf_counter()
    sh(["bash", "-c", "set -euo pipefail; " + script])
    return time.perf_counter() - start


def tree_size(d):
    files = size = 0
    for dirpath, _, names in os.walk(d):
        for n in names:
            files += 1
            size += os.lstat(os.path.join(dirpath, n)).st_size
    return files, size


def site_yaml(settings):
    """The generated site's configuration (as `gazette generate` writes it) plus the variant's keys."""
    sections = [("要闻", "yaowen"), ("本地新闻", "bendi"), ("经济", "jingji"), ("民生", "minsheng"),
                ("文化", "wenhua"), ("体育", "tiyu"), ("国内", "guonei"), ("评论", "pinglun")]
    topics = ["城市建设", "交通出行", "教育", "医疗卫生", "住房保障", "就业创业", "养老服务", "生态环保", "文化旅游",
              "科技创新", "产业发展", "乡村振兴", "营商环境", "社会治理", "安全生产", "公共服务", "体育赛事",
              "法治建设", "民生实事", "人大政协"]
    s = "title: 城市日报档案\nlanguage: zh-CN\nsections:\n"
    s += "".join(f"  - name: {n}\n    slug: {slug}\n" for n, slug in sections)
    s += "topics:\n" + "".join(f"  - name: {t}\n" for t in topics)
    s += "".join(f"{k}: {v}\n" for k, v in settings.items())
    return s


class Bench:
    def __init__(self, a):
        self.a = a
        self.gazette = os.path.join(a.repo, "target", "release", "gazette")
        if not os.access(self.gazette, os.X_OK):
            fail(f"{self.gazette} missing: run cargo build --release")
        self.gen_py = os.path.join(a.shared, "gen_corpus.py")
        self.use_shared = os.path.isfile(self.gen_py)
        self.hugo_theme = os.path.join(a.shared, "themes", "hugo")
        self.hugo = a.hugo if (a.hugo and self.use_shared and not a.no_hugo) else ""
        self.variants = [v for v in VARIANTS if (v[0] != "hugo" or self.hugo)]
        if a.only:
            wanted = set(a.only.split(","))
            known = [v[0] for v in VARIANTS + EXTRA_VARIANTS]
            unknown = wanted - set(known)
            if unknown:
                fail(f"unknown variant(s) {', '.join(sorted(unknown))}; known: {', '.join(known)}")
            self.variants = [v for v in self.variants + EXTRA_VARIANTS if v[0] in wanted or v[0] == "hugo"]
        self.shm = tempfile.mkdtemp(prefix="gazette-bench-", dir="/dev/shm")
        atexit.register(shutil.rmtree, self.shm, True)
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: sys.exit(130))
        self.scaling = {}  # variant -> [(n, seconds)]

    # ---------- archives ----------
    def seeds_dir(self):
        """gen_corpus.py reads every file of a flat folder: the repo's two sample pages."""
        d = os.path.join(self.a.work, "seeds")
        os.makedirs(d, exist_ok=True)
        pages = os.path.join(self.a.repo, "content", "pages")
        for day in sorted(os.listdir(pages)):
            for f in sorted(os.listdir(os.path.join(pages, day))):
                shutil.copyfile(os.path.join(pages, day, f), os.path.join(d, f"{day}-{f}"))
        return d

    def archive(self, kind, n):
        """bench/work/sites/<kind>-<n>-s<seed>, generated once and reused (a .complete stamp)."""
        d = os.path.join(self.a.work, "sites", f"{kind}-{n}-s{self.a.seed}")
        stamp = os.path.join(d, ".complete")
        if os.path.exists(stamp):
            return d
        shutil.rmtree(d, ignore_errors=True)
        log(f"generating {kind} archive of {n} articles in {d}")
        if kind == "gazette" and not self.use_shared:
            sh([self.gazette, "generate", "--articles", str(n), "--out", d, "--seed", str(self.a.seed)])
        else:
            flavor = "plain" if kind == "gazette" else "hugo"
            sh([sys.executable, self.gen_py, "--articles", str(n), "--out", d, "--flavor", flavor,
                "--source-dir", self.seeds_dir(), "--seed", str(self.a.seed)])
        if kind == "hugo":
            # Copy themes/hugo/. over the generated folder: config(-new).yaml, layouts(-new)/.
            shutil.copytree(self.hugo_theme, d, dirs_exist_ok=True)
        else:
            theme = os.path.join(d, "themes", "minimal")
            shutil.copytree(os.path.join(self.a.repo, "bench", "theme-minimal"), theme, dirs_exist_ok=True)
        open(stamp, "w").close()
        return d

    def configure(self, site, settings):
        with open(os.path.join(site, "site.yaml"), "w", encoding="utf-8") as f:
            f.write(site_yaml(settings))

    # ---------- builds ----------
    def build(self, variant, sites, out):
        name, _, settings = variant
        shutil.rmtree(out, ignore_errors=True)
        if name == "hugo":
            return timed([self.hugo, "--quiet", "-s", sites["hugo"], "--config", "config-new.yaml", "-d", out])
        self.configure(sites["gazette"], settings)
        return timed([self.gazette, "build", "--quiet", "--full", "--root", sites["gazette"], "--out", out])

    def run_size(self, n):
        sites = {"gazette": self.archive("gazette", n)}
        if self.hugo:
            sites["hugo"] = self.archive("hugo", n)
        self.remove_new_day(sites["gazette"])
        results = {v[0]: [] for v in self.variants}
        copies = {v[0]: [] for v in self.variants}
        trees = {}
        for r in range(self.a.runs):
            for v in self.variants:
                name = v[0]
                if results[name] and not results[name][-1].ok:
                    continue  # a failing variant fails every run; don't repeat it
                out = os.path.join(self.shm, f"out-{name}")
                log(f"{n} articles, run {r + 1}/{self.a.runs}: {name}")
                m = self.build(v, sites, out)
                results[name].append(m)
                if m.ok:
                    if name not in trees:
                        trees[name] = tree_size(out)
                    dst = os.path.join(self.shm, "copy")
                    shutil.rmtree(dst, ignore_errors=True)
                    copies[name].append(shell_seconds(f"cp -r '{out}' '{dst}'"))
                    shutil.rmtree(dst, ignore_errors=True)
                else:
                    log(f"{name} failed: {m.error}")
                shutil.rmtree(out, ignore_errors=True)
        reads = {kind: statistics.median(self.read_floor(site) for _ in range(self.a.runs))
                 for kind, site in sites.items()}
        self.report(n, results, copies, trees, reads)
        if not self.a.no_incremental:
            inc = self.incremental(n, sites["gazette"], results)
            self.report_incremental(n, inc, results)

    def read_floor(self, site):
        return shell_seconds(f"cd '{site}' && find content -type f -print0 | xargs -0 cat > /dev/null")

    # ---------- incremental ----------
    def remove_new_day(self, site):
        content = os.path.join(site, "content")
        for section in os.listdir(content):
            d = os.path.join(content, section, "2026")
            if os.path.isdir(d):
                for f in os.listdir(d):
                    if f.startswith(NEW_DAY):
                        os.remove(os.path.join(d, f))

    def add_new_day(self, site, count=30):
        """30 articles dated the day after the archive ends: copies of the first articles,
        with the new date, in their section's 2026 folder."""
        content = os.path.join(site, "content")
        sources = []
        for dirpath, _, names in sorted(os.walk(content)):
            sources += [os.path.join(dirpath, f) for f in sorted(names) if f.endswith(".md")]
            if len(sources) >= count:
                break
        if len(sources) < count:
            fail(f"{site} has fewer than {count} articles to copy into a new day")
        for k, src in enumerate(sources[:count]):
            section = os.path.relpath(src, content).split(os.sep)[0]
            with open(src, encoding="utf-8") as f:
                text = f.read()
            text = re.sub(r"(?m)^date: .*$", f"date: 2026-03-01T{6 + k // 2:02d}:{(k % 2) * 30:02d}:00+08:00", text, 1)
            d = os.path.join(content, section, "2026")
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, f"{NEW_DAY}-{k:04d}.md"), "w", encoding="utf-8") as f:
                f.write(text)

    def incremental(self, n, site, results):
        """Full build, add a day, rebuild without --full (whatever gazette build then does);
        the result is compared with a full build of the same content."""
        out = {}
        for name, _, settings in self.variants:
            if name not in INCREMENTAL or not results[name] or not results[name][-1].ok:
                continue
            self.configure(site, settings)
            times, fulls, identical = [], [], None
            for r in range(self.a.runs):
                o = os.path.join(self.shm, "inc")
                shutil.rmtree(o, ignore_errors=True)
                self.remove_new_day(site)
                full = timed([self.gazette, "build", "--quiet", "--full", "--root", site, "--out", o])
                if not full.ok:
                    break
                self.add_new_day(site)
                try:
                    log(f"{n} articles, incremental run {r + 1}/{self.a.runs}: {name}")
                    m = timed([self.gazette, "build", "--quiet", "--root", site, "--out", o])
                    if not m.ok:
                        log(f"incremental {name} failed: {m.error}")
                        break
                    times.append(m)
                    fulls.append(full)
                    if r == 0:
                        ref = os.path.join(self.shm, "ref")
                        shutil.rmtree(ref, ignore_errors=True)
                        ref_build = timed([self.gazette, "build", "--quiet", "--full", "--root", site, "--out", ref])
                        # The load cache records file stamps and times, not site content.
                        identical = ref_build.ok and subprocess.run(
                            ["diff", "-rq", "-x", "load-cache.bin", o, ref], capture_output=True).returncode == 0
                        shutil.rmtree(ref, ignore_errors=True)
                finally:
                    self.remove_new_day(site)
                    shutil.rmtree(o, ignore_errors=True)
            if times:
                out[name] = (times, fulls, identical)
        return out

    # ---------- printing ----------
    def report(self, n, results, copies, trees, reads):
        print(f"\n== {n:,} articles (seed {self.a.seed}), {self.a.runs} run(s) each, alternating; "
              f"median wall time; outputs on /dev/shm")
        hugo = results.get("hugo")
        hugo_ok = bool(hugo) and all(m.ok for m in hugo)
        h_t = statistics.median(m.seconds for m in hugo) if hugo_ok else None
        h_rss = max(m.rss_kib for m in hugo) if hugo_ok else None
        hdr = (f"{'variant':34} {'wall s':>8} {'peak MiB':>9} {'files':>8} {'MB':>8} {'ms/article':>10} "
               f"{'time/Hugo':>10} {'RSS/Hugo':>9} {'floor s':>8} {'x floor':>8}")
        print(hdr)
        print("-" * len(hdr))
        for name, label, _ in self.variants:
            ms = results[name]
            if not ms:
                continue
            if not all(m.ok for m in ms):
                print(f"{label:34} FAILED: {ms[-1].error[:150]}")
                continue
            t = statistics.median(m.seconds for m in ms)
            rss = max(m.rss_kib for m in ms)
            files, size = trees[name]
            floor = reads["hugo" if name == "hugo" else "gazette"] + statistics.median(copies[name])
            self.scaling.setdefault(name, []).append((n, t))
            ratio_t = f"{t / h_t:.2f}" if h_t and name != "hugo" else ""
            ratio_m = f"{rss / h_rss:.2f}" if h_rss and name != "hugo" else ""
            print(f"{label:34} {t:8.2f} {rss / 1024:9.0f} {files:8d} {size / 1e6:8.1f} {t / n * 1000:10.3f} "
                  f"{ratio_t:>10} {ratio_m:>9} {floor:8.2f} {t / floor:8.1f}")
        for kind, s in reads.items():
            print(f"floor: read every {kind} input file: {s:.2f} s")
        for name, label, _ in self.variants:
            if copies.get(name):
                print(f"floor: cp -r the {name} output: {statistics.median(copies[name]):.2f} s")
        if h_t:
            for name, label, _ in self.variants:
                ms = results[name]
                if name != "hugo" and ms and all(m.ok for m in ms):
                    t = statistics.median(m.seconds for m in ms)
                    rss = max(m.rss_kib for m in ms)
                    speed = f"{h_t / t:.1f}x faster than Hugo" if t <= h_t else f"{t / h_t:.2f}x SLOWER than Hugo"
                    print(f"{label}: {speed}, {rss / h_rss * 100:.0f}% of its peak memory")
        sys.stdout.flush()

    def report_incremental(self, n, inc, results):
        """The ratio against the full builds of the first loop, and against the
        full build each incremental run starts from: seconds apart on the same
        host, so drift between the two loops (the host is shared) does not move it."""
        for name, (times, fulls, identical) in inc.items():
            t = statistics.median(m.seconds for m in times)
            full = statistics.median(m.seconds for m in results[name])
            paired = statistics.median(i.seconds / f.seconds for i, f in zip(times, fulls))
            same = {True: "identical to a full build", False: "DIFFERS from a full build",
                    None: "not compared"}[identical]
            print(f"incremental, {name}, +1 day of 30 articles on {n:,}: {t:.2f} s = {t / full * 100:.1f}% of the "
                  f"full build ({full:.2f} s), peak {max(m.rss_kib for m in times) / 1024:.0f} MiB; output {same}")
            print(f"incremental, {name}, paired with the full build it follows: median {paired * 100:.1f}% "
                  f"(runs: {', '.join(f'{i.seconds:.3f}/{f.seconds:.2f} s' for i, f in zip(times, fulls))})")
        sys.stdout.flush()

    def report_scaling(self):
        if not any(len(v) > 1 for v in self.scaling.values()):
            return
        print("\n== scaling: ms per article (median wall time / articles)")
        sizes = sorted({n for v in self.scaling.values() for n, _ in v})
        print(f"{'variant':34} " + " ".join(f"{n:>10,}" for n in sizes) + "   last/first")
        for name, label, _ in self.variants:
            pts = dict(self.scaling.get(name, []))
            if not pts:
                continue
            cells = " ".join(f"{pts[n] / n * 1000:10.3f}" if n in pts else f"{'':>10}" for n in sizes)
            first, last = min(pts), max(pts)
            growth = (pts[last] / last) / (pts[first] / first)
            print(f"{label:34} {cells}   {growth:9.2f}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-hugo", action="store_true", help="skip the Hugo builds")
    ap.add_argument("--no-incremental", action="store_true", help="skip the incremental figure")
    ap.add_argument("--only", help="comma-separated gazette variants: "
                    + ",".join(v[0] for v in VARIANTS[1:] + EXTRA_VARIANTS))
    ap.add_argument("--repo", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--hugo", default="")
    a = ap.parse_args()
    if a.runs < 1 or any(n < 30 for n in a.sizes):
        fail("--runs must be at least 1 and every size at least 30 articles")
    b = Bench(a)
    if b.hugo:
        v = sh([b.hugo, "version"]).stdout.split()
        print(f"Hugo: {' '.join(v[:2])}")
    print(f"gazette: {b.gazette}; {os.cpu_count()} CPUs; archives from "
          f"{'gen_corpus.py' if b.use_shared else 'gazette generate'}")
    for n in a.sizes:
        b.run_size(n)
    b.report_scaling()


if __name__ == "__main__":
    main()
