staff-home-title = Новоприбулі в пілотному проєкті
staff-home-count = { $count ->
    [one] { $count } особа дала згоду.
    [few] { $count } особи дали згоду.
    [many] { $count } осіб дали згоду.
   *[other] { $count } особи дали згоду.
}
staff-home-profile-heading = Ваш профіль посади
