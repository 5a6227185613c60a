//! The one integration-test binary. Every scenario runs twice: against SQLite and against
//! PostgreSQL (module `sqlite::…` and `postgres::…` in the output).

mod audit_chain;
mod authorization;
mod baseline;
mod cli;
mod consent_receipts;
mod disclosure_path;
mod midnight;
mod migrations;
mod my_records;
mod passkeys;
mod public_pages;

/// A scenario that hangs fails after two minutes instead of stalling the whole run.
async fn guarded(scenario: impl std::future::Future<Output = ()>) {
    if tokio::time::timeout(std::time::Duration::from_secs(120), scenario).await.is_err() {
        panic!("scenario did not finish within 120 s");
    }
}

/// Instantiates each backend-generic scenario once per database.
macro_rules! on_both_databases {
    ($($module:ident :: $scenario:ident),+ $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $scenario() {
                    crate::guarded(crate::$module::$scenario(portal_tests::Backend::Sqlite)).await
                }
            )+
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $scenario() {
                    crate::guarded(crate::$module::$scenario(portal_tests::Backend::Postgres)).await
                }
            )+
        }
    };
}

/// A bad setting stops start-up with one line naming it (no database needed).
#[test]
fn bad_configuration_is_named_in_one_line() {
    let (ok, _, stderr) = cli::run_portal(&["serve"], &[("PORTAL_BIND", "not-an-address")]);
    assert!(!ok);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(stderr.contains("PORTAL_BIND") && stderr.contains("not-an-address"), "{stderr}");
    let (ok, _, stderr) = cli::run_portal(&["migrate", "status"], &[("PORTAL_DATABASE_URL", "mysql://x")]);
    assert!(!ok);
    assert!(stderr.starts_with("configuration error: PORTAL_DATABASE_URL"), "{stderr}");
}

on_both_databases!(
    migrations::migrations_go_up_and_down,
    public_pages::home_and_protocol_pages_render_from_the_database,
    public_pages::language_follows_cookie_then_header_then_dutch,
    public_pages::health_and_unknown_pages,
    audit_chain::demo_chain_verifies,
    audit_chain::changed_entry_is_named,
    audit_chain::deleted_entry_is_named,
    audit_chain::truncated_tail_is_detected,
    audit_chain::concurrent_writers_leave_one_chain,
    audit_chain::rehashed_entry_breaks_the_link,
    audit_chain::append_only_records_refuse_updates,
    disclosure_path::disclosure_returns_only_allowed_fields_and_records_it,
    disclosure_path::refusals_write_nothing,
    cli::audit_verify_cli_reports_ok_and_the_first_bad_entry,
    passkeys::enrol_sign_out_and_sign_in_again,
    passkeys::replayed_and_foreign_assertions_are_refused,
    passkeys::expired_ceremonies_and_invitations_are_refused,
    passkeys::idle_and_absolute_expiry_end_sessions,
    passkeys::second_passkey_then_remove_first_but_never_the_last,
    passkeys::cross_origin_posts_are_refused,
    authorization::every_role_reaches_exactly_its_cells,
    authorization::every_endpoint_applies_the_matrix,
    authorization::tenants_never_see_each_other,
    authorization::people_reach_only_their_own_account,
    authorization::admin_forms_issue_once_and_only_for_admins,
    baseline::every_route_carries_the_security_baseline,
    consent_receipts::receipts_verify_and_tampering_fails,
    consent_receipts::give_and_withdraw_with_plain_forms,
    consent_receipts::assisted_consent_is_recorded_and_withdrawn_by_the_person,
    baseline::rate_limits_answer_429_with_retry_after,
    baseline::secrets_never_reach_the_logs,
    my_records::overview_matches_the_disclosure_events_exactly,
    my_records::corrections_refuse_bad_input_and_follow_the_decision,
    my_records::a_person_never_reaches_another_persons_records,
    my_records::recorded_events_cannot_be_changed_in_the_database,
    my_records::the_portal_speaks_the_contact_language_until_another_is_chosen,
    midnight::every_path_agrees_on_a_protocols_last_day,
);
