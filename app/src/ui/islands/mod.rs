//! Islands: the only components that run in the browser. They receive every string they
//! show as props, translated on the server, so the bundle carries no Fluent; the props reach
//! the browser as JSON the browser parses itself, so the bundle carries no serde (`props`).

mod article_filter;
mod breach_clock;
mod bridge;
mod idle;
mod passkey;
pub mod props;

pub use article_filter::ArticleFilter;
pub use breach_clock::BreachClock;
pub use idle::IdleWarning;
pub use passkey::{AddPasskey, EnrolWithPasskey, PasskeyText, SignInWithPasskey};
