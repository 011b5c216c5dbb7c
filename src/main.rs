//! The `gazette` binary: parse the command line, call the library, print
//! diagnostics, exit non-zero on errors.

use anyhow::Context;
use clap::Parser;
use gazette::cli::{Cli, Command};
use std::process::ExitCode;

// Rendering allocates many small strings on every thread; glibc's malloc
// took a quarter of a 10,000-article build in profiles.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
            let mut options = gazette::site::BuildOptions::from_args(&args);
            options.exiting = true;
            let report = gazette::site::build(&options)?;
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
            let n = gazette::corpus::generate(&args.out, args.articles, args.seed)?;
            eprintln!("generated {n} articles in {}", args.out.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}
