//! The HTTP server loop: hyper's connection builder with the limits a public server needs
//! against slow and oversized clients, which `axum::serve` does not let us set.
//!
//! - A request head (request line and headers) must arrive within `header_read_timeout`, and
//!   an idle keep-alive connection is closed after the same time: a client that opens
//!   connections and trickles bytes (slowloris) cannot hold them.
//! - A request head larger than `HEAD_BUFFER` is answered 431 by hyper before any of our code
//!   runs; heads between `request_limits::HEAD_LIMIT` and that get a translated 431 from
//!   `request_limits` (a person whose cookies grew is told what to do).
//! - Bodies are read within a deadline by `request_limits` (408).
//!
//! A reverse proxy in front does the same and more (docs/deployment.md); these hold without one.

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1::Builder;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// The most a request head may take in hyper's read buffer (hyper's own minimum is 8 KiB).
pub const HEAD_BUFFER: usize = 64 * 1024;

/// How long connections may take to finish once a shutdown was asked for.
const DRAIN: Duration = Duration::from_secs(20);

/// What the connection builder enforces.
#[derive(Clone, Copy, Debug)]
pub struct ConnectionLimits {
    /// Time to receive a request head, and to wait for the next one on a kept-alive connection.
    pub header_read_timeout: Duration,
}

/// HTTP/1.1 only, as before (`axum::serve` with axum's `http1` feature): the proxy in front
/// speaks HTTP/2 to browsers where there is one.
fn builder(limits: ConnectionLimits) -> Builder {
    let mut builder = Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(limits.header_read_timeout).max_buf_size(HEAD_BUFFER);
    builder
}

/// Serves `router` on `listener` until `shutdown` completes; then stops accepting, lets each
/// connection finish its request in flight (at most `DRAIN`), and returns.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let builder = builder(limits);
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait rather than spin.
                    tracing::error!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Answers are written whole: no reason to wait for more to fill a packet.
        let _ = stream.set_nodelay(true);
        let service = router.clone().map_request(move |mut req: hyper::Request<Incoming>| {
            req.extensions_mut().insert(ConnectInfo::<SocketAddr>(remote));
            req.map(Body::new)
        });
        let connection = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                // A client that went away or timed out: nothing to do but note it.
                tracing::debug!(error = %e, %remote, "connection ended with an error");
            }
        });
    }
    drop(listener);
    if tokio::time::timeout(DRAIN, graceful.shutdown()).await.is_err() {
        tracing::warn!(seconds = DRAIN.as_secs(), "connections still open after the drain period: closing them");
    }
    Ok(())
}
