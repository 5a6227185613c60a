admin-title = Administrarea protocoalelor
admin-invitations-heading = Invitații
admin-invitation-for = Pentru
admin-invitation-person = Nou-venit
admin-created = Creată
admin-expires = Valabilă până la
admin-status = Stare
admin-invitation-status-open = Deschisă
admin-invitation-status-redeemed = Folosită
admin-invitation-status-revoked = Retrasă
admin-invitation-status-expired = Expirată
admin-clients-heading = Conexiuni API
admin-client-name = Nume
admin-client-for = Parte și profil de funcție
admin-client-active = Activă
admin-client-revoked = Retrasă

staff-error-role-not-for-party = Acest rol nu aparține acestui tip de organizație.
staff-error-separation-of-duties = Numai angajații cu profil de funcție pot citi date; administratorii nu pot (separarea atribuțiilor).
staff-error-profile-not-of-party = Acest profil de funcție nu aparține organizației dumneavoastră.
admin-error-client-name = Dați conexiunii un nume de cel mult 120 de caractere.
admin-error-no-such-person = Nu există niciun nou-venit cu acest număr de dosar.
admin-working = Un moment…
admin-issued-link = Link de invitație
admin-issued-code = Cod de introdus
admin-issued-token = Token API
admin-shown-once = Acesta este afișat o singură dată. Transmiteți-l acum; noi nu îl păstrăm.
admin-dossier-ref = Număr de dosar
admin-party = Organizație
admin-role = Rol
admin-profile = Profil de funcție
admin-no-profile = Niciunul (numai pentru angajații cu profil de funcție)
admin-invite-person-heading = Invitați un nou-venit
admin-invite-staff-heading = Invitați un angajat
admin-invite-submit = Creați invitația
admin-revoke = Revocați
admin-revoked = Revocat.
admin-issued-title = Creat
admin-issued-valid-until = Valabil până la { $when }.
admin-issued-nothing = Nu este nimic de afișat aici: ceea ce ați creat se afișează o singură dată.
admin-back = Înapoi la administrarea protocoalelor
admin-client-expires-days = Valabil (zile; gol = fără expirare)
admin-error-expiry = Introduceți un număr de zile între 1 și 3650 sau lăsați câmpul gol.

admin-assisted-consent-link = Înregistrați un consimțământ dat pe hârtie

admin-handover-legend = Dacă această persoană are deja un cont (recuperare)
admin-handover-hint = O primă invitație (încă fără cheie de acces) vă este afișată în continuare, pentru ghișeu sau pentru o scrisoare. O invitație care deschide un cont existent nu vă este afișată niciodată numai dumneavoastră.
admin-handover-delivered = Livrare la datele de contact din dosar (e-mail, altfel SMS, altfel scrisoare)
admin-handover-in-person = Înmânare la ghișeu: mai întâi aprobă un al doilea administrator de protocoale
admin-four-eyes-hint = Un al doilea administrator de protocoale aprobă mai întâi; apoi îl creați aici, o singură dată.
admin-request-submit = Cereți aprobarea
admin-requests-heading = Cereri pentru un al doilea administrator de protocoale
admin-requests-intro = Aprobați numai ceea ce puteți verifica dumneavoastră înșivă. Cine a făcut o cerere nu o poate aproba.
admin-requests-empty = Nu există cereri.
admin-request-what = Ce
admin-request-by = Cerută de
admin-request-action = Acțiune
admin-approval-kind-staff-invitation = Invitație pentru angajat
admin-approval-kind-api-client = Client API
admin-approval-kind-person-recovery = Recuperare la ghișeu
admin-approval-client-days = { $days ->
    [one] valabil { $days } zi
    [few] valabil { $days } zile
   *[other] valabil { $days } de zile
}
admin-approval-client-no-expiry = fără expirare
admin-approval-status-pending = Așteaptă aprobarea
admin-approval-status-approved = Aprobată
admin-approval-status-refused = Refuzată
admin-approval-status-issued = Creată
admin-approval-status-lapsed = Caducă
admin-approval-decided-by = Decisă de { $name }
admin-approval-yours = Cererea dumneavoastră: decide un alt administrator de protocoale.
admin-approve = Aprobați
admin-refuse = Refuzați
admin-issue-now = Creați acum
admin-approved-done = Aprobată. Cine a cerut o poate crea acum.
admin-refused-done = Refuzată.
admin-delivered = { $channel ->
    [email] Invitația de recuperare este trimisă prin e-mail la { $to }.
    [sms] Invitația de recuperare este trimisă prin SMS la { $to }.
   *[letter] Invitația de recuperare este trimisă prin scrisoare la { $to }.
}
admin-delivered-not-shown = Această persoană are deja un cont. Linkul și codul ajung numai la persoană; dumneavoastră nu le vedeți.
admin-delivered-told = Persoana este informată și în portal și pe orice alt canal din dosar. Invitațiile mai vechi au fost revocate.
admin-requested = Cererea { $id } ({ $kind }) așteaptă un al doilea administrator de protocoale.
admin-requested-next = După aprobare, o creați pe pagina de administrare a protocoalelor, la cereri. Atunci este afișată o singură dată.
admin-error-no-such-request = Această cerere nu există.
admin-error-no-such-party = Această organizație nu există.
admin-error-handover = Alegeți cum ajunge invitația la persoană: livrată sau la ghișeu.
admin-error-decision = Alegeți aprobare sau refuz.
admin-error-approval-role = Numai un administrator de protocoale al { -agency(form: "short-gen") } decide asupra cererilor.
admin-error-approval-own = Nu vă puteți aproba sau refuza propria cerere: acest lucru îl face un alt administrator de protocoale.
admin-error-approval-decided = S-a decis deja asupra acestei cereri sau aceasta a devenit caducă.
admin-error-approval-not-yours = Numai cine a făcut cererea o poate crea.
admin-error-approval-pending = Această cerere încă așteaptă aprobarea unui alt administrator de protocoale.
admin-error-approval-issued = Această cerere a fost deja creată. Ce s-a afișat atunci nu se mai afișează.
admin-error-approval-not-approved = Această cerere a fost refuzată sau a devenit caducă. Faceți o cerere nouă, dacă este nevoie.
admin-registers-link = Registrele { -municipality(form: "plural-def-gen") }
staff-error-invitee-name-required = Indicați numele angajatului.
staff-error-invitee-name-too-long = Numele este prea lung (cel mult 200 de caractere).
staff-error-invitee-contact = Indicați o adresă de e-mail sau un număr de telefon valid.
staff-error-disable-self = Nu vă puteți dezactiva pe dumneavoastră înșivă.
admin-protocols-link = Redactați, publicați și încheiați protocoale
admin-client-agency-system = sistem de urmărire a clienților (fără profil de funcție)
admin-error-client-needs-profile = O conexiune fără profil de funcție este numai pentru sistemul propriu de urmărire a clienților al { -agency(form: "short-gen") }; conexiunea unei { -municipality(form: "singular-gen") } citește datele cu un profil de funcție.
