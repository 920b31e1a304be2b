//! One SSH connection: authentication by registered key, then session
//! channels — a pty and shell get the app, an exec runs a command. Nothing
//! else is offered: no other shell, no forwarding, no agent, no SFTP.

use super::Shared;
use super::screen::{self, ScreenInput, ScreenStart};
use crate::domain::Actor;
use russh::server::{Auth, ChannelOpenHandle, Msg, PublicKeyOffer, Session, VerifiedPublicKey};
use russh::{Channel, ChannelId, MethodKind, MethodSet, Pty};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::mpsc::Sender;

pub struct Connection {
    shared: Arc<Shared>,
    peer: Option<SocketAddr>,
    actor: Option<Actor>,
    channels: HashMap<ChannelId, ChannelState>,
}

#[derive(Default)]
struct ChannelState {
    /// The client's window size, once it asked for a pty.
    pty: Option<(u16, u16)>,
    monochrome: bool,
    /// The app's thread, once started.
    screen: Option<Sender<ScreenInput>>,
}

impl Connection {
    pub fn new(shared: Arc<Shared>, peer: Option<SocketAddr>) -> Connection {
        Connection {
            shared,
            peer,
            actor: None,
            channels: HashMap::new(),
        }
    }

    fn key_actor(&self, key: &russh::keys::PublicKey) -> Option<Actor> {
        let line = key.to_openssh().ok()?;
        self.shared.store.actor_by_key(&line).ok().flatten()
    }

    fn refused(&self) -> Auth {
        if let Some(peer) = self.peer {
            self.shared.limiter.failed(peer.ip());
        }
        Auth::Reject {
            proceed_with_methods: Some(MethodSet::from(&[MethodKind::PublicKey][..])),
            partial_success: false,
        }
    }

    fn screen_of(&self, channel: ChannelId) -> Option<&Sender<ScreenInput>> {
        self.channels.get(&channel).and_then(|c| c.screen.as_ref())
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        // A dropped connection frees its sessions at once.
        for state in self.channels.values() {
            if let Some(screen) = &state.screen {
                let _ = screen.send(ScreenInput::Closed);
            }
        }
    }
}

impl russh::server::Handler for Connection {
    type Error = russh::Error;

    async fn authentication_banner(&mut self) -> Result<Option<String>, Self::Error> {
        Ok(Some(format!(
            "{}: {}\r\n",
            t!("error-prefix"),
            t!("srv-banner")
        )))
    }

    async fn auth_none(&mut self, _user: &str) -> Result<Auth, Self::Error> {
        Ok(Auth::Reject {
            proceed_with_methods: Some(MethodSet::from(&[MethodKind::PublicKey][..])),
            partial_success: false,
        })
    }

    async fn auth_password(&mut self, _user: &str, _password: &str) -> Result<Auth, Self::Error> {
        Ok(self.refused())
    }

    async fn auth_publickey_offered(
        &mut self,
        _user: &str,
        offer: PublicKeyOffer<'_>,
    ) -> Result<Auth, Self::Error> {
        if self
            .peer
            .is_some_and(|p| self.shared.limiter.blocked(p.ip()))
        {
            return Ok(self.refused());
        }
        Ok(match self.key_actor(offer.public_key) {
            Some(_) => Auth::Accept,
            None => self.refused(),
        })
    }

    async fn auth_publickey(
        &mut self,
        _user: &str,
        key: VerifiedPublicKey<'_>,
    ) -> Result<Auth, Self::Error> {
        match self.key_actor(key.public_key) {
            Some(actor) => {
                self.actor = Some(actor);
                Ok(Auth::Accept)
            }
            None => Ok(self.refused()),
        }
    }

    async fn channel_open_session(
        &mut self,
        channel: Channel<Msg>,
        reply: ChannelOpenHandle,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        self.channels.insert(channel.id(), ChannelState::default());
        reply.accept().await;
        Ok(())
    }

