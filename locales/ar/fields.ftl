field-given-name = الاسم الشخصي
field-family-name = اسم العائلة
field-address = العنوان
field-phone = رقم الهاتف
field-email = البريد الإلكتروني
field-contact-language = لغة التواصل
field-dutch-level = مستوى اللغة الهولندية
field-mo-status = دورة التوجيه الاجتماعي

field-value-none = (غير معروف)
dutch-level-below-a1 = لم يصل إلى A1 بعد
mo-status-not-started = لم تبدأ بعد
mo-status-in-progress = جارية
mo-status-completed = مكتملة
mo-status-exempt = معفى منها
