//! The `gazette` binary: parse the command line, call the library, print
//! diagnostics, exit non-zero on errors.

use anyhow::Context;
use clap::Parser;
use gazette::cli::{Cli, Command};
use std::process::ExitCode;

// Rendering allocates many small strings on every thread; glibc's malloc
// took a quarter of a 10,000-article build in profiles.
//
// mimalloc v2, not the crate's default v3: on the same builds v3 left a third
// more anonymous memory (96 against 70 MiB for +1 day at 10,000 articles),
// spread over more 2 MiB huge pages, each zeroed whole by the kernel on first
// touch, and its +1 day builds took 10-13% longer (three alternating runs of
// 9-11 each); full builds took as long with either, at 10,000 and 100,000
// articles, search on or off. bench/README.md, "Session 60".
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

// mimalloc's options (`mimalloc.h`, v2, as vendored by the locked
// libmimalloc-sys), declared here: its Rust bindings do not name this one.
unsafe extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    #[cfg(test)]
    fn mi_option_get(option: std::ffi::c_int) -> std::ffi::c_long;
}
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// A build frees and reallocates hundreds of megabytes (the search index's
/// inversion above all); by default mimalloc hands pages free for 10 ms
/// back to the OS and the kernel zeroes them again on their next use, about
/// a tenth of a search-on build's CPU. A build process ends soon anyway, so
/// it keeps its pages (peak memory about 5% higher); the preview server,
/// which runs for hours, does not.
fn keep_freed_pages() {
    // SAFETY: sets an allocator option; mimalloc reads it on each purge.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) }
}

/// Transparent huge pages off for the preview server, which runs for hours
/// and frees memory back as it goes: mimalloc asks for huge pages on its
/// arenas, so a touch anywhere in a 2 MiB region makes the kernel zero all
/// of it, and a freed part cannot go back without splitting the page.
///
/// A build keeps them. On this host (a VM whose every 4 KiB first touch
/// costs 2-3 µs in the kernel, far more than zeroing the page) a build with
/// nothing to do at 10,000 articles touches 9,300 small pages against 520
/// huge ones, and takes 53 ms against 64 (+1 day: 71 against 82 ms, 10
/// alternating runs each; full builds as fast, peak memory 128 against 86
/// MiB). Sessions before measured the other way round at times: when the
/// kernel has to compact memory to find a free huge page (`defrag` is
/// `madvise`), a build stalls; see bench/README.md, "Huge pages".
fn small_pages_only() {
    #[cfg(target_os = "linux")]
    // SAFETY: sets a flag on this process's memory map; no pointer is passed.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if matches!(cli.command, Command::Serve(_)) {
        small_pages_only();
    }
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            match e.downcast_ref::<gazette::Error>() {
                Some(err) => {
                    for d in err.diagnostics() {
                        eprintln!("{d}");
                    }
                }
                None => eprintln!("error: {e:#}"),
            }
            ExitCode::FAILURE
        }
    }
}

/// Ends a successful build's process at once. Its memory is left to the OS:
/// the allocator handing it back page by page at exit, and freeing what the
/// build left (see `BuildOptions::exiting`), took a tenth of an incremental
/// build.
fn exit_now() -> ! {
    use std::io::Write;
    // Nothing else is flushed by `_exit`; stderr is not buffered.
    let flushed = std::io::stdout().flush();
    // SAFETY: `_exit` only ends the process; every file the build wrote is
    // closed by now, and no destructor or exit handler is needed after it.
    unsafe { libc::_exit(if flushed.is_ok() { 0 } else { 1 }) }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Init { dir } => {
            gazette::site::init(&dir)?;
            println!("created a new site in {}; build it with: gazette build --root {}", dir.display(), dir.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Build(args) => {
            keep_freed_pages();
            let mut options = gazette::site::BuildOptions::from_args(&args);
            options.exiting = true;
            // The whole build on the pool's threads, the main thread only
            // waiting: each thread that allocates has heap pages of its own,
            // which the kernel zeroes on first touch, about a quarter of a
            // +1 day build's CPU on this VM. The build's serial steps (the
            // link, the listing) ran on the main thread, in pages of its
            // own; on a worker they reuse what the parallel steps freed: a
            // +1 day build at 10,000 articles ended with 44-48 MiB of
            // anonymous memory against 52, and took 51.4 ms against 53.2
            // (medians of 20 alternating runs; bench/README.md, "Session 71").
            // The main thread's stack size, for the steps that ran on it.
            let pool = rayon::ThreadPoolBuilder::new().stack_size(8 << 20).build()?;
            let report = pool.install(|| gazette::site::build(&options))?;
            for d in &report.diagnostics {
                eprintln!("{d}");
            }
            if !args.quiet {
                println!("{}", report.summary());
            }
            // Warnings are printed above; only errors fail a build.
            exit_now()
        }
        Command::Check(args) => {
            let report = gazette::site::check(&args.root)?;
            for d in &report.diagnostics {
                eprintln!("{d}");
            }
            println!("{} articles, no errors", report.articles);
            Ok(ExitCode::SUCCESS)
        }
        Command::Import(args) => {
            let code = gazette::import::run_import_command(&args).context("import failed")?;
            Ok(ExitCode::from(code))
        }
        Command::Serve(args) => {
            gazette::serve::serve(&args)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Generate(args) => {
            use gazette::corpus::{Lexicon, Text};
            let text = match &args.words {
                Some(path) => Text::Lexicon(Lexicon::from_file(path)?),
                None if args.varied => Text::Varied,
                None => Text::Sample,
            };
            let n = gazette::corpus::generate_with(&args.out, args.articles, args.seed, text)?;
            eprintln!("generated {n} articles in {}", args.out.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[cfg(test)]
mod tests {
    /// The option number is mimalloc's purge delay: v2's default is 10 ms.
    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // SAFETY: reads an allocator option.
        assert_eq!(unsafe { super::mi_option_get(super::MI_OPTION_PURGE_DELAY) }, 10);
    }
}
