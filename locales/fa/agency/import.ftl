## `portal import persons`: خروجی سامانه پیگیری مراجعان، آن‌گونه که اپراتور نتیجه را می‌خواند
## (در ترمینال و در فایل گزارش).

import-line = سطر
import-rows = ردیف‌ها
import-new = جدید
import-changed = تغییرکرده
import-unchanged = بدون تغییر
import-refused = ردشده
import-recipients-told = گیرندگانی که از یک اصلاح باخبر شدند
import-nothing-written = هیچ چیزی وارد نشد: با ⁦--all-or-nothing⁩ یک ردیف ردشده کل فایل را متوقف می‌کند.
import-report-written = گزارش در این مسیر نوشته شد
import-more-refused = { $count ->
    [one] و { $count } ردیف ردشده دیگر (فایل گزارش را ببینید)
   *[other] و { $count } ردیف ردشده دیگر (فایل گزارش را ببینید)
}
import-error-required = این ستون باید مقدار داشته باشد.
import-error-dossier = شماره پرونده معتبر نیست: فقط حروف، رقم‌ها و ⁦- _ . /⁩، حداکثر 40 کاراکتر.
import-error-duplicate-dossier = این شماره پرونده قبلاً در سطر { $line } فایل آمده است؛ فقط همان ردیف حساب می‌شود.
import-error-protocols-required = دست‌کم یک پروتکل را نام ببرید (نام کوتاه آن؛ چند پروتکل را با ⁦;⁩ از هم جدا کنید).
import-error-protocol-unknown = هیچ پروتکلی با این نام کوتاه در { -portal } وجود ندارد.
import-error-ended-on = روز معتبری نیست: آن را به شکل ⁦YYYY-MM-DD⁩ (سال-ماه-روز) بنویسید.
import-error-person-erased = اطلاعات این شخص پس از پایان مدت نگهداری پاک شده است؛ نمی‌توان آن را دوباره وارد کرد.
import-error-encoding = این متن UTF-8 نیست. خروجی را به صورت UTF-8 ذخیره کنید و دوباره وارد کنید.
import-error-cell-count = تعداد خانه‌های این ردیف با تعداد ستون‌های سطر عنوان برابر نیست.
import-error-row-unreadable = این ردیف را نمی‌توان به صورت CSV خواند (علامت‌های نقل قول را بررسی کنید).
import-error-json = این سطر یک شیء JSON نیست.
import-error-json-keys = این سطر کلیدی دارد که یکی از ستون‌های ورود داده نیست (⁦portal import persons --help⁩ را ببینید).
import-error-json-value = مقدار باید متن، عدد یا، برای ستون ⁦protocols⁩، فهرستی از متن‌ها باشد.
import-error-file-utf16 = فایل UTF-16 است. آن را به صورت UTF-8 (⁦CSV UTF-8⁩) ذخیره کنید و دوباره وارد کنید.
import-error-file-header = سطر اول فایل یک سطر عنوان خوانا نیست.
import-error-file-empty = فایل خالی است.
import-error-file-columns-unknown = سطر عنوان ستون‌هایی دارد که ورود داده آن‌ها را نمی‌شناسد
import-error-file-columns-missing = سطر عنوان این ستون‌ها را کم دارد
import-error-file-columns-twice = سطر عنوان یک ستون را دو بار نام می‌برد
