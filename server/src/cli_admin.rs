//! `portal invite …` and `portal token …`: bootstrap the first accounts and API clients.
//! Secrets are printed once to standard output and never logged.

use crate::cli::{InviteWho, TokenAction};
use app::domain::ids::{PartyId, ProfileId};
use app::domain::roles::Role;
use app::services::context::AppContext;
use app::services::identity::credentials::{self, Invitee, IssuedInvitation};
use app::store::queries;
use std::process::ExitCode;

const ACTOR: &str = "system:cli";

fn fail(message: String) -> anyhow::Result<ExitCode> {
    eprintln!("error: {message}");
    Ok(ExitCode::from(2))
}

fn print_invitation(ctx: &AppContext, inv: &IssuedInvitation, qr: Option<std::path::PathBuf>) -> anyhow::Result<()> {
    let url = inv.url(&ctx.public_url);
    println!("invitation link: {url}");
    println!("short code:      {}", inv.short_code);
    println!("valid until:     {}", inv.expires_at.format("%Y-%m-%d %H:%M UTC"));
    if let Some(path) = qr {
        let svg = credentials::qr_svg(&url).ok_or_else(|| anyhow::anyhow!("the link does not fit in a QR code"))?;
        std::fs::write(&path, svg)?;
        println!("QR code:         {}", path.display());
    }
    Ok(())
}

pub async fn invite(ctx: &AppContext, who: InviteWho) -> anyhow::Result<ExitCode> {
    let (invitee, qr) = match who {
        InviteWho::Person { dossier_ref, qr } => {
            return match credentials::invite_person(&ctx.db, ACTOR, &dossier_ref, ctx.now()).await {
                Ok(inv) => {
                    print_invitation(ctx, &inv, qr)?;
                    Ok(ExitCode::SUCCESS)
                }
                Err(app::services::ServiceError::Invalid { .. }) => {
                    fail(format!("no person with dossier reference {dossier_ref}"))
                }
                Err(e) => Err(e.into()),
            };
        }
        InviteWho::Letters { out, not_yet_invited, dossier } => {
            return letters(ctx, &out, not_yet_invited, dossier).await;
        }
        InviteWho::Staff { party, role, profile, qr } => {
            let Ok(role) = Role::parse(&role) else { return fail(format!("unknown role {role}")) };
            let Some(party) = queries::party::by_slug(&ctx.db.conn, &party).await? else {
                return fail(format!("no party {party}"));
            };
            let profile_id = match profile {
                Some(name) => match queries::profile::by_name(&ctx.db.conn, party.id, &name).await? {
                    Some(p) => Some(ProfileId(p.id)),
                    None => return fail(format!("{} has no function profile named {name}", party.name)),
                },
                None => None,
            };
            (Invitee::Staff { party_id: PartyId(party.id), role, function_profile_id: profile_id }, qr)
        }
    };
    match credentials::invite(&ctx.db, ACTOR, None, invitee, ctx.now()).await {
        Ok(inv) => {
            print_invitation(ctx, &inv, qr)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(app::services::ServiceError::Invalid { message_id, .. }) => {
            fail(app::i18n::I18n::new(app::domain::locale::Locale::En).t(message_id))
        }
        Err(e) => Err(e.into()),
    }
}

pub async fn token(ctx: &AppContext, action: TokenAction) -> anyhow::Result<ExitCode> {
    match action {
        TokenAction::Create { party, profile, name, expires_days } => {
            let Some(party) = queries::party::by_slug(&ctx.db.conn, &party).await? else {
                return fail(format!("no party {party}"));
            };
            let now = ctx.now();
            let expires = match expires_days.map(|d| app::domain::invitation::token_expires_at(now, d)).transpose() {
                Ok(e) => e,
                Err(_) => return fail("--expires-days must be between 1 and 3650".into()),
            };
            let created = match profile {
                Some(profile) => {
                    let Some(profile) = queries::profile::by_name(&ctx.db.conn, party.id, &profile).await? else {
                        return fail(format!("{} has no function profile named {profile}", party.name));
                    };
                    let profile = ProfileId(profile.id);
                    credentials::create_client(&ctx.db, ACTOR, PartyId(party.id), profile, &name, expires, now).await
                }
                None => {
                    credentials::create_agency_system_client(&ctx.db, ACTOR, PartyId(party.id), &name, expires, now)
                        .await
                }
            };
            match created {
                Ok((client, token)) => {
                    println!("client: {}", client.public_id);
                    println!("token:  {token}");
                    println!("(shown once; store it in the connecting system's secret store)");
                    Ok(ExitCode::SUCCESS)
                }
                Err(app::services::ServiceError::Invalid { message_id, .. }) => {
                    fail(app::i18n::I18n::new(app::domain::locale::Locale::En).t(message_id))
                }
                Err(e) => Err(e.into()),
            }
        }
        TokenAction::Revoke { client } => {
            match credentials::revoke_api_client(&ctx.db, ACTOR, &client, ctx.now()).await {
                Ok(()) => {
                    println!("revoked {client}");
                    Ok(ExitCode::SUCCESS)
                }
                Err(app::services::ServiceError::NotFound) => fail(format!("no active client {client}")),
                Err(e) => Err(e.into()),
            }
        }
    }
}

/// `portal invite letters`: the print run's document, written to `out` (never overwritten:
/// it holds the invitations' secrets).
async fn letters(
    ctx: &AppContext,
    out: &std::path::Path,
    not_yet_invited: bool,
    dossiers: Vec<String>,
) -> anyhow::Result<ExitCode> {
    use app::services::persons::letters::{Printer, Selection, issue};
    if out.exists() {
        return fail(format!("{} exists: the letters go to a new file", out.display()));
    }
    let selection = if not_yet_invited { Selection::NotYetInvited } else { Selection::Dossiers(dossiers) };
    let run = match issue(&ctx.db, Printer::Operator, selection, &ctx.public_url, ctx.now()).await {
        Ok(run) => run,
        Err(app::services::ServiceError::Invalid { message_id, .. }) => {
            return fail(app::i18n::I18n::new(app::domain::locale::Locale::En).t(message_id));
        }
        Err(e) => return Err(e.into()),
    };
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).open(out)?;
    std::io::Write::write_all(
        &mut file,
        crate::letters::document(&run, app::domain::locale::Locale::En, crate::letters::Style::Inline).as_bytes(),
    )?;
    let recoveries = run.letters.iter().filter(|l| l.recovery).count();
    println!("{} letters written to {} ({recoveries} of them recovery letters)", run.letters.len(), out.display());
    Ok(ExitCode::SUCCESS)
}
