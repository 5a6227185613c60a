field-given-name = نوم
field-family-name = تخلص (د کورنۍ نوم)
field-address = پته
field-phone = د تلیفون شمېره
field-email = برېښنالیک پته
field-contact-language = د اړیکې ژبه
field-dutch-level = د هالنډي ژبې کچه
field-mo-status = د ټولنیزې پېژندنې کورس

field-value-none = (معلوم نه دی)
dutch-level-below-a1 = لا A1 ته نه دی رسېدلی
mo-status-not-started = لا نه دی پیل شوی
mo-status-in-progress = روان دی
mo-status-completed = بشپړ شوی
mo-status-exempt = معاف
