//! Render step, part 1: the theme (templates + static files), from
//! `themes/<name>/` or, for `default`, the copy built into gazette.
