registers-title = Registers of the { -municipality(form: "plural") }
registers-intro = Per { -municipality }: the function profiles, partner organisations, processors and notices of other transfers (articles 4 and 6 of the protocol).
registers-profiles = Function profiles
registers-partners = Partner organisations
registers-processors = Processors
registers-notices = Notices of other transfers
registers-earlier-revisions = Earlier revisions of the function profiles
