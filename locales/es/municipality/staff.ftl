staff-home-title = Personas recién llegadas en el proyecto piloto
staff-home-count = { $count ->
    [one] { $count } persona ha dado su consentimiento.
   *[other] { $count } personas han dado su consentimiento.
}
staff-home-profile-heading = Su perfil funcional
