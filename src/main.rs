/// mimalloc rather than the system allocator: the reports, the board's first
/// read and the import build hundreds of thousands of small rows at once, and
/// the system allocator spent a third of `report all` in page faults and in
/// consolidating freed chunks (BENCHMARKS.md, "The allocator").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_t` (mimalloc.h): how
/// long freed memory waits before it goes back to the system. The Rust
/// binding does not name it.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
/// Its default in the mimalloc Cargo.lock pins (1 s), checked before it is
/// changed: another value means the option is not the one we think.
const PURGE_DELAY_DEFAULT_MS: std::ffi::c_long = 1000;

fn main() -> std::process::ExitCode {
    // Freed memory goes back at once: a report reads its rows on two threads
    // and drops one copy, and a delay kept both resident at the peak (25 MB
    // of 195 at 100 000 deals).
    // SAFETY: reading and setting a mimalloc option takes no pointers; it
    // runs before any other thread exists.
    unsafe {
        if libmimalloc_sys::mi_option_get(PURGE_DELAY) == PURGE_DELAY_DEFAULT_MS {
            libmimalloc_sys::mi_option_set(PURGE_DELAY, 0);
        }
    }
    dealdeck::cli::main()
}