    async fn pty_request(
        &mut self,
        channel: ChannelId,
        _term: &str,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _modes: &[(Pty, u32)],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let Some(state) = self.channels.get_mut(&channel) {
            state.pty = Some((clamp(col_width), clamp(row_height)));
            session.channel_success(channel)?;
        } else {
            session.channel_failure(channel)?;
        }
        Ok(())
    }

    async fn env_request(
        &mut self,
        channel: ChannelId,
        variable_name: &str,
        variable_value: &str,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if variable_name == "NO_COLOR"
            && !variable_value.is_empty()
            && let Some(state) = self.channels.get_mut(&channel)
        {
            state.monochrome = true;
        }
        Ok(())
    }

    async fn shell_request(
        &mut self,
        channel: ChannelId,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let (Some(actor), Some(state)) = (self.actor.clone(), self.channels.get_mut(&channel))
        else {
            session.channel_failure(channel)?;
            return Ok(());
        };
        let Some(size) = state.pty else {
            session.channel_success(channel)?;
            session.data(
                channel,
                format!("{}: {}\r\n", t!("error-prefix"), t!("srv-needs-terminal")).into_bytes(),
            )?;
            session.exit_status_request(channel, 2)?;
            session.close(channel)?;
            return Ok(());
        };
        session.channel_success(channel)?;
        let (outbox, inbox) = std::sync::mpsc::channel();
        state.screen = Some(outbox.clone());
        let start = ScreenStart {
            shared: self.shared.clone(),
            actor,
            handle: session.handle(),
            channel,
            size,
            monochrome: state.monochrome,
            inbox,
            outbox: outbox.clone(),
        };
        self.shared.track(outbox);
        std::thread::Builder::new()
            .name("dealdeck-session".into())
            .spawn(move || screen::run(start))
            .map_err(russh::Error::IO)?;
        Ok(())
    }

    async fn exec_request(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        let Some(actor) = self.actor.clone() else {
            session.channel_failure(channel)?;
            return Ok(());
        };
        session.channel_success(channel)?;
        let command = String::from_utf8_lossy(data).into_owned();
        super::exec::spawn(
            self.shared.clone(),
            actor.owner.name,
            command,
            session.handle(),
            channel,
        );
        Ok(())
    }

    async fn subsystem_request(
        &mut self,
        channel: ChannelId,
        _name: &str,
        session: &mut Session,
    ) -> Result<(), Self::Error> {
        // No SFTP or other subsystems.
        session.channel_failure(channel)?;
        Ok(())
    }

    async fn data(
        &mut self,
        channel: ChannelId,
        data: &[u8],
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let Some(screen) = self.screen_of(channel) {
            let _ = screen.send(ScreenInput::Bytes(data.to_vec()));
        }
        Ok(())
    }

    async fn window_change_request(
        &mut self,
        channel: ChannelId,
        col_width: u32,
        row_height: u32,
        _pix_width: u32,
        _pix_height: u32,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        let size = (clamp(col_width), clamp(row_height));
        if let Some(state) = self.channels.get_mut(&channel) {
            state.pty = Some(size);
        }
        if let Some(screen) = self.screen_of(channel) {
            let _ = screen.send(ScreenInput::Resize(size.0, size.1));
        }
        Ok(())
    }

    async fn channel_eof(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let Some(screen) = self.screen_of(channel) {
            let _ = screen.send(ScreenInput::Closed);
        }
        Ok(())
    }

    async fn channel_close(
        &mut self,
        channel: ChannelId,
        _session: &mut Session,
    ) -> Result<(), Self::Error> {
        if let Some(state) = self.channels.remove(&channel)
            && let Some(screen) = state.screen
        {
            let _ = screen.send(ScreenInput::Closed);
        }
        Ok(())
    }
}

/// A window size from the client, within what a terminal can be.
fn clamp(cells: u32) -> u16 {
    cells.clamp(1, 1000) as u16
}
