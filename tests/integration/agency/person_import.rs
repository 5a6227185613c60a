//! `portal import persons` (issue 16): the client-tracking system's export, through the real
//! command line against the test's database. Every field rule refuses its row with the line,
//! column and reason; the good rows go in; a changed phone number that a municipality received
//! becomes a correction it is told about; the same file again changes nothing.

use app::domain::fields::Field;
use app::domain::ids::{PartyId, PersonId};
use app::services::audit;
use app::services::identity::sessions::Account;
use app::store::{person, person_protocol, rectification_request};
use portal_tests::{Backend, MUNICIPALITY_SLUG, SLUG, TestApp, run_portal, spawn_app};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use std::path::Path;

const HEADER: &str =
    "dossier_ref,given_name,family_name,address,phone,email,contact_language,dutch_level,mo_status,protocols,ended_on";

/// The file: line 2 and 3 new persons, 4–16 one rule each, 17 the known person's new phone
/// number, 18 a row with a cell too few.
fn export() -> Vec<u8> {
    let good = |dossier: &str| {
        format!(
            "{dossier},Amina,Haddad,\"Kerkstraat 2, 1600 Sint-Pieters-Leeuw\",0470 12 34 56,,AR,A2,in progress,{SLUG},"
        )
    };
    let mut lines: Vec<Vec<u8>> = vec![
        HEADER.into(),
        good("KBI-IMP-0001").into(),
        format!("KBI-IMP-0002,Jan,Peeters,Markt 1 1500 Halle,,jan@example.org,nl,b2,exempt,{SLUG},").into(),
        good("KBI-IMP-0003").replace("Amina", "Am1na").into(),
        good("KBI-IMP-0004").replace("Haddad", " ").into(),
        good("KBI-IMP-0005").replace("\"Kerkstraat 2, 1600 Sint-Pieters-Leeuw\"", "K2").into(),
        good("KBI-IMP-0006").replace("0470 12 34 56", "12-34").into(),
        good("KBI-IMP-0007").replace(",,AR", ",amina(at)example.org,AR").into(),
        good("KBI-IMP-0008").replace("AR", "xx").into(),
        good("KBI-IMP-0009").replace("A2", "D1").into(),
        good("KBI-IMP-0010").replace("in progress", "finished").into(),
        good("KBI IMP 0011").into(),
        good("KBI-IMP-0012").replace(SLUG, "no-such-protocol").into(),
        format!("{}31/12/2026", good("KBI-IMP-0013")).into(),
        good("KBI-IMP-0001").into(),
    ];
    // Line 16: a name written in Latin-1, not UTF-8.
    let mut latin1 = good("KBI-IMP-0015").into_bytes();
    let at = latin1.windows(5).position(|w| w == b"Amina").unwrap();
    latin1.splice(at..at + 5, b"Ren\xE9e".iter().copied());
    lines.push(latin1);
    lines.push(
        format!("KBI-IMP-HOLD,Samira,Haddad,\"Pastorijstraat 1, 1600 Sint-Pieters-Leeuw\",+32 470 99 99 99,samira@example.org,ar,a2,in_progress,{SLUG},")
            .into(),
    );
    lines.push(format!("KBI-IMP-0017,Amina,Haddad,Kerkstraat 2,0470123456,,ar,a2,exempt,{SLUG}").into());
    let mut out = lines.join(&b'\n');
    out.push(b'\n');
    out
}

/// Runs `portal` on the test's database, off the runtime; (exit status 0, stdout, stderr).
async fn portal(app: &TestApp, args: Vec<String>) -> (bool, String, String) {
    let (url, dir, key) = (app.db.url.clone(), app.db.dir().display().to_string(), app.ctx.keys.to_base64());
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let env = [("PORTAL_DATABASE_URL", url.as_str()), ("PORTAL_DATA_DIR", &dir), ("PORTAL_SIGNING_KEY", &key)];
        run_portal(&args, &env)
    })
    .await
    .unwrap()
}

