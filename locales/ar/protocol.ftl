protocol-error-title = البروتوكول
protocol-facts-heading = باختصار
protocol-discloser = الجهة التي تعطي البيانات
protocol-recipient = الجهة المتلقية
protocol-fields = البيانات
protocol-retention = إلى متى تُحفظ البيانات (مدة الحفظ)
protocol-retention-years = { $years ->
    [zero] لا شيء
    [one] سنة واحدة على الأكثر
    [two] سنتان على الأكثر
    [few] { $years } سنوات على الأكثر
    [many] { $years } سنة على الأكثر
   *[other] { $years } سنة على الأكثر
}
protocol-notice-period = كم من الوقت يجب الإبلاغ مسبقًا قبل إنهائه (مهلة الإشعار)
protocol-notice-months = { $months ->
    [zero] بدون مهلة
    [one] شهر واحد
    [two] شهران
    [few] { $months } أشهر
    [many] { $months } شهرًا
   *[other] { $months } شهر
}
protocol-signed-on = تاريخ التوقيع
protocol-dpo-advice = رأي مسؤولي الخصوصية (مسؤولي حماية البيانات)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = لماذا يُسمح بهذا (الأساس القانوني)
protocol-versions-heading = الإصدارات
protocol-version-label = الإصدار { $number }
protocol-text-heading = النص الكامل
protocol-translation-missing = هذا النص غير متوفر بلغتك. أنت تقرأ النص الهولندي.
protocol-filter-label = البحث في النص
protocol-filter-status = يتم عرض { $shown } من أصل { $total } أجزاء
protocol-period-bounded = من { $from } حتى { $until } ضمنًا
protocol-period-open = ابتداءً من { $from }

protocol-state-draft = مسودة
protocol-state-scheduled = لم يدخل حيز التنفيذ بعد
protocol-state-in-force = ساري المفعول
protocol-state-terminated = منتهٍ بالفسخ
protocol-state-expired = منتهي الصلاحية

protocol-error-dutch-text-required = يحتاج كل إصدار من البروتوكول دائمًا إلى نص باللغة الهولندية.
protocol-state-notice-given = تم الإشعار بالإنهاء
protocol-ends-on = تم الإشعار بإنهاء هذا البروتوكول. آخر يوم هو { $day }.
