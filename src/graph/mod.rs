//! Link step: the page graph.
