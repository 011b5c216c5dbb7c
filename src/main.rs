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

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Init { dir } => {
            gazette::site::init(&dir)?;
            println!("created a new site in {}; build it with: gazette build --root {}", dir.display(), dir.display());
            Ok(ExitCode::SUCCESS)
        }
        Command::Build(args) => {
            let report = gazette::site::build(&gazette::site::BuildOptions::from_args(&args))?;
            for d in &report.diagnostics {
                eprintln!("{d}");
            }
            if !args.quiet {
                println!("{}", report.summary());
            }
            // Warnings are printed above; only errors fail a build.
            Ok(ExitCode::SUCCESS)
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
