//! `cargo bench`: the scale benchmark of issue 5 that needs nothing but this
//! repository (no Python, no Hugo). The comparison with Hugo is
//! `bench/run.sh` (see bench/README.md); this one times gazette alone:
//!
//! - full builds (`--full`, the default theme, minified) with the search
//!   index off and on, and what share of the search-on build the index is
//!   (issue 4);
//! - adding one day of 30 articles, as the incremental build after a full
//!   one, and that time as a share of the full build it follows (issue 5:
//!   at most 5%), search off and on;
//! - adding one day as the text of 8 printed pages (the repository's sample
//!   pages), imported by the build: the staff's own workflow;
//! - a build with nothing changed (the fixed cost of an incremental build);
//! - time per article from the smallest to the largest archive.
//!
//! It drives the `gazette` binary as a user does, one process per build, and
//! reads each build's peak memory from `wait4`. Archives come from the
//! binary's own generator (`gazette generate`, the shape of
//! `../shared/bench/gen_corpus.py --flavor plain`) and are kept under
//! `target/bench-work/` for the next run; outputs go to `/dev/shm` where it
//! exists, as `bench/run.sh`'s do.
//!
//! `cargo bench -- [SIZES...] [--runs N] [--varied]` (default: 1000 10000, 3 runs;
//! `--varied`: archives of `gazette generate --varied`, a real archive's vocabulary).
//! Figures are medians; the machine is shared and noisy, so compare ratios
//! measured in one run rather than seconds across runs.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const BIN: &str = env!("CARGO_BIN_EXE_gazette");
/// The day after the generated span (which ends 2026-02-28).
const NEW_DAY: &str = "20260301";
const NEW_DAY_ARTICLES: usize = 30;

struct Run {
    seconds: f64,
    peak_mib: f64,
}

fn main() {
    let mut sizes: Vec<usize> = Vec::new();
    let mut runs = 3;
    let mut varied = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--runs" => runs = args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage()),
            "--varied" => varied = true,
            // What `cargo bench` passes to every bench target.
            "--bench" => {}
            _ => sizes.push(a.parse().unwrap_or_else(|_| usage())),
        }
    }
    if sizes.is_empty() {
        sizes = vec![1_000, 10_000];
    }
    let runs = runs.max(1);
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let work = manifest.join("target/bench-work");
    let shm = Path::new("/dev/shm");
    let outs = if shm.is_dir() { shm.join(format!("gazette-bench-{}", std::process::id())) } else { work.join("out") };
    println!("gazette {BIN}");
    println!("{runs} run(s) per figure, median wall time; outputs under {}", outs.display());
    let mut scaling = Vec::new();
    for &n in &sizes {
        let site = archive(&work, n, varied);
        let out = outs.join("site");
        remove_new_day(&site);
        remove_raw_day(&site);

        let mut full = [Vec::new(), Vec::new()];
        for _ in 0..runs {
            for (search, times) in full.iter_mut().enumerate() {
                configure(&site, search == 1);
                let _ = std::fs::remove_dir_all(&out);
                times.push(build(&site, &out, true));
            }
        }
        let mut inc = [Vec::new(), Vec::new()];
        let mut paired = [Vec::new(), Vec::new()];
        let mut unchanged = Vec::new();
        for search in 0..2 {
            configure(&site, search == 1);
            for _ in 0..runs {
                let (f, i) = day_after_full_build(&site, &out, remove_new_day, add_new_day);
                if search == 0 {
                    unchanged.push(build(&site, &out, false));
                }
                paired[search].push(i.seconds / f.seconds);
                inc[search].push(i);
            }
            remove_new_day(&site);
        }
        // The staff's own workflow: a day of printed pages' text, imported.
        configure(&site, false);
        let (mut raw, mut raw_paired) = (Vec::new(), Vec::new());
        for _ in 0..runs {
            let (f, i) = day_after_full_build(&site, &out, remove_raw_day, add_raw_day);
            raw_paired.push(i.seconds / f.seconds);
            raw.push(i);
        }
        remove_raw_day(&site);
        let _ = std::fs::remove_dir_all(&out);

        let t = |v: &[Run]| median(v.iter().map(|r| r.seconds).collect());
        let peak = |v: &[Run]| v.iter().map(|r| r.peak_mib).fold(0.0, f64::max);
        let (off, on) = (t(&full[0]), t(&full[1]));
        scaling.push((n, off));
        println!("\n== {n} articles");
        println!(
            "full build, search off: {off:.2} s, {:.0} MiB peak, {:.3} ms/article",
            peak(&full[0]),
            off / n as f64 * 1e3
        );
        println!("full build, search on:  {on:.2} s, {:.0} MiB peak", peak(&full[1]));
        println!("search index: {:.0}% of the search-on build ((on - off) / on)", (on - off) / on * 100.0);
        for (search, label) in [(0, "off"), (1, "on")] {
            println!(
                "+1 day of {NEW_DAY_ARTICLES} articles, search {label}: {:.3} s = {:.1}% of the full build it follows \
                 (median of {runs} pairs; {:.1}% of the median full build), {:.0} MiB peak",
                t(&inc[search]),
                median(paired[search].clone()) * 100.0,
                t(&inc[search]) / [off, on][search] * 100.0,
                peak(&inc[search]),
            );
        }
        println!(
            "+1 day of {RAW_DAY_PAGES} raw pages (imported), search off: {:.3} s = {:.1}% of the full build it follows \
             (median of {runs} pairs), {:.0} MiB peak",
            t(&raw),
            median(raw_paired) * 100.0,
            peak(&raw),
        );
        println!("nothing changed, search off: {:.3} s, {:.0} MiB peak", t(&unchanged), peak(&unchanged));
    }
    let _ = std::fs::remove_dir_all(&outs);
    if scaling.len() > 1 {
        println!("\n== scaling, search off: ms per article");
        for (n, s) in &scaling {
            println!("{n:>9} articles: {:.3}", s / *n as f64 * 1e3);
        }
        let (n0, s0) = scaling[0];
        let (n1, s1) = scaling[scaling.len() - 1];
        println!(
            "largest / smallest: {:.2} (at most 1: time per article does not grow)",
            (s1 / n1 as f64) / (s0 / n0 as f64)
        );
    }
}

