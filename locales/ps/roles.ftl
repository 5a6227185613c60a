role-agency-rectification-officer = د سمون د غوښتنو مسؤل
role-agency-protocol-admin = د پروتوکول مدیر
role-agency-dpo = د معلوماتو د ساتنې مسؤل
role-municipality-admin = د دندو د پروفایلونو مدیر
role-municipality-staff = کارکوونکی چې د دندې پروفایل لري
role-municipality-dpo = د محلي حکومت د معلوماتو د ساتنې مسؤل
