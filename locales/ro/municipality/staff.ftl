staff-home-title = Nou-veniți în proiectul pilot
staff-home-count = { $count ->
    [one] { $count } persoană și-a dat consimțământul.
    [few] { $count } persoane și-au dat consimțământul.
   *[other] { $count } de persoane și-au dat consimțământul.
}
staff-home-profile-heading = Profilul dumneavoastră de funcție
