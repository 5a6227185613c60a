staff-home-title = Newcomers in the pilot project
staff-home-count = { $count ->
    [one] { $count } person has given consent.
   *[other] { $count } people have given consent.
}
staff-home-profile-heading = Your function profile