async fn import(app: &TestApp, file: &Path, extra: &[&str]) -> (bool, String, String, Value) {
    let report = file.with_extension("report.json");
    let mut args: Vec<String> =
        ["import", "persons", &file.display().to_string(), "--report", &report.display().to_string()]
            .map(String::from)
            .into();
    args.extend(extra.iter().map(|s| s.to_string()));
    let (ok, out, err) = portal(app, args).await;
    let report = std::fs::read_to_string(&report).map(|r| serde_json::from_str(&r).unwrap()).unwrap_or(Value::Null);
    (ok, out, err, report)
}

/// A report's row: line, outcome, and each problem's column and message id.
type RowOutcome = (u64, String, Vec<(String, String)>);

/// Every row of a report.
fn outcomes(report: &Value) -> Vec<RowOutcome> {
    report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let problems = r["problems"]
                .as_array()
                .map(|p| {
                    p.iter()
                        .map(|p| {
                            (p["column"].as_str().unwrap().to_owned(), p["message_id"].as_str().unwrap().to_owned())
                        })
                        .collect()
                })
                .unwrap_or_default();
            (r["line"].as_u64().unwrap(), r["outcome"].as_str().unwrap().to_owned(), problems)
        })
        .collect()
}

fn expected(first_time: bool) -> Vec<RowOutcome> {
    let refused = |column: &str, id: &str| ("refused".to_owned(), vec![(column.to_owned(), id.to_owned())]);
    let ok = |word: &str| (word.to_owned(), vec![]);
    let rows = vec![
        ok(if first_time { "new" } else { "unchanged" }),
        ok(if first_time { "new" } else { "unchanged" }),
        refused("given_name", "correction-error-name"),
        refused("family_name", "import-error-required"),
        refused("address", "correction-error-address"),
        refused("phone", "correction-error-phone"),
        refused("email", "correction-error-email"),
        refused("contact_language", "correction-error-language"),
        refused("dutch_level", "correction-error-dutch-level"),
        refused("mo_status", "correction-error-mo-status"),
        refused("dossier_ref", "import-error-dossier"),
        refused("protocols", "import-error-protocol-unknown"),
        refused("ended_on", "import-error-ended-on"),
        refused("dossier_ref", "import-error-duplicate-dossier"),
        refused("given_name", "import-error-encoding"),
        ok(if first_time { "changed" } else { "unchanged" }),
        refused("", "import-error-cell-count"),
    ];
    rows.into_iter().enumerate().map(|(i, (o, p))| (i as u64 + 2, o, p)).collect()
}

