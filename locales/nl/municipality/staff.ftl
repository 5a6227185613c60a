staff-home-title = Inburgeraars in het proefproject
staff-home-count = { $count ->
    [one] { $count } persoon heeft toestemming gegeven.
   *[other] { $count } personen hebben toestemming gegeven.
}
staff-home-profile-heading = Uw functieprofiel
