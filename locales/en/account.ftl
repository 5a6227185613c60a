account-title = Account and access
account-passkeys-heading = Your passkeys
account-passkey-added = Added on { $when }
account-passkey-last-used = last used on { $when }
account-passkey-never-used = not used yet
account-passkey-remove = Remove
account-passkey-remove-label = Remove passkey { $name }
account-passkey-removed = The passkey has been removed.
account-passkey-last-one = This is your only passkey. Add another one first, before you remove it.
account-passkey-add-heading = Add a passkey
account-passkey-add-button = Confirm and add
account-sessions-heading = Where you are signed in
account-session-since = Signed in on { $when }
account-session-current = This device
account-session-end = Sign out on this device
account-session-ended = You are signed out there.
account-session-unknown-device = Unknown device

notification-passkey-added = A passkey was added to your account: { $name }.
notification-passkey-removed = A passkey was removed from your account: { $name }.
account-notices-heading = Changes to your account
account-recovered = You used a recovery invitation. Below are all passkeys of your account. Do you not know a passkey? Then remove it. Also sign out on devices you do not know.
notification-recovery-issued = { $via ->
    [email] A recovery invitation for your account was sent by e-mail.
    [sms] A recovery invitation for your account was sent by SMS.
    [letter] A recovery invitation for your account was sent by letter.
   *[in_person] A recovery invitation for your account was handed over at the counter.
} Did you not ask for it? Contact the { -agency(form: "short") } at once.