async fn good_rows_go_in_bad_rows_are_named_and_the_same_file_again_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (held, tally) = app.person_with_history("KBI-IMP-HOLD", "Samira").await;
    let municipality = app.party(MUNICIPALITY_SLUG).await;
    assert!(tally.contains_key(&(municipality.id, Field::Phone)), "the municipality received the phone number");
    let before = person::Entity::find().count(&app.ctx.db.conn).await.unwrap();

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.csv");
    std::fs::write(&file, export()).unwrap();
    let (ok, out, err, report) = import(&app, &file, &["--lang", "nl"]).await;
    assert!(!ok && !report.is_null(), "refused rows: exit status 1, a report\n{out}{err}");
    assert_eq!(outcomes(&report), expected(true), "{report:#}");
    assert_eq!(report["rows"][13]["duplicate_of"], 2);
    let s = &report["summary"];
    assert_eq!((s["new"].as_u64(), s["changed"].as_u64(), s["refused"].as_u64()), (Some(2), Some(1), Some(14)));
    // Every party that received the phone number: the municipality and the partner it passed it on to.
    let holders = tally.keys().filter(|(_, f)| *f == Field::Phone).count();
    assert!(holders >= 2, "{tally:?}");
    assert_eq!(s["recipients_told"], holders);
    // On the terminal: the line, the column and the reason in the operator's language.
    assert!(out.contains("Regel 7, phone: "), "{out}");
    assert!(out.contains("Dit dossiernummer staat al op regel"), "{out}");
    assert_eq!(person::Entity::find().count(&app.ctx.db.conn).await.unwrap(), before + 2);

    // Values in their stored form, the protocols that concern them.
    let amina = app::store::queries::person::by_dossier(&app.ctx.db.conn, "KBI-IMP-0001").await.unwrap().unwrap();
    assert_eq!(
        (amina.phone.as_deref(), amina.email, amina.contact_language.as_str(), amina.mo_status.as_str()),
        (Some("0470123456"), None, "ar", "in_progress")
    );
    let links = person_protocol::Entity::find()
        .filter(person_protocol::Column::PersonId.eq(amina.id))
        .all(&app.ctx.db.conn)
        .await
        .unwrap();
    assert_eq!(links.iter().map(|l| l.protocol_id).collect::<Vec<_>>(), vec![app.protocol().await.id]);
    // Her start page shows the pilot that concerns her, not Halle's; a demo person the source
    // said nothing about still sees both.
    for (person_id, halle_shown) in [(amina.id, false), (app.first_person().await.id, true)] {
        let session = app.session_for(Account::Person(PersonId(person_id))).await;
        let (code, home) = app.get_page("/me", &session).await;
        assert_eq!(code, 200, "{home}");
        assert!(home.contains(&format!("/me/pilots/{SLUG}\"")), "{home}");
        assert_eq!(home.contains("/me/pilots/agii-halle-amif-507\""), halle_shown, "{home}");
    }

    // The known person's new number is an accepted correction the municipality is told about.
    let held_now = person::Entity::find_by_id(held.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!(held_now.phone.as_deref(), Some("+32470999999"));
    let corrections = rectification_request::Entity::find()
        .filter(rectification_request::Column::PersonId.eq(held.id))
        .all(&app.ctx.db.conn)
        .await
        .unwrap();
    assert_eq!(corrections.len(), 1);
    let c = &corrections[0];
    assert_eq!(
        (
            c.filed_by.as_str(),
            c.status.as_str(),
            c.field.as_str(),
            c.current_value.as_str(),
            c.decided_value.as_deref()
        ),
        ("source_system", "accepted", "phone", "+32470000000", Some("+32470999999"))
    );
    let notices = app::services::correction_notices::of_party(&app.ctx.db, PartyId(municipality.id)).await.unwrap();
    assert!(
        notices.iter().any(|n| n.id == c.public_id && n.field == Field::Phone),
        "the municipality's correction notices name it: {notices:?}"
    );

    // And in the agency corrections feed, marked as the source's own (so it can skip it).
    let (_, source) = app.agency_system_client("import test").await;
    let (status, feed) = app.corrections_feed(&source, None, None).await;
    assert_eq!(status, 200, "{feed}");
    let item = feed["items"].as_array().unwrap().iter().find(|i| i["request"] == c.public_id.as_str()).cloned();
    let item = item.unwrap_or_else(|| panic!("the feed holds the correction: {feed:#}"));
    assert_eq!(
        (&item["dossier"], &item["field"], &item["old"], &item["new"], &item["filed_by"]),
        (
            &json!("KBI-IMP-HOLD"),
            &json!("phone"),
            &json!("+32470000000"),
            &json!("+32470999999"),
            &json!("source_system")
        )
    );

    // On the officer's desk and the person's own page, it says where the change came from.
    let officer = app.staff_of(app::domain::roles::Role::AgencyRectificationOfficer).await;
    let officer = app.signed_in(Account::Staff(app::domain::ids::StaffId(officer.id))).await;
    let desk = app.page_text(&format!("/agency/rectifications/{}", c.public_id), &officer).await;
    let nl = app::i18n::I18n::new(app::domain::locale::Locale::Nl);
    assert!(desk.contains(&portal_tests::plain(nl.t("queue-kind-source_system"))), "{desk}");
    let mine = app.session_for(Account::Person(PersonId(held.id))).await;
    let (code, page) = app.get_page(&format!("/me/corrections/{}", c.public_id), &mine).await;
    assert_eq!(code, 200, "{page}");
    let ar = app::i18n::I18n::new(app::domain::locale::Locale::Ar);
    let page = portal_tests::plain(page);
    assert!(page.contains(&portal_tests::plain(ar.t("correction-step-source"))), "{page}");

    // The same file again: nothing changes, not even the audit log.
    let chain = audit::length(&app.ctx.db.conn).await.unwrap();
    let (_, out, err, again) = import(&app, &file, &[]).await;
    assert!(!again.is_null(), "{out}{err}");
    assert_eq!(outcomes(&again), expected(false), "{again:#}");
    assert_eq!(audit::length(&app.ctx.db.conn).await.unwrap(), chain);
    assert_eq!(person::Entity::find().count(&app.ctx.db.conn).await.unwrap(), before + 2);
    let (ok, out, _) = portal(&app, vec!["audit".into(), "verify".into()]).await;
    assert!(ok && out.starts_with("OK"), "{out}");
}

