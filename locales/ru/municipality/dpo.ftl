## /municipality/dpo: a municipality's DPO reads their own party's breach reports, disclosures and registers.

mdpo-title = Защита данных
mdpo-nav = Разделы
mdpo-nav-breaches = Утечки данных
mdpo-nav-disclosures = Реестр передачи данных
mdpo-nav-registers = Реестры
mdpo-breaches-heading = Утечки данных в вашей администрации
mdpo-intro = Вы видите только то, что касается вашей администрации. Изменить ничего нельзя.
mdpo-nav-erasure = Удаление
