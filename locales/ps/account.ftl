account-title = حساب او لاسرسی
account-passkeys-heading = ستاسو د لاسرسي کیلي ګانې
account-passkey-added = په { $when } اضافه شوې
account-passkey-last-used = وروستی ځل په { $when } کارول شوې
account-passkey-never-used = لا نه ده کارول شوې
account-passkey-remove = لرې کول
account-passkey-remove-label = د لاسرسي کیلي { $name } لرې کړئ
account-passkey-removed = د لاسرسي کیلي لرې شوه.
account-passkey-last-one = دا ستاسو یوازینۍ د لاسرسي کیلي ده. مخکې له دې چې لرې یې کړئ، لومړی بله کیلي اضافه کړئ.
account-passkey-add-heading = یوه د لاسرسي کیلي اضافه کړئ
account-passkey-add-button = تایید او اضافه کړئ
account-sessions-heading = تاسو چېرته ننوتلي یاست
account-session-since = په { $when } ننوتلي
account-session-current = دا وسیله
account-session-end = په دې وسیله کې وتل
account-session-ended = تاسو هلته له حساب څخه ووتلئ.
account-session-unknown-device = نامعلومه وسیله

notification-passkey-added = ستاسو حساب ته یوه د لاسرسي کیلي اضافه شوه: { $name }.
notification-passkey-removed = ستاسو له حساب څخه یوه د لاسرسي کیلي لرې شوه: { $name }.
account-notices-heading = ستاسو په حساب کې بدلونونه
account-recovered = تاسو د بیا رغونې بلنه وکاروله. لاندې ستاسو د حساب ټولې د لاسرسي کیلي ګانې دي. یوه کیلي نه پېژنئ؟ نو لرې یې کړئ. په هغو وسیلو کې هم له حساب څخه ووځئ چې نه یې پېژنئ.
notification-recovery-issued = { $via ->
    [email] ستاسو د حساب لپاره د بیا رغونې بلنه په برېښنالیک ولېږل شوه.
    [sms] ستاسو د حساب لپاره د بیا رغونې بلنه په SMS ولېږل شوه.
    [letter] ستاسو د حساب لپاره د بیا رغونې بلنه په لیک ولېږل شوه.
   *[in_person] ستاسو د حساب لپاره د بیا رغونې بلنه د { -agency(form: "short-obl") } په کاونټر کې لاس په لاس درکړل شوه.
} تاسو دا نه وو غوښتي؟ نو سمدستي له { -agency(form: "short-obl") } سره اړیکه ونیسئ.