async fn all_or_nothing_takes_none_of_a_file_with_a_bad_row(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    app.create_person("KBI-IMP-HOLD", "Samira").await;
    let before = person::Entity::find().count(&app.ctx.db.conn).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.csv");
    std::fs::write(&file, export()).unwrap();
    let (ok, out, _, report) = import(&app, &file, &["--all-or-nothing"]).await;
    assert!(!ok);
    assert!(out.contains("Nothing was imported"), "{out}");
    assert_eq!(report["summary"]["written"], false);
    assert_eq!(report["rows"][0]["outcome"], "not_imported");
    assert_eq!(person::Entity::find().count(&app.ctx.db.conn).await.unwrap(), before);

    // A row only the database can refuse (an unknown protocol) stops it too.
    let lines = [
        HEADER.to_owned(),
        format!("KBI-IMP-0001,Amina,Haddad,Kerkstraat 2,,,ar,a2,exempt,{SLUG},"),
        "KBI-IMP-0002,Jan,Peeters,Markt 1 Halle,,,nl,b2,exempt,no-such-protocol,".to_owned(),
    ];
    std::fs::write(&file, lines.join("\n")).unwrap();
    let (ok, _, _, report) = import(&app, &file, &["--all-or-nothing"]).await;
    assert!(!ok);
    assert_eq!(report["summary"]["written"], false, "{report:#}");
    assert_eq!(person::Entity::find().count(&app.ctx.db.conn).await.unwrap(), before);

    // JSON lines, all good: everything goes in.
    let jsonl = dir.path().join("export.jsonl");
    let row = |d: &str| {
        serde_json::json!({"dossier_ref": d, "given_name": "Lina", "family_name": "Osman", "address": "Kerkstraat 2",
            "phone": null, "email": "lina@example.org", "contact_language": "uk", "dutch_level": "a1",
            "mo_status": "not_started", "protocols": [SLUG]})
        .to_string()
    };
    std::fs::write(&jsonl, format!("{}\n{}\n", row("KBI-IMP-J1"), row("KBI-IMP-J2"))).unwrap();
    let (ok, out, err, report) = import(&app, &jsonl, &["--all-or-nothing"]).await;
    assert!(ok, "{out}{err}");
    assert_eq!(report["summary"]["new"], 2);
    assert_eq!(person::Entity::find().count(&app.ctx.db.conn).await.unwrap(), before + 2);
}

