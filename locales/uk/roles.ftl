role-agency-rectification-officer = Відповідальний за запити на виправлення
role-agency-protocol-admin = Адміністратор протоколів
role-agency-dpo = Співробітник з питань захисту даних
role-municipality-admin = Адміністратор профілів посад
role-municipality-staff = Працівник із профілем посади
role-municipality-dpo = Співробітник з питань захисту даних місцевого органу влади
