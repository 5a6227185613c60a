account-title = Akoonka iyo gelitaanka
account-passkeys-heading = Furayaashaada gelitaanka
account-passkey-added = Lagu daray { $when }
account-passkey-last-used = markii ugu dambaysay la isticmaalay { $when }
account-passkey-never-used = weli lama isticmaalin
account-passkey-remove = Ka saar
account-passkey-remove-label = Ka saar furaha gelitaanka { $name }
account-passkey-removed = Furaha gelitaanka waa la saaray.
account-passkey-last-one = Kani waa furahaaga gelitaanka ee keliya. Marka hore ku dar mid kale, ka hor intaadan kan saarin.
account-passkey-add-heading = Ku dar fure gelitaan
account-passkey-add-button = Xaqiiji oo ku dar
account-sessions-heading = Meelaha aad ka gashan tahay
account-session-since = Waxaad gashay { $when }
account-session-current = Qalabkan
account-session-end = Ka bax qalabkan
account-session-ended = Qalabkaas waad ka baxday.
account-session-unknown-device = Qalab aan la aqoon

notification-passkey-added = Fure gelitaan ayaa lagu daray akoonkaaga: { $name }.
notification-passkey-removed = Fure gelitaan ayaa laga saaray akoonkaaga: { $name }.
account-notices-heading = Isbeddellada akoonkaaga
account-recovered = Waxaad isticmaashay martiqaad dib-u-helid. Hoos waxaa ku qoran dhammaan furayaasha gelitaanka ee akoonkaaga. Ma jiraa fure aadan aqoon? Markaas ka saar. Sidoo kale ka bax qalab kasta oo aadan aqoon.
notification-recovery-issued = { $via ->
    [email] Martiqaad dib-u-helid oo loogu talagalay akoonkaaga ayaa laguu soo diray iimayl ahaan.
    [sms] Martiqaad dib-u-helid oo loogu talagalay akoonkaaga ayaa laguu soo diray SMS ahaan.
    [letter] Martiqaad dib-u-helid oo loogu talagalay akoonkaaga ayaa laguu soo diray warqad ahaan.
   *[in_person] Martiqaad dib-u-helid oo loogu talagalay akoonkaaga ayaa lagugu dhiibay miiska adeegga.
} Haddii aadan adigu codsan, isla markiiba la xiriir { -agency(form: "short") }.
