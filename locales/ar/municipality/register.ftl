register-title = سجل الملفات الوظيفية
register-intro = أي الوظائف يحق لها الاطلاع على أي بيانات، ولماذا (المادة 4 من البروتوكول).
register-add = إضافة ملف وظيفي
register-created = تمت إضافة الملف الوظيفي.
register-changed = تم تحديث السجل.
register-revised = حُفظ التعديل كإصدار جديد. من لديه هذا الملف يقرأ من الآن وفق هذا الإصدار.
register-deactivated = تم تعطيل الملف الوظيفي: من لديه لم يعد يقرأ أي بيانات.
register-reactivated = أُعيد تفعيل الملف الوظيفي.
register-inactive = معطَّل
register-revision = الإصدار { $number } بتاريخ { $date }
register-holders = { $count ->
    [0] لا أحد لديه هذا الملف.
    [zero] لا أحد لديه هذا الملف.
    [one] موظف واحد أو نظام واحد لديه هذا الملف.
    [two] اثنان من الموظفين أو الأنظمة لديهما هذا الملف.
    [few] { $count } من الموظفين والأنظمة لديهم هذا الملف.
    [many] { $count } من الموظفين والأنظمة لديهم هذا الملف.
   *[other] { $count } من الموظفين والأنظمة لديهم هذا الملف.
}
register-new-title = ملف وظيفي جديد
register-new-intro = يحدد الملف الوظيفي أي بيانات يحق لوظيفة ما الاطلاع عليها ولماذا. اختر فقط ما تحتاجه هذه الوظيفة فعلًا.
register-profile-title = الملف الوظيفي
register-name = اسم الوظيفة
register-purpose = الغرض
register-purpose-hint = لأي غرض تستخدم هذه الوظيفة البيانات؟ يرى الشخص هذا الغرض عند كل قراءة.
register-fields = البيانات
register-fields-hint = فقط البيانات الواردة في قائمة المادة 3 من البروتوكول.
register-create = إضافة الملف
register-save = حفظ التعديل
register-change-heading = تعديل
register-change-hint = ينشئ كل تعديل إصدارًا جديدًا. تبقى القراءات السابقة مرتبطة بالإصدار الذي تمت في ظله.
register-state-active = مفعَّل
register-state-inactive = معطَّل
register-deactivate = تعطيل
register-deactivate-hint = عندها لا يستطيع من لديه هذا الملف قراءة أي بيانات.
register-reactivate = إعادة التفعيل
register-reactivate-hint = عندها يستطيع من لديه هذا الملف أن يقرأ مجددًا ما يسمح به الملف.
register-history-heading = كل الإصدارات
register-history-revision = الإصدار
register-history-valid = مدة السريان
register-current = الآن
register-back = العودة إلى السجل
profile-error-name-required = أعطِ الوظيفة اسمًا.
profile-error-name-too-long = الاسم طويل جدًا (120 حرفًا على الأكثر).
profile-error-name-taken = يوجد بالفعل ملف وظيفي بهذا الاسم.
profile-error-purpose-required = صف الغرض.
profile-error-purpose-too-long = الغرض طويل جدًا (300 حرف على الأكثر).
profile-error-fields-required = اختر بيانًا واحدًا على الأقل.
profile-error-field-unknown = هذا البيان غير موجود في قائمة البروتوكول.
register-translations-heading = الغرض بلغات أخرى
register-translations-hint = يقرأ القادمون الجدد بلغتهم سبب الاطلاع على بياناتهم. إذا تركت خانة فارغة، فسيرون الغرض بالهولندية مع ملاحظة أنه غير مترجم. إذا غيّرت الغرض، تسقط الترجمات.
register-translations-save = حفظ الترجمات
register-translations-saved = تم حفظ الترجمات.
