register-title = د دندو د پروفایلونو راجستر
register-intro = کومې دندې کوم معلومات لیدلی شي، او ولې (د پروتوکول 4مه ماده).
register-add = د دندې یو پروفایل اضافه کړئ
register-created = د دندې پروفایل اضافه شو.
register-changed = راجستر تازه شو.
register-revised = بدلون د نوې نسخې په توګه خوندي شو. هر څوک چې دا پروفایل لري، اوس د دې نسخې له مخې لولي.
register-deactivated = د دندې پروفایل غیر فعال شو: هر څوک چې دا پروفایل لري، نور هېڅ معلومات نه لولي.
register-reactivated = د دندې پروفایل بیا فعال شو.
register-inactive = غیر فعال
register-revision = نسخه { $number } له { $date } څخه
register-holders = { $count ->
    [0] هېڅوک دا پروفایل نه لري.
    [one] { $count } کارکوونکی یا سیسټم دا پروفایل لري.
   *[other] { $count } کارکوونکي او سیسټمونه دا پروفایل لري.
}
register-new-title = د دندې نوی پروفایل
register-new-intro = د دندې پروفایل وايي چې یوه دنده کوم معلومات لیدلی شي او ولې. یوازې هغه څه وټاکئ چې دا دنده ورته واقعاً اړتیا لري.
register-profile-title = د دندې پروفایل
register-name = د دندې نوم
register-purpose = موخه
register-purpose-hint = دا دنده معلومات د څه لپاره کاروي؟ کس دا موخه د هرې لوستنې سره ویني.
register-fields = معلومات
register-fields-hint = یوازې هغه معلومات چې د پروتوکول په 3مه ماده کې لیست شوي.
register-create = پروفایل اضافه کړئ
register-save = بدلون خوندي کړئ
register-change-heading = بدلون
register-change-hint = هر بدلون یوه نوې نسخه جوړوي. پخوانۍ لوستنې له هغې نسخې سره تړلې پاتې کېږي چې د هغې له مخې شوې وې.
register-state-active = فعال
register-state-inactive = غیر فعال
register-deactivate = غیر فعال کړئ
register-deactivate-hint = هر څوک چې دا پروفایل لري، بیا نور هېڅ معلومات نشي لوستلی.
register-reactivate = بیا فعال کړئ
register-reactivate-hint = هر څوک چې دا پروفایل لري، بیا هغه څه لوستلی شي چې پروفایل یې اجازه ورکوي.
register-history-heading = ټولې نسخې
register-history-revision = نسخه
register-history-valid = د اعتبار موده
register-current = اوس
register-back = راجستر ته بېرته
profile-error-name-required = دندې ته یو نوم ورکړئ.
profile-error-name-too-long = نوم ډېر اوږد دی (تر ټولو زیات 120 توري).
profile-error-name-taken = په دې نوم دمخه د دندې یو پروفایل شته.
profile-error-purpose-required = موخه تشریح کړئ.
profile-error-purpose-too-long = موخه ډېره اوږده ده (تر ټولو زیات 300 توري).
profile-error-fields-required = لږ تر لږه یوه خانه وټاکئ.
profile-error-field-unknown = دا خانه د پروتوکول په لیست کې نشته.
