## `portal import persons`: د مراجعینو د تعقیب له سیستم څخه صادر شوی فایل، لکه څنګه چې
## چلوونکی پایله لولي (په ټرمینل او د راپور په فایل کې).

import-line = کرښه
import-rows = قطارونه
import-new = نوي
import-changed = بدل شوي
import-unchanged = نه دي بدل شوي
import-refused = رد شوي
import-recipients-told = هغه ترلاسه کوونکي چې د یوه سمون خبر ورکړل شو
import-nothing-written = هېڅ شی وارد نه شو: د ⁦--all-or-nothing⁩ سره یو رد شوی قطار ټول فایل دروي.
import-report-written = راپور دې ځای ته ولیکل شو
import-more-refused = { $count ->
    [one] او { $count } نور رد شوی قطار (د راپور فایل وګورئ)
   *[other] او { $count } نور رد شوي قطارونه (د راپور فایل وګورئ)
}
import-error-required = په دې ستون کې باید یو ارزښت وي.
import-error-dossier = دا د دوسیې شمېره نه ده: یوازې توري، عددونه او ⁦- _ . /⁩، تر 40 نښو زیات نه.
import-error-duplicate-dossier = د دوسیې دا شمېره دمخه د فایل په { $line } کرښه کې شته؛ یوازې هماغه قطار حسابېږي.
import-error-protocols-required = لږ تر لږه یو پروتوکول ولیکئ (لنډ نوم یې؛ څو پروتوکولونه په ⁦;⁩ سره جلا کړئ).
import-error-protocol-unknown = په { -portal } کې په دې لنډ نوم هېڅ پروتوکول نشته.
import-error-ended-on = دا سمه ورځ نه ده: په ⁦YYYY-MM-DD⁩ بڼه یې ولیکئ.
import-error-person-erased = د دې کس معلومات د ساتلو د مودې تر پای وروسته پاک شوي؛ بیا نه شي وارد کېدای.
import-error-encoding = دا متن UTF-8 نه دی. صادر شوی فایل د UTF-8 په توګه خوندي کړئ او بیا یې وارد کړئ.
import-error-cell-count = په دې قطار کې د خونو شمېر د سرلیک د ستونونو له شمېر سره برابر نه دی.
import-error-row-unreadable = دا قطار د CSV په توګه نه لوستل کېږي (د نقل قول نښې وګورئ).
import-error-json = دا کرښه د JSON څیز نه ده.
import-error-json-keys = په دې کرښه کې یوه کیلي شته چې د وارداتو ستون نه دی (⁦portal import persons --help⁩ وګورئ).
import-error-json-value = ارزښت باید متن، عدد یا، د ⁦protocols⁩ ستون لپاره، د متنونو لېست وي.
import-error-file-utf16 = فایل UTF-16 دی. د UTF-8 (⁦CSV UTF-8⁩) په توګه یې خوندي کړئ او بیا یې وارد کړئ.
import-error-file-header = د فایل لومړۍ کرښه د لوستلو وړ سرلیک نه ده.
import-error-file-empty = فایل تش دی.
import-error-file-columns-unknown = سرلیک داسې ستونونه لري چې واردات یې نه پېژني
import-error-file-columns-missing = سرلیک دا ستونونه نه لري
import-error-file-columns-twice = سرلیک یو ستون دوه ځله راوړی
