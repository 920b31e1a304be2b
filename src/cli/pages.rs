//! Whether a command's memory may be backed by huge pages (2 MB).
//!
//! mimalloc asks the kernel for huge pages where it allows them, so a
//! command that builds a large input takes a few hundred page faults instead
//! of tens of thousands. Each huge page is resident whole, though: for a
//! small input the rounding costs more memory than the faults cost time.

/// Deals from which a report keeps huge pages. A million deals: `report all`
/// 0.53-0.59 s with them, 0.93 s without (the budget is 1 s); 100 000 deals:
/// 60-70 ms and 83-92 MB with them, 80 ms and 75 MB without (the budgets are
/// 150 ms and 80 MB). BENCHMARKS.md, "What a report holds".
const HUGE_PAGES_FROM_DEALS: u64 = 250_000;

/// Small pages for the rest of the process when `deals` is below
/// `HUGE_PAGES_FROM_DEALS`; call it before reading the whole input. Only for
/// a command that owns its process: a served command shares the server's.
pub fn fit_to_deals(deals: u64) {
    if deals < HUGE_PAGES_FROM_DEALS {
        no_huge_pages();
    }
}

#[cfg(target_os = "linux")]
fn no_huge_pages() {
    set_thp_disabled(true);
}

/// Sets this process's flag that refuses it huge pages. On a kernel without
/// it the call fails and nothing changes (the command is as fast, and as
/// large, as it was).
#[cfg(target_os = "linux")]
fn set_thp_disabled(disabled: bool) {
    let zero: libc::c_ulong = 0;
    // SAFETY: prctl(PR_SET_THP_DISABLE) takes integers only (read as
    // `unsigned long`, as passed; the unused ones must be zero) and changes
    // how the kernel backs this process's later page faults, nothing in memory.
    unsafe {
        libc::prctl(
            libc::PR_SET_THP_DISABLE,
            libc::c_ulong::from(disabled),
            zero,
            zero,
            zero,
        );
    }
}

#[cfg(not(target_os = "linux"))]
fn no_huge_pages() {}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;

    fn huge_pages_refused() -> bool {
        let zero: libc::c_ulong = 0;
        // SAFETY: PR_GET_THP_DISABLE only reads the flag.
        unsafe { libc::prctl(libc::PR_GET_THP_DISABLE, zero, zero, zero, zero) == 1 }
    }

    /// The switch is the process's: the test puts it back as it found it.
    #[test]
    fn a_large_workspace_keeps_huge_pages_and_a_small_one_gives_them_up() {
        let before = huge_pages_refused();
        set_thp_disabled(false);
        fit_to_deals(HUGE_PAGES_FROM_DEALS);
        assert!(!huge_pages_refused());
        fit_to_deals(HUGE_PAGES_FROM_DEALS - 1);
        assert!(huge_pages_refused());
        set_thp_disabled(before);
    }
}
