//! `ssh -p 2323 host report winloss --format json`: a dealdeck command run
//! for the signed-in user on the server's open workspace, with the output and
//! exit code it has locally.

use super::Shared;
use super::output::{ChannelOut, Stream};
use crate::cli::Context;
use russh::ChannelId;
use russh::server::Handle;
use std::io::Write;
use std::sync::Arc;

/// Runs one command line on a thread of its own, then closes the channel
/// with the command's exit status.
pub fn spawn(
    shared: Arc<Shared>,
    user: String,
    command: String,
    handle: Handle,
    channel: ChannelId,
) {
    std::thread::spawn(move || {
        let runtime = shared.runtime.clone();
        let out = ChannelOut::new(handle.clone(), channel, Stream::Out, runtime.clone());
        let mut err = ChannelOut::new(handle.clone(), channel, Stream::Err, runtime.clone());
        let code = match shlex::split(&command) {
            Some(args) => {
                let ctx = Context::served(
                    shared.store.clone(),
                    user,
                    shared.now(),
                    Box::new(out),
                    Box::new(err),
                );
                crate::cli::run_served(&ctx, &args)
            }
            None => {
                let _ = writeln!(
                    err,
                    "{}: {}",
                    t!("error-prefix"),
                    t!(
                        "srv-bad-command-line",
                        command = crate::text::sanitize(&command)
                    )
                );
                drop(err);
                drop(out);
                2
            }
        };
        runtime.block_on(async {
            let _ = handle.exit_status_request(channel, u32::from(code)).await;
            let _ = handle.eof(channel).await;
            let _ = handle.close(channel).await;
        });
    });
}
