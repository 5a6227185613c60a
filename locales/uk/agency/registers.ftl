registers-title = Реєстри { -municipality(form: "plural-gen") }
registers-intro = Для кожного { -municipality(form: "singular-gen") }: профілі посад, організації-партнери, оператори даних і повідомлення про інші передавання (статті 4 і 6 протоколу).
registers-profiles = Профілі посад
registers-partners = Організації-партнери
registers-processors = Оператори даних
registers-notices = Повідомлення про інші передавання
registers-earlier-revisions = Попередні редакції профілів посад