async fn a_file_that_cannot_be_read_is_refused_whole(backend: Backend) {
    let app = spawn_app(backend).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.csv");
    std::fs::write(&file, "dossier_ref;given_name;phonenumber\nKBI-1;Amina;0470\n").unwrap();
    let (ok, out, err, report) = import(&app, &file, &[]).await;
    assert!(!ok && report.is_null(), "{out}");
    assert!(err.contains("do not know") || err.contains("does not know"), "{err}");
    assert!(err.contains("phonenumber"), "{err}");
    // UTF-16, as some spreadsheet programs save "Unicode text".
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(HEADER.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    std::fs::write(&file, utf16).unwrap();
    let (ok, _, err, _) = import(&app, &file, &[]).await;
    assert!(!ok && err.contains("UTF-16"), "{err}");
    assert_eq!(person::Entity::find().count(&app.ctx.db.conn).await.unwrap(), 0);
}

/// Leaving the pilot: the source marks the person's trajectory ended. Their history stays; the
/// API's status read says `ended`, reads of their fields are refused, the retention clock runs
/// from that day; the source taking the end back restores what their consent allows.
async fn a_person_whose_trajectory_ended_leaves_the_pilot(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (_, token) = app.municipality_client(portal_tests::API_PROFILE).await;
    let all = app::domain::consent::ConsentScopes { contact: true, trajectory: true, onward: true };
    let (person, reference) = app.consenting("KBI-IMP-LEAVE", all).await;
    let status = format!("/api/v1/protocols/{SLUG}/consents/{reference}");
    let fields = format!("/api/v1/protocols/{SLUG}/persons/{reference}");
    let (code, read) = app.api_get(&token, &fields).await;
    assert_eq!(code, 200, "{read}");
    let history = app.consent_events_of(person).await.len();

    let p = person_model_of(&app, person).await;
    let row = |ended_on: &str| {
        let p = p.clone();
        format!(
            "{HEADER}\n{},{},{},\"{}\",{},{},{},{},{},{SLUG},{ended_on}\n",
            p.dossier_ref,
            p.given_name,
            p.family_name,
            p.address,
            p.phone.unwrap_or_default(),
            p.email.unwrap_or_default(),
            p.contact_language,
            p.dutch_level,
            p.mo_status
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.csv");
    let today = app::domain::time::today(app.now());
    std::fs::write(&file, row(&today.to_string())).unwrap();
    let (ok, out, err, report) = import(&app, &file, &[]).await;
    assert!(ok, "{out}{err}");
    assert_eq!(report["rows"][0]["outcome"], "changed", "{report:#}");
    assert_eq!(report["rows"][0]["ended_on"], true, "{report:#}");

    let (code, now) = app.api_get(&token, &status).await;
    assert_eq!((code, now["state"].as_str(), now["scopes"]["contact"].as_bool()), (200, Some("ended"), Some(false)));
    let before = app.disclosures_of(person).await;
    let (code, refused) = app.api_get(&token, &fields).await;
    assert_eq!((code, portal_tests::problem_type(&refused)), (409, "disclosure-refused-left-the-pilot"), "{refused}");
    assert_eq!(app.disclosures_of(person).await, before, "a refusal writes nothing");
    assert_eq!(app.consent_events_of(person).await.len(), history, "the history stays");
    let kept = person_model_of(&app, person).await;
    assert_eq!(kept.relationship_ended_on, Some(today), "the retention clock starts that day");
    // The person's own start page says so, in their language.
    let cookie = app.session_for(Account::Person(PersonId(person))).await;
    let home = app.page_text("/me", &cookie).await;
    let i = app::i18n::I18n::new(app::domain::locale::Locale::Ar);
    let day = app::ui::components::format::date(&i, today);
    let said = i.t_args("person-home-left-the-pilot", [("date", day.into())]);
    assert!(home.contains(&portal_tests::plain(said)), "{home}");

    // The source takes it back (a mistake): the consent takes effect again.
    std::fs::write(&file, row("")).unwrap();
    let (ok, _, _, _) = import(&app, &file, &[]).await;
    assert!(ok);
    let (code, now) = app.api_get(&token, &status).await;
    assert_eq!((code, now["state"].as_str()), (200, Some("given")), "{now}");
}

async fn person_model_of(app: &TestApp, id: i32) -> person::Model {
    person::Entity::find_by_id(id).one(&app.ctx.db.conn).await.unwrap().unwrap()
}

on_both_databases!(
    a_person_whose_trajectory_ended_leaves_the_pilot,
    good_rows_go_in_bad_rows_are_named_and_the_same_file_again_changes_nothing,
    all_or_nothing_takes_none_of_a_file_with_a_bad_row,
    a_file_that_cannot_be_read_is_refused_whole,
);
