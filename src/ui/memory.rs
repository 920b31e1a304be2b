//! Handing freed memory back to the system after a background job lets go of a
//! large structure.

/// The resident size would otherwise stay at the peak of the job: mimalloc
/// (the program's allocator, `main.rs`) keeps a thread's freed pages for that
/// thread until asked; glibc (which the library's tests allocate with) keeps
/// memory freed by a thread in that thread's arena.
pub fn give_back_freed_memory() {
    // SAFETY: mi_collect only returns free pages of this thread's heap (and
    // abandoned ones); it touches no live allocation, and does nothing when
    // mimalloc is not the allocator in use.
    unsafe {
        libmimalloc_sys::mi_collect(true);
    }
    // In the program glibc holds next to nothing (mimalloc serves Rust); this
    // is for the tests, which allocate with glibc.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free heap pages; it touches no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}
