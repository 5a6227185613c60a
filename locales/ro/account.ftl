account-title = Cont și acces
account-passkeys-heading = Cheile dumneavoastră de acces
account-passkey-added = Adăugată la { $when }
account-passkey-last-used = folosită ultima dată la { $when }
account-passkey-never-used = nefolosită încă
account-passkey-remove = Ștergeți
account-passkey-remove-label = Ștergeți cheia de acces { $name }
account-passkey-removed = Cheia de acces a fost ștearsă.
account-passkey-last-one = Aceasta este singura dumneavoastră cheie de acces. Adăugați mai întâi o altă cheie, înainte de a o șterge pe aceasta.
account-passkey-add-heading = Adăugați o cheie de acces
account-passkey-add-button = Confirmați și adăugați
account-sessions-heading = Unde sunteți conectat(ă)
account-session-since = Conectat(ă) la { $when }
account-session-current = Acest dispozitiv
account-session-end = Deconectați-vă pe acest dispozitiv
account-session-ended = V-ați deconectat de pe acel dispozitiv.
account-session-unknown-device = Dispozitiv necunoscut

notification-passkey-added = A fost adăugată o cheie de acces la contul dumneavoastră: { $name }.
notification-passkey-removed = A fost ștearsă o cheie de acces din contul dumneavoastră: { $name }.
account-notices-heading = Modificări ale contului dumneavoastră
account-recovered = Ați folosit o invitație de recuperare. Mai jos sunt toate cheile de acces ale contului dumneavoastră. Nu cunoașteți o cheie? Atunci ștergeți-o. Deconectați-vă și de pe dispozitivele pe care nu le cunoașteți.
notification-recovery-issued = { $via ->
    [email] O invitație de recuperare pentru contul dumneavoastră a fost trimisă prin e-mail.
    [sms] O invitație de recuperare pentru contul dumneavoastră a fost trimisă prin SMS.
    [letter] O invitație de recuperare pentru contul dumneavoastră a fost trimisă prin scrisoare.
   *[in_person] O invitație de recuperare pentru contul dumneavoastră a fost înmânată la ghișeu.
} Nu ați cerut-o? Contactați imediat { -agency(form: "short") }.
