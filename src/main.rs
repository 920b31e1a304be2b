/// mimalloc rather than the system allocator: the reports, the board's first
/// read and the import build hundreds of thousands of small rows at once, and
/// the system allocator spent a third of `report all` in page faults and in
/// consolidating freed chunks (BENCHMARKS.md, "The allocator").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc's `mi_option_t` (mimalloc.h): how
/// long freed memory waits before it goes back to the system. The Rust
/// binding does not name it.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
/// Its default in the mimalloc Cargo.lock pins (1 s). Any other value is left
/// alone: either `MIMALLOC_PURGE_DELAY` set it (the user's choice), or the
/// option is not the one we think (a test below fails on a mimalloc upgrade).
const PURGE_DELAY_DEFAULT_MS: std::ffi::c_long = 1000;

fn main() -> std::process::ExitCode {
    // Freed memory goes back at once: a report frees what one section made
    // while it builds the next, and a delay kept both resident at the peak
    // (`report all` at 100 000 deals: 92 MB without it, 105-107 MB with).
    // SAFETY: reading and setting a mimalloc option passes integers only
    // and mimalloc stores options atomically.
    unsafe {
        if libmimalloc_sys::mi_option_get(PURGE_DELAY) == PURGE_DELAY_DEFAULT_MS {
            libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        }
    }
    dealdeck::cli::main()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The option `main` changes is still the purge delay with its default:
    /// a mimalloc upgrade that moves or changes it fails here, not silently.
    #[test]
    fn the_purge_delay_option_is_where_main_expects_it() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_some() {
            return;
        }
        // SAFETY: as in `main`.
        let delay = unsafe { libmimalloc_sys::mi_option_get(PURGE_DELAY) };
        assert_eq!(delay, PURGE_DELAY_DEFAULT_MS);
    }
}
