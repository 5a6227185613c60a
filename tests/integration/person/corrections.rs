//! Correction requests (GDPR 16): bad input is refused with the form given back to its author
//! only; a valid request is stored with its deadline and marks the field contested; the
//! decision (accepted, or rejected with a reason) reaches the person and the recipients.

use app::domain::fields::Field;
use app::domain::ids::{PersonId, StaffId};
use app::domain::roles::Role;
use app::domain::text::Reason;
use app::services::ServiceError;
use app::services::disclosure::DisclosureRequest;
use app::services::identity::sessions::Account;
use app::services::rectification::{self, Decision};
use app::store::{person, rectification_request};
use portal_tests::{Backend, location, spawn_app, staff_read};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use server::demo::protocol::PROFILE_TRAJECTORY;

async fn corrections_refuse_bad_input_and_follow_the_decision(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(3).await;
    let (p, _) = app.person_with_history("KBI-TEST-C", "Karim").await;
    // The person chose Dutch (their contact language is Arabic).
    let cookie = format!("{}; __Host-portal_lang=nl", app.signed_in(Account::Person(PersonId(p.id))).await);
    let stored = || async {
        rectification_request::Entity::find()
            .filter(rectification_request::Column::PersonId.eq(p.id))
            .count(&app.ctx.db.conn)
            .await
            .unwrap()
    };
    let cases = [
        ("phone", "0470 12 34 5x", "Nieuw nummer", "correction-error-phone"),
        ("dutch_level", "B3", "Ik heb B1 gehaald", "correction-error-dutch-level"),
        ("email", "", "leeg", "correction-error-value-empty"),
        ("address", &"x".repeat(301), "te lang", "correction-error-value-too-long"),
        ("phone", "0470 12 34 56", "   ", "correction-error-statement-empty"),
        ("phone", "+32 470 00 00 00", "Hetzelfde", "correction-error-unchanged"),
        ("passport", "X", "bestaat niet", "error-field-unknown"),
    ];
    for (n, (field, value, statement, error)) in cases.into_iter().enumerate() {
        let res = app.post_correction(&cookie, field, value, statement).await;
        let location = location(&res);
        assert!(location.ends_with(&format!("&error={error}")), "{field}={value:?}: {location}");
        assert!(!location.contains(statement.trim()) || statement.trim().is_empty(), "no typed text in the address");
        let draft = res.headers().get("set-cookie").map(|c| c.to_str().unwrap().to_owned()).unwrap_or_default();
        if value.len() < 300 {
            assert!(draft.starts_with("__Secure-portal_correction_draft=") && draft.contains("HttpOnly"), "{draft}");
            // The form comes back with the message, in the person's language, and what was typed.
            let cookie_pair = draft.split(';').next().unwrap();
            let page = app
                .get_with(&location, &[("cookie", &format!("{cookie}; {cookie_pair}")), ("accept-language", "fr")])
                .await
                .text()
                .await
                .unwrap();
            assert!(page.contains("role=\"alert\""), "{page}");
            let kept = format!("{}</textarea>", statement.trim());
            assert!(page.contains(&kept), "the statement is given back");
            // To its author only: someone else on the same phone does not get it.
            let other = app.create_person(&format!("KBI-OTHER-{n}"), "Other").await;
            let other_cookie = app.signed_in(Account::Person(PersonId(other.id))).await;
            let page = app
                .get_with(&location, &[("cookie", &format!("{other_cookie}; {cookie_pair}"))])
                .await
                .text()
                .await
                .unwrap();
            assert!(statement.trim().is_empty() || !page.contains(&kept), "not to another person: {page}");
        }
        assert_eq!(stored().await, 0, "{error}: nothing is stored");
    }

    // A valid request: stored, listed with its deadline, the field is contested to recipients.
    let res = app.post_correction(&cookie, "phone", "0470 12 34 56", "Ik heb een nieuw nummer.").await;
    let filed_at = location(&res);
    assert!(filed_at.starts_with("/me/corrections/") && filed_at.ends_with("?filed=1"), "{filed_at}");
    let r = rectification_request::Entity::find()
        .filter(rectification_request::Column::PersonId.eq(p.id))
        .one(&app.ctx.db.conn)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (r.proposed_value.as_str(), r.current_value.as_str(), r.status.as_str()),
        ("0470123456", "+32470000000", "open")
    );
    assert_eq!(r.due_at, app::domain::rectification::due_at(r.received_at));
    let list = app.page_text("/me/corrections", &cookie).await;
    let due = app::domain::time::day_of(app::domain::rectification::due_at(r.received_at));
    assert!(list.contains("Uiterste datum voor het antwoord"), "{list}");
    assert!(list.contains(&format!("<time datetime=\"{due}\">")), "{list}");
    let again = app.post_correction(&cookie, "phone", "0470 99 99 99", "Nog eens").await;
    assert!(location(&again).ends_with("error=correction-error-already-pending"));
    // Two at the same moment: the database keeps one (a partial unique index on pending requests).
    let file = || {
        let when = app.now();
        rectification::file_own(&app.ctx.db, PersonId(p.id), Field::Email, "karim.new@example.org", "Nieuw adres", when)
    };
    let (a, b) = tokio::join!(file(), file());
    assert_eq!(u8::from(a.is_ok()) + u8::from(b.is_ok()), 1, "exactly one of two simultaneous requests");
    assert!(matches!(a.err().or(b.err()), Some(ServiceError::Refused("correction-error-already-pending"))));

    let reader = app.staff_with_profile(PROFILE_TRAJECTORY).await;
    let protocol = app.protocol().await;
    let phone_only = [Field::Phone].into_iter().collect();
    let read = app
        .disclose(DisclosureRequest { requested: phone_only, ..staff_read(p.id, protocol.id, reader.id) })
        .await
        .unwrap();
    assert!(read.fields[0].contested, "a pending request marks the field contested (GDPR 18)");

    // Accepted: the value is corrected, every recipient of the field is told, the person sees who.
    let officer = app.staff_of(Role::AgencyRectificationOfficer).await;
    rectification::decide(&app.ctx.db, StaffId(officer.id), &r.public_id, Decision::Accept { value: None }, app.now())
        .await
        .unwrap();
    let p2 = person::Entity::find_by_id(p.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!(p2.phone.as_deref(), Some("0470123456"));
    let view = rectification::get_own(&app.ctx.db, PersonId(p.id), &r.public_id).await.unwrap();
    assert_eq!(view.parties_told.len(), 2, "the municipality and the partner that received the phone number");
    let page = app.page_text(&format!("/me/corrections/{}", r.public_id), &cookie).await;
    assert!(page.contains("Aanvaard") && page.contains(&view.parties_told[0]), "{page}");
    let reject = Decision::Reject { reason: Reason::parse("x").unwrap() };
    assert!(
        matches!(
            rectification::decide(&app.ctx.db, StaffId(officer.id), &r.public_id, reject, app.now()).await,
            Err(ServiceError::Refused("correction-error-already-decided"))
        ),
        "a decision is final"
    );

    // Rejected: only with a reason, which the person reads with how to complain.
    let level =
        rectification::file_own(&app.ctx.db, PersonId(p.id), Field::DutchLevel, "B1", "Ik heb B1 gehaald.", app.now())
            .await
            .unwrap();
    assert_eq!(
        Reason::parse("  ").unwrap_err().message_id,
        "correction-error-reason-required",
        "a rejection without a reason cannot even be made"
    );
    let reason = "Het attest van het examen ontbreekt.";
    let reject = Decision::Reject { reason: Reason::parse(reason).unwrap() };
    rectification::decide(&app.ctx.db, StaffId(officer.id), &level.public_id, reject, app.now()).await.unwrap();
    let unchanged = person::Entity::find_by_id(p.id).one(&app.ctx.db.conn).await.unwrap().unwrap();
    assert_eq!(unchanged.dutch_level, "a2", "a rejected request changes nothing");
    let page = app.page_text(&format!("/me/corrections/{}", level.public_id), &cookie).await;
    assert!(
        page.contains("Geweigerd") && page.contains(reason) && page.contains("Vlaamse Toezichtcommissie"),
        "{page}"
    );
    let inbox = app.page_text("/me/notifications", &cookie).await;
    assert!(inbox.contains("Telefoonnummer te verbeteren is aanvaard"), "{inbox}");
    assert!(inbox.contains("Niveau Nederlands te verbeteren is geweigerd"), "{inbox}");
    assert!(inbox.contains("U gaf toestemming"), "consent changes reach the inbox: {inbox}");
}

on_both_databases!(corrections_refuse_bad_input_and_follow_the_decision);