fn usage() -> ! {
    eprintln!("usage: cargo bench -- [ARTICLES...] [--runs N] [--varied]");
    std::process::exit(2)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    let m = v.len() / 2;
    if v.len() % 2 == 1 { v[m] } else { (v[m - 1] + v[m]) / 2.0 }
}

/// The generated archive of `n` articles (seed 1), made once and kept;
/// `varied`: with `generate --varied` bodies (a real archive's vocabulary).
fn archive(work: &Path, n: usize, varied: bool) -> PathBuf {
    let site = work.join(format!("site-{n}-s1{}", if varied { "-varied" } else { "" }));
    // Written last: an archive whose generation was cut short is made again.
    if site.join("site.base.yaml").is_file() {
        return site;
    }
    let _ = std::fs::remove_dir_all(&site);
    let started = Instant::now();
    let status = Command::new(BIN)
        .args(["generate", "--articles", &n.to_string(), "--seed", "1", "--out"])
        .arg(&site)
        .args(varied.then_some("--varied"))
        .stderr(std::process::Stdio::null())
        .status()
        .expect("run gazette generate");
    assert!(status.success(), "gazette generate failed for {n} articles");
    std::fs::copy(site.join("site.yaml"), site.join("site.base.yaml")).expect("keep the generated site.yaml");
    eprintln!("generated {n} articles in {:.1} s", started.elapsed().as_secs_f64());
    site
}

/// The generated configuration with the default theme, minified, and the
/// search index on or off.
fn configure(site: &Path, search: bool) {
    let base = std::fs::read_to_string(site.join("site.base.yaml")).expect("read site.base.yaml");
    let kept: String = base
        .lines()
        .filter(|l| !l.starts_with("search:") && !l.starts_with("minify:") && !l.starts_with("theme:"))
        .map(|l| format!("{l}\n"))
        .collect();
    let yaml = format!("{kept}theme: default\nminify: true\nsearch: {search}\n");
    std::fs::write(site.join("site.yaml"), yaml).expect("write site.yaml");
}

