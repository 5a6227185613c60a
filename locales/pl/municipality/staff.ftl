staff-home-title = Osoby nowo przybyłe w projekcie pilotażowym
staff-home-count = { $count ->
    [one] { $count } osoba wyraziła zgodę.
    [few] { $count } osoby wyraziły zgodę.
    [many] { $count } osób wyraziło zgodę.
   *[other] { $count } osoby wyraziło zgodę.
}
staff-home-profile-heading = Pana/Pani profil stanowiska
