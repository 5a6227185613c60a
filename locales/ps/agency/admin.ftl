admin-title = د پروتوکول مدیریت
admin-invitations-heading = بلنې
admin-invitation-for = د چا لپاره
admin-invitation-person = نوی راغلی
admin-created = جوړ شوی
admin-expires = د اعتبار وړ تر
admin-status = حالت
admin-invitation-status-open = خلاصه
admin-invitation-status-redeemed = کارول شوې
admin-invitation-status-revoked = لغوه شوې
admin-invitation-status-expired = موده یې تېره شوې
admin-clients-heading = د API اتصالونه
admin-client-name = نوم
admin-client-for = اړخ او د دندې پروفایل
admin-client-active = فعال
admin-client-revoked = لغوه شوی

staff-error-role-not-for-party = دا رول د دې ډول سازمان لپاره نه دی.
staff-error-separation-of-duties = یوازې هغه کارکوونکي چې د دندې پروفایل لري معلومات لوستلی شي؛ مدیران یې نشي لوستلی (د دندو جلاوالی).
staff-error-profile-not-of-party = د دندې دا پروفایل ستاسو د سازمان نه دی.
admin-error-client-name = اتصال ته یو نوم ورکړئ چې تر 120 تورو زیات نه وي.
admin-error-no-such-person = د دې دوسیې په شمېره هېڅ نوی راغلی کس نشته.
admin-working = یوه شېبه…
admin-issued-link = د بلنې لینک
admin-issued-code = د لیکلو لپاره کوډ
admin-issued-token = API ټوکن
admin-shown-once = دا یوازې یو ځل ښودل کېږي. همدا اوس یې ورکړئ؛ موږ یې نه ساتو.
admin-dossier-ref = د دوسیې شمېره
admin-party = سازمان
admin-role = رول
admin-profile = د دندې پروفایل
admin-no-profile = هېڅ (یوازې د هغو کارکوونکو لپاره چې د دندې پروفایل لري)
admin-invite-person-heading = یو نوي راغلي کس ته بلنه ورکړئ
admin-invite-staff-heading = یو کارکوونکي ته بلنه ورکړئ
admin-invite-submit = بلنه جوړه کړئ
admin-revoke = لغوه کول
admin-revoked = لغوه شو.
admin-issued-title = جوړ شو
admin-issued-valid-until = تر { $when } پورې د اعتبار وړ دی.
admin-issued-nothing = دلته د ښودلو لپاره هېڅ شی نشته: هغه څه چې تاسو جوړ کړي یوازې یو ځل ښودل کېږي.
admin-back = د پروتوکول مدیریت ته بېرته
admin-client-expires-days = د اعتبار موده (ورځې، خالي = بې پایه)
admin-error-expiry = د 1 او 3650 ترمنځ د ورځو شمېر ولیکئ، یا خانه خالي پرېږدئ.

admin-assisted-consent-link = هغه رضایت ثبت کړئ چې په کاغذ ورکړل شوی

