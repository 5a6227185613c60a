staff-home-title = Новоприбывшие в пилотном проекте
staff-home-count = { $count ->
    [one] Согласие дал { $count } человек.
    [few] Согласие дали { $count } человека.
    [many] Согласие дали { $count } человек.
   *[other] Согласие дали { $count } человека.
}
staff-home-profile-heading = Ваш профиль должности
