//! Logging. Tests pass a sink to keep their output quiet. Nothing personal is ever logged:
//! handlers log ids and outcomes, never field values, tokens or secrets.

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

/// Installs the global subscriber once; later calls (as in tests) are no-ops.
pub fn init<W>(filter: &str, sink: W)
where
    W: for<'a> MakeWriter<'a> + Send + Sync + 'static,
{
    let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(sink).with_target(false).try_init();
}
