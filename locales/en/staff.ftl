person-home-title = My overview
person-home-greeting = Hello { $name }.
person-home-pilots-heading = Projects that concern you
person-home-consent-given = You have given consent.
person-home-no-consent = You have not given consent.

queue-title = Correction requests
queue-empty = There are no open requests.
queue-field = Field
queue-received = Received
queue-due = Deadline
queue-status = Status

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

dpo-title = Data protection
dpo-audit-heading = Audit log
dpo-chain-ok = The audit chain is intact ({ $length } entries).
dpo-chain-broken = The audit chain is damaged from entry { $seq } onwards.
dpo-checkpoints = { $count ->
    [one] { $count } signed checkpoint; latest:
   *[other] { $count } signed checkpoints; latest:
}
dpo-no-checkpoint = none yet

register-title = Register of function profiles
register-intro = Which functions may see which data, and why (article 4 of the protocol).

staff-home-title = Newcomers in the pilot project
staff-home-count = { $count ->
    [one] { $count } person has given consent.
   *[other] { $count } people have given consent.
}
staff-home-profile-heading = Your function profile

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
admin-client-create = Create connection
admin-revoke = Revoke
admin-revoked = Revoked.
admin-issued-title = Created
admin-issued-valid-until = Valid until { $when }.
admin-issued-nothing = There is nothing to show here: what you created is shown only once.
admin-back = Back to protocol administration
admin-client-expires-days = Valid for (days, empty = no expiry)
admin-error-expiry = Enter a number of days between 1 and 3650, or leave the field empty.
