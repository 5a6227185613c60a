madmin-nav = Управление { -municipality(form: "singular-ins") }
madmin-nav-profiles = Профили должностей
madmin-nav-staff = Сотрудники
madmin-nav-partners = Организации-партнёры
madmin-nav-processors = Обработчики
madmin-nav-notices = Уведомления о других передачах
madmin-nav-erasure = Подтвердить удаление
