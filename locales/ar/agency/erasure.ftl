## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = المحو لدى الجهات المتلقية
erasure-intro = البيانات التي تلقّتها سلطة محلية قبل أكثر من خمس سنوات يجب أن تكون قد مُحيت لديها. تطلب { -agency(form: "short") } من السلطة المحلية تأكيد ذلك. تجد هنا كل طلب وحالته.
erasure-admin-intro = تطلب منك { -agency(form: "short") } تأكيد أنك محوت بيانات هؤلاء الأشخاص: لقد تلقيتها قبل أكثر من خمس سنوات. امحُها أولًا من أنظمتك الخاصة، ثم أكّد المحو لكل شخص على حدة.
erasure-none = لا توجد طلبات محو.
erasure-municipality = السلطة المحلية
erasure-reference = المرجع
erasure-last-disclosed = آخر استلام
erasure-requested = تاريخ الطلب
erasure-due = التأكيد قبل
erasure-state = الحالة
erasure-open = مفتوح
erasure-overdue = متأخر
erasure-escalated = متأخر، وتم إبلاغ مسؤولي حماية البيانات
erasure-attested = تم تأكيد المحو
erasure-attest = تأكيد المحو
erasure-done = تم تأكيد المحو.
erasure-error-attested = تم تأكيد هذا المحو من قبل.
