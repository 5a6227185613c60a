## `portal import persons`: تصدير نظام متابعة العملاء، كما يقرأ المشغّل النتيجة
## (في الطرفية وفي ملف التقرير).

import-line = السطر
import-rows = الصفوف
import-new = جديدة
import-changed = معدّلة
import-unchanged = دون تغيير
import-refused = مرفوضة
import-recipients-told = جهات مستلِمة أُبلغت بتصحيح
import-nothing-written = لم يُستورد أي شيء: مع ⁦--all-or-nothing⁩ يوقف صف واحد مرفوض الملف كله.
import-report-written = كُتب التقرير في هذا المسار
import-more-refused = { $count ->
    [zero] و{ $count } صف مرفوض آخر (انظر ملف التقرير)
    [one] وصف مرفوض آخر (انظر ملف التقرير)
    [two] وصفّان مرفوضان آخران (انظر ملف التقرير)
    [few] و{ $count } صفوف مرفوضة أخرى (انظر ملف التقرير)
    [many] و{ $count } صفًا مرفوضًا آخر (انظر ملف التقرير)
   *[other] و{ $count } صف مرفوض آخر (انظر ملف التقرير)
}
import-error-required = يجب أن يكون لهذا العمود قيمة.
import-error-dossier = هذا ليس رقم ملف صالحًا: أحرف وأرقام والرموز ⁦- _ . /⁩ فقط، و40 حرفًا على الأكثر.
import-error-duplicate-dossier = رقم الملف هذا موجود من قبل في السطر { $line } من الملف؛ لا يُحسب إلا ذلك الصف.
import-error-protocols-required = اذكر بروتوكولًا واحدًا على الأقل (اسمه المختصر؛ وافصل بين عدة بروتوكولات بالرمز ⁦;⁩).
import-error-protocol-unknown = لا يوجد في { -portal } بروتوكول بهذا الاسم المختصر.
import-error-ended-on = هذا ليس يومًا صالحًا: اكتبه بالشكل ⁦YYYY-MM-DD⁩ (السنة-الشهر-اليوم).
import-error-person-erased = مُحيت بيانات هذا الشخص بعد انتهاء مدة الحفظ؛ لا يمكن استيرادها مرة أخرى.
import-error-encoding = هذا النص ليس بترميز UTF-8. احفظ التصدير بترميز UTF-8 ثم استورده مرة أخرى.
import-error-cell-count = عدد الخلايا في هذا الصف لا يساوي عدد الأعمدة في سطر العناوين.
import-error-row-unreadable = لا يمكن قراءة هذا الصف بصيغة CSV (تحقق من علامات الاقتباس).
import-error-json = هذا السطر ليس كائن JSON.
import-error-json-keys = في هذا السطر مفتاح ليس من أعمدة الاستيراد (انظر ⁦portal import persons --help⁩).
import-error-json-value = يجب أن تكون القيمة نصًا أو رقمًا أو، في العمود ⁦protocols⁩، قائمة نصوص.
import-error-file-utf16 = الملف بترميز UTF-16. احفظه بترميز UTF-8 (⁦CSV UTF-8⁩) ثم استورده مرة أخرى.
import-error-file-header = السطر الأول من الملف ليس سطر عناوين مقروءًا.
import-error-file-empty = الملف فارغ.
import-error-file-columns-unknown = يذكر سطر العناوين أعمدة لا يعرفها الاستيراد
import-error-file-columns-missing = تنقص سطرَ العناوين هذه الأعمدة
import-error-file-columns-twice = يذكر سطر العناوين عمودًا مرتين
