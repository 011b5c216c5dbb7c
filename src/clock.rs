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

/// Wall and CPU time from one step to the next, read only when on (a
/// timing variable is set): what `GAZETTE_TIMINGS` and
/// `GAZETTE_SEARCH_TIMING` print.
#[derive(Debug, Clone, Copy)]
pub struct Lap {
    on: bool,
    wall: std::time::Instant,
    cpu: f64,
}

impl Lap {
    pub fn new(on: bool) -> Lap {
        Lap { on, wall: std::time::Instant::now(), cpu: if on { cpu_seconds() } else { 0.0 } }
    }

    /// On when the environment variable `var` is set.
    pub fn from_env(var: &str) -> Lap {
        Lap::new(std::env::var_os(var).is_some())
    }

    /// Seconds of wall and CPU time since the previous lap (or the start),
    /// and the next lap starts; `None` when off.
    pub fn lap(&mut self) -> Option<(f64, f64)> {
        if !self.on {
            return None;
        }
        let cpu = cpu_seconds();
        let taken = (self.wall.elapsed().as_secs_f64(), cpu - self.cpu);
        *self = Lap { on: true, wall: std::time::Instant::now(), cpu };
        Some(taken)
    }
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

    #[test]
    fn a_lap_measures_only_when_on() {
        assert_eq!(super::Lap::new(false).lap(), None);
        let mut lap = super::Lap::new(true);
        std::thread::sleep(std::time::Duration::from_millis(5));
        let (wall, cpu) = lap.lap().expect("on");
        assert!(wall >= 0.005 && cpu >= 0.0, "{wall} {cpu}");
    }
}
