#!/usr/bin/env python3
"""What fresh memory costs on this host, the term that moves a +1 day build most.

    bench/host_memory.py [--mib 32] [--samples 10] [--pause 0.5]

Each sample maps MIB of anonymous memory, asks for transparent huge pages
(as gazette's allocator does) or for small pages, writes one byte per 4 KiB
page and times that first touch; then unmaps it. It prints each sample in ms
per 2 MiB and the median and maximum of each kind.

Why: a build's first touch of a page makes the kernel find and zero one. On
this host (a virtual machine, shared) a huge page costs about 0.1 ms when the
kernel has one at hand and 1 to 9 ms when it has not (it compacts memory, or
the host backs the page first); which one a build meets depends on what else
ran in the last seconds. A +1 day build at 10,000 articles touches about 60
MiB: bench/README.md, "Session 61", found its runs split into two groups, 31
and 58 ms, the slower spending the difference in the kernel zeroing huge
pages. Run this beside a benchmark to see which state the host is in. The
first sample tells the state found; later ones reuse what the one before
freed (use a longer --pause to let the host take it back).

Linux only (Python's mmap.madvise, MADV_HUGEPAGE).
"""
import argparse
import mmap
import statistics
import time

PAGE = 4096
HUGE = 2 << 20


def first_touch(mib, huge, touched_before=False):
    """Milliseconds per 2 MiB to write one byte per page of `mib` MiB of fresh
    anonymous memory (`huge`: with MADV_HUGEPAGE, else MADV_NOHUGEPAGE;
    None: no advice); `touched_before`: the pages are written once untimed
    first, so only the loop is timed."""
    size = mib << 20
    # One huge page more, so that an aligned run of `size` bytes fits.
    m = mmap.mmap(-1, size + HUGE, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
    try:
        if huge is not None:
            m.madvise(mmap.MADV_HUGEPAGE if huge else mmap.MADV_NOHUGEPAGE)
        view = memoryview(m)
        for _ in range(2 if touched_before else 1):
            start = time.perf_counter()
            for at in range(0, size, PAGE):
                view[at] = 1
            seconds = time.perf_counter() - start
        view.release()
    finally:
        m.close()
    return seconds * 1000 / (size / HUGE)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mib", type=int, default=32)
    p.add_argument("--samples", type=int, default=10)
    p.add_argument("--pause", type=float, default=0.5, help="seconds between samples")
    a = p.parse_args()
    if not hasattr(mmap, "MADV_HUGEPAGE"):
        raise SystemExit("this Python has no MADV_HUGEPAGE (Linux only)")
    # Python's own loop over the pages, timed on memory already touched: the
    # floor under each figure.
    floor = min(first_touch(a.mib, None, touched_before=True) for _ in range(3))
    print(f"loop over the pages alone: {floor:.3f} ms per 2 MiB")
    results = {"huge": [], "small": []}
    for i in range(a.samples):
        for kind in results:
            results[kind].append(first_touch(a.mib, kind == "huge"))
        print(f"sample {i + 1}: huge pages {results['huge'][-1]:.3f}, small pages {results['small'][-1]:.3f} ms per 2 MiB")
        time.sleep(a.pause)
    for kind, xs in results.items():
        print(f"{kind} pages: median {statistics.median(xs):.3f}, max {max(xs):.3f} ms per 2 MiB "
              f"(about {statistics.median(xs) * 30:.0f} ms for the 60 MiB a +1 day build at 10,000 articles touches)")


if __name__ == "__main__":
    main()
