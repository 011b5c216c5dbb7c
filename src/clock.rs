//! Profiling aid for every step of the pipeline: the CPU time the process
//! has used, which `GAZETTE_TIMINGS` and `GAZETTE_SEARCH_TIMING` print
//! beside wall time (a step whose CPU time is near its wall time left the
//! other cores idle).

/// CPU seconds the process has used so far, all threads, user and system
/// (0 where the system cannot tell).
#[cfg(unix)]
pub fn cpu_seconds() -> f64 {
    // SAFETY: getrusage only writes the struct it is given, which lives here.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) } != 0 {
        return 0.0;
    }
    let secs = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    secs(u.ru_utime) + secs(u.ru_stime)
}

#[cfg(not(unix))]
pub fn cpu_seconds() -> f64 {
    0.0
}

#[cfg(all(test, unix))]
mod tests {
    #[test]
    fn cpu_time_counts_a_busy_thread() {
        let before = super::cpu_seconds();
        let start = std::time::Instant::now();
        let mut x = 0u64;
        while start.elapsed() < std::time::Duration::from_millis(50) {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(7));
        }
        // 50 ms busy on this thread: most of it is counted, however loaded the machine.
        assert!(super::cpu_seconds() - before > 0.005);
    }
}
