registers-title = د { -municipality(form: "plural-obl") } راجسترونه
registers-intro = د هرې { -municipality(form: "singular-obl") } لپاره: د دندو پروفایلونه، همکار سازمانونه، پروسس کوونکي او د نورو لېږدونو خبرتیاوې (د پروتوکول 4مه او 6مه ماده).
registers-profiles = د دندو پروفایلونه
registers-partners = همکار سازمانونه
registers-processors = پروسس کوونکي
registers-notices = د نورو لېږدونو خبرتیاوې
registers-earlier-revisions = د دندو د پروفایلونو پخوانۍ نسخې
