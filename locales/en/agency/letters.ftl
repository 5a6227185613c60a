## Invitation letters in bulk: the protocol admin's form, the note on screen, and the letter
## itself (in the person's contact language, then in Dutch).

letters-form-heading = Invitation letters
letters-form-intro = Print a letter for each person, in their own language and in Dutch, with a QR code and a code to type. Each letter is a new invitation: older ones stop working.
letters-form-not-yet-invited = Everyone who has not been invited yet (for example, just imported)
letters-form-dossiers = Or these dossier references
letters-form-dossiers-hint = One per line. At most 500.
letters-form-submit = Make the letters
letters-error-none = There is nobody to write to: nobody is waiting for an invitation, or the list is empty.
letters-error-too-many = That is more than 500 letters. Make them in smaller groups.
letters-error-unknown-dossier = One of these dossier references is not known in the { -portal }. Check the list.
letters-error-left-the-pilot = One of these persons has left the pilot (their trajectory ended). They get no invitation.
letters-document-title = Invitation letters
letters-screen-note = { $count ->
    [one] { $count } letter, one page each. Print on A4 with your browser. These invitations were made just now: making letters again for the same persons stops these from working.
   *[other] { $count } letters, one page each. Print on A4 with your browser. These invitations were made just now: making letters again for the same persons stops these from working.
}
letters-delivered-instead = These persons already have an account. They get no letter from this print: their recovery invitation goes to their own contact details.
letters-heading = Your invitation to the { -portal }
letters-recovery-heading = A new way into your account on the { -portal }
letters-greeting = Dear { $name },
letters-what = In the { -portal } you decide which of your data the { -agency(form: "short") } may share with your { -municipality }. You see who received your data, and you can ask to correct it.
letters-protocols = This letter is about:
letters-recovery-warning = You already have an account. With this letter you can sign in again if you lost your passkey (for example, a new phone). Did you not ask for this? Contact us. Keep this letter to yourself.
letters-qr-label = QR code of your invitation
letters-how-scan = Scan the QR code with the camera of your phone.
letters-how-type = Or go to this address and type the code:
letters-code = Code
letters-valid-until = You can use this invitation once, until { $date }.
letters-help = Do you need help? Bring this letter to your counsellor at the { -agency(form: "short") }.
letters-dossier = Your dossier number
