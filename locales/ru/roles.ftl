role-agency-rectification-officer = Сотрудник по запросам на исправление
role-agency-protocol-admin = Администратор протоколов
role-agency-dpo = Инспектор по защите данных
role-municipality-admin = Администратор профилей должностей
role-municipality-staff = Сотрудник с профилем должности
role-municipality-dpo = Инспектор по защите данных местной администрации
