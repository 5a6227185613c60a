account-title = Account en toegang
account-passkeys-heading = Uw toegangssleutels
account-passkey-added = Toegevoegd op { $when }
account-passkey-last-used = laatst gebruikt op { $when }
account-passkey-never-used = nog niet gebruikt
account-passkey-remove = Verwijderen
account-passkey-remove-label = Toegangssleutel { $name } verwijderen
account-passkey-removed = De toegangssleutel is verwijderd.
account-passkey-last-one = Dit is uw enige toegangssleutel. Voeg eerst een andere toe voordat u hem verwijdert.
account-passkey-add-heading = Een toegangssleutel toevoegen
account-passkey-add-button = Bevestigen en toevoegen
account-sessions-heading = Waar u aangemeld bent
account-session-since = Aangemeld op { $when }
account-session-current = Dit toestel
account-session-end = Afmelden op dit toestel
account-session-ended = U bent daar afgemeld.
account-session-unknown-device = Onbekend toestel

notification-passkey-added = Er is een toegangssleutel toegevoegd aan uw account: { $name }.
notification-passkey-removed = Er is een toegangssleutel verwijderd uit uw account: { $name }.
account-notices-heading = Wijzigingen aan uw account
account-recovered = U gebruikte een herstel-uitnodiging. Hieronder staan alle toegangssleutels van uw account. Kent u een sleutel niet? Verwijder hem dan. Meld u ook af op toestellen die u niet kent.
notification-recovery-issued = { $via ->
    [email] Er is een herstel-uitnodiging voor uw account per e-mail verstuurd.
    [sms] Er is een herstel-uitnodiging voor uw account per sms verstuurd.
    [letter] Er is een herstel-uitnodiging voor uw account per brief verstuurd.
   *[in_person] Er is een herstel-uitnodiging voor uw account aan het loket overhandigd.
} Vroeg u er niet om? Neem dan meteen contact op met het { -agency(form: "short") }.
