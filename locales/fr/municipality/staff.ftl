staff-home-title = Primo-arrivants dans le projet pilote
staff-home-count = { $count ->
    [one] { $count } personne a donné son consentement.
   *[other] { $count } personnes ont donné leur consentement.
}
staff-home-profile-heading = Votre profil de fonction
