//! The server functions' paths under `/sf/`, as islands and tests call them. Compiled on both
//! sides: the islands have no client stubs (bundle size), so these constants are the link the
//! compiler no longer checks — the matrix test checks instead that every one is registered
//! and that every registered server function is in its table.

pub const ENROL_START: &str = "auth/enrol/start";
pub const ENROL_FINISH: &str = "auth/enrol/finish";
pub const SIGN_IN_START: &str = "auth/sign-in/start";
pub const SIGN_IN_FINISH: &str = "auth/sign-in/finish";
pub const SIGN_OUT: &str = "auth/sign-out";
pub const ACCOUNT_OVERVIEW: &str = "account/overview";
pub const PASSKEY_REAUTH: &str = "account/passkeys/reauth";
pub const PASSKEY_REGISTER: &str = "account/passkeys/register";
pub const PASSKEY_FINISH: &str = "account/passkeys/finish";
pub const PASSKEY_REMOVE: &str = "account/passkeys/remove";
pub const SESSION_END: &str = "account/sessions/end";
pub const KEEP_ALIVE: &str = "account/keep-alive";
pub const CONSENT_CHANGE: &str = "consent/change";
pub const CONSENT_ASSISTED: &str = "consent/assisted";
pub const CORRECTION_FILE: &str = "corrections/file";
pub const NOTIFICATIONS_READ: &str = "notifications/read";
pub const PROTOCOLS_LIST: &str = "protocols/list";
pub const PROTOCOL_PAGE: &str = "protocols/page";
pub const INVITE_PERSON: &str = "admin/invitations/person";
pub const INVITE_STAFF: &str = "admin/invitations/staff";
pub const INVITATION_REVOKE: &str = "admin/invitations/revoke";
pub const API_CLIENT_CREATE: &str = "admin/api-clients/create";
pub const API_CLIENT_REVOKE: &str = "admin/api-clients/revoke";
pub const APPROVAL_DECIDE: &str = "admin/approvals/decide";
pub const APPROVAL_ISSUE: &str = "admin/approvals/issue";

/// Every path above (for the registration check).
pub const ALL: &[&str] = &[
    ENROL_START,
    ENROL_FINISH,
    SIGN_IN_START,
    SIGN_IN_FINISH,
    SIGN_OUT,
    ACCOUNT_OVERVIEW,
    PASSKEY_REAUTH,
    PASSKEY_REGISTER,
    PASSKEY_FINISH,
    PASSKEY_REMOVE,
    SESSION_END,
    KEEP_ALIVE,
    CONSENT_CHANGE,
    CONSENT_ASSISTED,
    CORRECTION_FILE,
    NOTIFICATIONS_READ,
    PROTOCOLS_LIST,
    PROTOCOL_PAGE,
    INVITE_PERSON,
    INVITE_STAFF,
    INVITATION_REVOKE,
    API_CLIENT_CREATE,
    API_CLIENT_REVOKE,
    APPROVAL_DECIDE,
    APPROVAL_ISSUE,
];
