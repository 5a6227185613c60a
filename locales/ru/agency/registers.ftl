registers-title = Реестры { -municipality(form: "plural-gen") }
registers-intro = По каждому { -municipality(form: "singular-dat") }: профили должностей, организации-партнёры, обработчики и уведомления о других передачах (статьи 4 и 6 протокола).
registers-profiles = Профили должностей
registers-partners = Организации-партнёры
registers-processors = Обработчики
registers-notices = Уведомления о других передачах
registers-earlier-revisions = Прежние версии профилей должностей