admin-handover-legend = که دا کس دمخه حساب ولري (بیا رغونه)
admin-handover-hint = لومړۍ بلنه (چې لا د لاسرسي کیلي نشته) په بل ګام کې تاسو ته ښودل کېږي، د کاونټر یا لیک لپاره. هغه بلنه چې یو موجود حساب خلاصوي، هېڅکله یوازې تاسو ته نه ښودل کېږي.
admin-handover-delivered = هغو اړیکو ته یې ولېږئ چې په دوسیه کې دي (برېښنالیک، که نه وي SMS، که نه وي لیک)
admin-handover-in-person = په کاونټر کې یې لاس په لاس ورکړئ: لومړی دویم د پروتوکول مدیر تایید ورکوي
admin-four-eyes-hint = لومړی دویم د پروتوکول مدیر دا تاییدوي؛ بیا تاسو دا دلته یو ځل جوړوئ.
admin-request-submit = د تایید غوښتنه وکړئ
admin-requests-heading = د دویم د پروتوکول مدیر لپاره غوښتنې
admin-requests-intro = یوازې هغه څه تایید کړئ چې پخپله یې کتلی شئ. چا چې غوښتنه کړې، هغه یې نشي تاییدولی.
admin-requests-empty = هېڅ غوښتنه نشته.
admin-request-what = څه
admin-request-by = غوښتونکی
admin-request-action = کړنه
admin-approval-kind-staff-invitation = د کارکوونکي بلنه
admin-approval-kind-api-client = API کلاینټ
admin-approval-kind-person-recovery = په کاونټر کې بیا رغونه
admin-approval-client-days = { $days ->
    [one] د { $days } ورځې لپاره د اعتبار وړ
   *[other] د { $days } ورځو لپاره د اعتبار وړ
}
admin-approval-client-no-expiry = بې پایه
admin-approval-status-pending = د تایید په تمه
admin-approval-status-approved = تایید شوې
admin-approval-status-refused = رد شوې
admin-approval-status-issued = جوړه شوې
admin-approval-status-lapsed = موده یې تېره شوې
admin-approval-decided-by = پرېکړه: { $name }
admin-approval-yours = ستاسو غوښتنه: بل د پروتوکول مدیر پرې پرېکړه کوي.
admin-approve = تایید
admin-refuse = رد
admin-issue-now = اوس یې جوړ کړئ
admin-approved-done = تایید شو. غوښتونکی اوس دا جوړولی شي.
admin-refused-done = رد شو.
admin-delivered = { $channel ->
    [email] د بیا رغونې بلنه په برېښنالیک { $to } ته ځي.
    [sms] د بیا رغونې بلنه په SMS { $to } ته ځي.
   *[letter] د بیا رغونې بلنه په لیک { $to } ته ځي.
}
admin-delivered-not-shown = دا کس دمخه حساب لري. لینک او کوډ یوازې دې کس ته ځي؛ تاسو یې نه وینئ.
admin-delivered-told = دې کس ته په پورټال کې او په دوسیه کې ثبت شوي هر بل چینل هم خبر ورکول کېږي. زړې بلنې لغوه شوې.
admin-requested = غوښتنه { $id } ({ $kind }) د دویم د پروتوکول مدیر په تمه ده.
admin-requested-next = کله چې تایید شي، تاسو یې د پروتوکول مدیر په پاڼه کې، د غوښتنو لاندې، جوړوئ. بیا یو ځل ښودل کېږي.
admin-error-no-such-request = دا غوښتنه نشته.
admin-error-no-such-party = دا سازمان نشته.
admin-error-handover = وټاکئ چې بلنه کس ته څنګه رسېږي: لېږل کېږي یا په کاونټر کې ورکول کېږي.
admin-error-decision = تایید یا رد وټاکئ.
admin-error-approval-role = یوازې د { -agency(form: "short-obl") } د پروتوکول مدیر په غوښتنو پرېکړه کوي.
admin-error-approval-own = تاسو خپله غوښتنه نشئ تاییدولی یا ردولی: دا کار بل د پروتوکول مدیر کوي.
admin-error-approval-decided = په دې غوښتنه دمخه پرېکړه شوې، یا یې موده تېره شوې.
admin-error-approval-not-yours = یوازې هغه څوک یې جوړوي چې غوښتنه یې کړې.
admin-error-approval-pending = دا غوښتنه لا هم د بل د پروتوکول مدیر د تایید په تمه ده.
admin-error-approval-issued = دا غوښتنه دمخه جوړه شوې. هغه څه چې هغه وخت ښودل شوي وو، بیا نه ښودل کېږي.
admin-error-approval-not-approved = دا غوښتنه رد شوې یا یې موده تېره شوې. که اړتیا وي، نوې غوښتنه وکړئ.
admin-registers-link = د { -municipality(form: "plural-obl") } راجسترونه
staff-error-invitee-name-required = د کارکوونکي نوم ولیکئ.
staff-error-invitee-name-too-long = نوم ډېر اوږد دی (تر ټولو زیات 200 توري).
staff-error-invitee-contact = یوه سمه برېښنالیک پته یا د تلیفون شمېره ولیکئ.
staff-error-disable-self = تاسو خپل ځان غیر فعال نشئ کولی.
admin-protocols-link = د پروتوکولونو مسوده جوړول، خپرول او پای ته رسول
admin-client-agency-system = د مراجعینو د تعقیب سیستم (د دندې پروفایل نه لري)
admin-error-client-needs-profile = هغه اتصال چې د دندې پروفایل نه لري یوازې د { -agency(form: "short-obl") } د خپل مراجعینو د تعقیب سیستم لپاره دی؛ د یوې { -municipality(form: "singular-obl") } اتصال معلومات د دندې له پروفایل سره لولي.
