## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = په ترلاسه کوونکو کې پاکول
erasure-intro = هغه معلومات چې محلي حکومت له پنځو کلونو زیات وخت مخکې ترلاسه کړي، باید هلته پاک شي. { -agency(form: "short") } له محلي حکومت څخه غواړي چې دا تایید کړي. هره غوښتنه دلته د خپل حالت سره لیکل شوې.
erasure-admin-intro = { -agency(form: "short") } له تاسو غواړي تایید کړئ چې د دې کسانو معلومات مو پاک کړي: تاسو دا معلومات له پنځو کلونو زیات وخت مخکې ترلاسه کړي. لومړی یې په خپلو سیسټمونو کې پاک کړئ، بیا د هر کس لپاره تایید ورکړئ.
erasure-none = د پاکولو هېڅ غوښتنه نشته.
erasure-municipality = محلي حکومت
erasure-reference = حواله
erasure-last-disclosed = وروستی ځل ترلاسه شوي
erasure-requested = د غوښتنې نېټه
erasure-due = د تایید وروستۍ نېټه
erasure-state = حالت
erasure-open = خلاص
erasure-overdue = ناوخته
erasure-escalated = ناوخته، د معلوماتو د ساتنې مسؤلینو ته راپور شوی
erasure-attested = پاکول تایید شول
erasure-attest = پاکول تایید کړئ
erasure-done = پاکول تایید شول.
erasure-error-attested = دا پاکول دمخه تایید شوي.
