//! The one integration-test binary, by audience and topic. Every scenario runs twice, against
//! SQLite and against PostgreSQL: each file ends with `on_both_databases!(…)`, which registers
//! its scenarios as `<file>::sqlite::…` and `<file>::postgres::…` (so `cargo test sqlite::`
//! selects every scenario on one database). A scenario that is not registered is dead code,
//! and dead code does not compile here.

#![deny(dead_code)]

/// Registers the scenarios of the module it is invoked in, once per database:
/// `on_both_databases!(scenario_a, scenario_b);` at the end of the file.
macro_rules! on_both_databases {
    ($($scenario:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $scenario() {
                    $crate::guarded(super::$scenario(portal_tests::Backend::Sqlite)).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $scenario() {
                    $crate::guarded(super::$scenario(portal_tests::Backend::Postgres)).await
                }
            )+
        }
    };
}

mod agency;
mod municipality;
mod person;
mod platform;
mod public;

/// A scenario that hangs fails after two minutes instead of stalling the whole run.
async fn guarded(scenario: impl std::future::Future<Output = ()>) {
    if tokio::time::timeout(std::time::Duration::from_secs(120), scenario).await.is_err() {
        panic!("scenario did not finish within 120 s");
    }
}
