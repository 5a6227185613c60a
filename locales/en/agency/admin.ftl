admin-title = Protocol management
admin-invitations-heading = Invitations
admin-invitation-for = For
admin-invitation-person = Newcomer
admin-created = Created
admin-expires = Valid until
admin-status = Status
admin-invitation-status-open = Open
admin-invitation-status-redeemed = Used
admin-invitation-status-revoked = Withdrawn
admin-invitation-status-expired = Expired
admin-clients-heading = API connections
admin-client-name = Name
admin-client-for = Party and function profile
admin-client-active = Active
admin-client-revoked = Withdrawn

staff-error-role-not-for-party = This role does not belong to this kind of organisation.
staff-error-separation-of-duties = Only staff with a function profile may read data; administrators may not (separation of duties).
staff-error-profile-not-of-party = This function profile does not belong to your organisation.
admin-error-client-name = Give the connection a name of 120 characters at most.
admin-error-no-such-person = There is no newcomer with this file number.
admin-working = One moment…
admin-issued-link = Invitation link
admin-issued-code = Code to type in
admin-issued-token = API token
admin-shown-once = This is shown only once. Pass it on now; we do not keep it.
admin-dossier-ref = Dossier number
admin-party = Organisation
admin-role = Role
admin-profile = Function profile
admin-no-profile = None (only for staff with a function profile)
admin-invite-person-heading = Invite a newcomer
admin-invite-staff-heading = Invite a staff member
admin-invite-submit = Create invitation
admin-revoke = Revoke
admin-revoked = Revoked.
admin-issued-title = Created
admin-issued-valid-until = Valid until { $when }.
admin-issued-nothing = There is nothing to show here: what you created is shown only once.
admin-back = Back to protocol administration
admin-client-expires-days = Valid for (days, empty = no expiry)
admin-error-expiry = Enter a number of days between 1 and 3650, or leave the field empty.

admin-assisted-consent-link = Record a consent given on paper

admin-handover-legend = If this person already has an account (recovery)
admin-handover-hint = A first invitation (no passkey yet) is shown to you next, for the counter or a letter. An invitation that opens an existing account is never shown to you alone.
admin-handover-delivered = Deliver to the contact data on file (e-mail, else SMS, else a letter)
admin-handover-in-person = Hand over at the counter: a second protocol admin approves first
admin-four-eyes-hint = A second protocol admin approves this first; then you create it here, once.
admin-request-submit = Ask for approval
admin-requests-heading = Requests for a second protocol admin
admin-requests-intro = Approve only what you can check yourself. Whoever made a request cannot approve it.
admin-requests-empty = There are no requests.
admin-request-what = What
admin-request-by = Asked by
admin-request-action = Action
admin-approval-kind-staff-invitation = Staff invitation
admin-approval-kind-api-client = API client
admin-approval-kind-person-recovery = Recovery at the counter
admin-approval-client-days = { $days ->
    [one] valid for 1 day
   *[other] valid for { $days } days
}
admin-approval-client-no-expiry = no expiry
admin-approval-status-pending = Awaiting approval
admin-approval-status-approved = Approved
admin-approval-status-refused = Refused
admin-approval-status-issued = Created
admin-approval-status-lapsed = Lapsed
admin-approval-decided-by = Decided by { $name }
admin-approval-yours = Your request: another protocol admin decides.
admin-approve = Approve
admin-refuse = Refuse
admin-issue-now = Create now
admin-approved-done = Approved. Whoever asked can create it now.
admin-refused-done = Refused.
admin-delivered = { $channel ->
    [email] The recovery invitation goes by e-mail to { $to }.
    [sms] The recovery invitation goes by SMS to { $to }.
   *[letter] The recovery invitation goes by letter to { $to }.
}
admin-delivered-not-shown = This person already has an account. The link and the code go only to the person; you do not see them.
admin-delivered-told = The person is also told in the portal and on every other channel on file. Older invitations have been revoked.
admin-requested = Request { $id } ({ $kind }) is waiting for a second protocol admin.
admin-requested-next = Once approved, you create it on the protocol admin page, under the requests. It is then shown once.
admin-error-no-such-request = This request does not exist.
admin-error-no-such-party = This organisation does not exist.
admin-error-handover = Choose how the invitation reaches the person: delivered or at the counter.
admin-error-decision = Choose approve or refuse.
admin-error-approval-role = Only an { -agency(form: "short") } protocol admin decides on requests.
admin-error-approval-own = You cannot approve or refuse your own request: another protocol admin does that.
admin-error-approval-decided = This request has already been decided, or it has lapsed.
admin-error-approval-not-yours = Only whoever made the request creates it.
admin-error-approval-pending = This request is still waiting for another protocol admin's approval.
admin-error-approval-issued = This request has already been created. What was shown then is not shown again.
admin-error-approval-not-approved = This request was refused or has lapsed. Make a new request if needed.
admin-registers-link = Registers of the { -municipality(form: "plural") }
staff-error-invitee-name-required = Give the staff member's name.
staff-error-invitee-name-too-long = The name is too long (at most 200 characters).
staff-error-invitee-contact = Give a valid email address or phone number.
staff-error-disable-self = You cannot disable yourself.
admin-protocols-link = Draft, publish and end protocols
admin-client-agency-system = client-tracking system (no function profile)
admin-error-client-needs-profile = A connection without a function profile is only for the { -agency(form: "short") }'s own client-tracking system; a { -municipality }'s connection reads with a function profile.
