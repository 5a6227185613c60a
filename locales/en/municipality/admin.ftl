madmin-nav = { -municipality(form: "title") } administration
madmin-nav-profiles = Function profiles
madmin-nav-staff = Staff
madmin-nav-partners = Partner organisations
madmin-nav-processors = Processors
madmin-nav-notices = Notices of other transfers
madmin-nav-erasure = Confirm erasure
