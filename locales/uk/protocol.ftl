protocol-error-title = Протокол
protocol-facts-heading = Коротко
protocol-discloser = Хто дає дані
protocol-recipient = Хто отримує дані
protocol-fields = Дані
protocol-retention = Як довго дані зберігають (строк зберігання)
protocol-retention-years = { $years ->
    [one] не більше ніж { $years } рік
    [few] не більше ніж { $years } роки
    [many] не більше ніж { $years } років
   *[other] не більше ніж { $years } року
}
protocol-notice-period = За який час наперед треба повідомити про припинення (строк попередження)
protocol-notice-months = { $months ->
    [one] { $months } місяць
    [few] { $months } місяці
    [many] { $months } місяців
   *[other] { $months } місяця
}
protocol-signed-on = Дата підписання
protocol-dpo-advice = Висновок відповідальних за захист даних (співробітників з питань захисту даних)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = Чому це дозволено (правова підстава)
protocol-versions-heading = Версії
protocol-version-label = Версія { $number }
protocol-text-heading = Повний текст
protocol-translation-missing = Цього тексту немає вашою мовою. Ви читаєте текст нідерландською мовою.
protocol-filter-label = Пошук у тексті
protocol-filter-status = Показано частин: { $shown } з { $total }
protocol-period-bounded = З { $from } до { $until } включно
protocol-period-open = З { $from }

protocol-state-draft = Чернетка
protocol-state-scheduled = Ще не чинний
protocol-state-in-force = Чинний
protocol-state-terminated = Припинено
protocol-state-expired = Строк дії закінчився

protocol-error-dutch-text-required = Версія протоколу завжди повинна мати текст нідерландською мовою.
protocol-state-notice-given = Повідомлено про припинення
protocol-ends-on = Про припинення цього протоколу повідомлено. Останній день — { $day }.
