madmin-nav = Адміністрування { -municipality(form: "singular-gen") }
madmin-nav-profiles = Профілі посад
madmin-nav-staff = Працівники
madmin-nav-partners = Організації-партнери
madmin-nav-processors = Оператори даних
madmin-nav-notices = Повідомлення про інші передавання
madmin-nav-erasure = Підтвердити видалення
