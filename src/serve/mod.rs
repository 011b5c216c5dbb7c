//! Serve step: preview server that rebuilds on change and reloads the browser.
//! (Issue 5.)

pub fn serve(_args: &crate::cli::ServeArgs) -> crate::Result<()> {
    Err(crate::Error::other("gazette serve is not built yet"))
}
