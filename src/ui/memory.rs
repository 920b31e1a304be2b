//! Handing freed memory back to the system after a background job lets go of a
//! large structure.

/// glibc keeps memory freed by a thread in that thread's arena unless asked to return
/// it, and the resident size would stay at the peak of the job.
pub fn give_back_freed_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases free heap pages; it touches no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}
