## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = Захист даних
mdpo-nav = Розділи
mdpo-nav-breaches = Порушення захисту даних
mdpo-nav-disclosures = Реєстр розкриття даних
mdpo-nav-registers = Реєстри
mdpo-breaches-heading = Порушення захисту даних вашого органу влади
mdpo-intro = Ви бачите лише те, що стосується вашого органу влади. Змінити ви нічого не можете.
mdpo-nav-erasure = Видалення
