//! Render step.
