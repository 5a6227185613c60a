staff-home-title = Pilot projedeki uyum programı katılımcıları
staff-home-count = { $count ->
    [one] { $count } kişi onay verdi.
   *[other] { $count } kişi onay verdi.
}
staff-home-profile-heading = Görev profiliniz
