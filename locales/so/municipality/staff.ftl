staff-home-title = Dadka dhowaan yimid ee mashruuca tijaabada
staff-home-count = { $count ->
    [one] { $count } qof ayaa oggolaansho bixiyay.
   *[other] { $count } qof ayaa oggolaansho bixiyay.
}
staff-home-profile-heading = Qeexitaanka shaqadaada