/// One `gazette build` process: wall time and peak memory (from `wait4`,
/// so only this process's).
fn build(site: &Path, out: &Path, full: bool) -> Run {
    let mut cmd = Command::new(BIN);
    cmd.args(["build", "--quiet", "--root"]).arg(site).arg("--out").arg(out);
    if full {
        cmd.arg("--full");
    }
    let started = Instant::now();
    let child = cmd.spawn().expect("start gazette build");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, whose handle is not waited on again.
    let got = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(got, pid, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "gazette build of {} failed (status {status})",
        site.display()
    );
    drop(child);
    Run { seconds, peak_mib: usage.ru_maxrss as f64 / 1024.0 }
}

/// A new day after the archive: copies of its first articles, dated that
/// day (half an hour apart), each in its section's 2026 folder (as
/// `bench/bench.py` makes it).
fn add_new_day(site: &Path) {
    let content = site.join("content");
    // The Markdown files in the order a build walks them (sorted by path).
    let files = gazette::content::scan(site).markdown;
    assert!(files.len() >= NEW_DAY_ARTICLES, "{} has fewer than {NEW_DAY_ARTICLES} articles", site.display());
    for (k, src) in files.iter().take(NEW_DAY_ARTICLES).enumerate() {
        let text = std::fs::read_to_string(src).expect("read an article");
        let date = format!("date: 2026-03-01T{:02}:{:02}:00+08:00", 6 + k / 2, (k % 2) * 30);
        let mut replaced = false;
        let text: String = text
            .lines()
            .map(|l| {
                if !replaced && l.starts_with("date: ") {
                    replaced = true;
                    format!("{date}\n")
                } else {
                    format!("{l}\n")
                }
            })
            .collect();
        let section = src.strip_prefix(&content).expect("under content").components().next().expect("a section");
        let dir = content.join(section).join("2026");
        std::fs::create_dir_all(&dir).expect("make the 2026 folder");
        std::fs::write(dir.join(format!("{NEW_DAY}-{k:04}.md")), text).expect("write a new article");
    }
}

/// A full build into a new output without the day, then the day added and
/// built incrementally: (full, incremental).
fn day_after_full_build(site: &Path, out: &Path, remove: fn(&Path), add: fn(&Path)) -> (Run, Run) {
    let _ = std::fs::remove_dir_all(out);
    remove(site);
    let full = build(site, out, true);
    add(site);
    (full, build(site, out, false))
}

/// Pages of printed text in a new day's folder, `content/pages/<NEW_DAY>/NN.txt`:
/// the repository's sample pages (two real pages of a municipal daily), in turn.
const RAW_DAY_PAGES: usize = 8;

fn add_raw_day(site: &Path) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let pages = gazette::content::scan(repo).raw_pages;
    assert!(!pages.is_empty(), "the sample pages are in {}", repo.join("content/pages").display());
    let dir = raw_day_dir(site);
    std::fs::create_dir_all(&dir).expect("make the day's folder");
    for k in 0..RAW_DAY_PAGES {
        let text = std::fs::read(&pages[k % pages.len()].path).expect("read a sample page");
        std::fs::write(dir.join(format!("{:02}.txt", k + 1)), text).expect("write a page");
    }
}

fn remove_raw_day(site: &Path) {
    let _ = std::fs::remove_dir_all(raw_day_dir(site));
}

fn raw_day_dir(site: &Path) -> PathBuf {
    site.join("content/pages").join(format!("{}-{}-{}", &NEW_DAY[..4], &NEW_DAY[4..6], &NEW_DAY[6..]))
}

fn remove_new_day(site: &Path) {
    for f in gazette::content::scan(site).markdown {
        if f.file_name().is_some_and(|n| n.to_string_lossy().starts_with(NEW_DAY)) {
            std::fs::remove_file(&f).expect("remove a new day's article");
        }
    }
}
