madmin-nav = د { -municipality(form: "singular-obl") } مدیریت
madmin-nav-profiles = د دندو پروفایلونه
madmin-nav-staff = کارکوونکي
madmin-nav-partners = همکار سازمانونه
madmin-nav-processors = پروسس کوونکي
madmin-nav-notices = د نورو لېږدونو خبرتیاوې
madmin-nav-erasure = پاکول تایید کړئ
