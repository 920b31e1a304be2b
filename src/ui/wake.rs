//! A way for background work (search, loading) to wake the event loop, so
//! it draws as soon as results land instead of polling for them.

use std::sync::{Arc, OnceLock};

type Callback = Box<dyn Fn() + Send + Sync>;

/// Cloned into background threads; the event loop sets what waking does.
#[derive(Clone, Default)]
pub struct Wake(Arc<OnceLock<Callback>>);

impl Wake {
    /// Sets the callback once; later calls are ignored.
    pub fn set(&self, callback: impl Fn() + Send + Sync + 'static) {
        let _ = self.0.set(Box::new(callback));
    }

    /// Wakes the loop, if one is listening.
    pub fn wake(&self) {
        if let Some(callback) = self.0.get() {
            callback();
        }
    }
}
