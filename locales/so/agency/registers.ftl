registers-title = Diiwaannada { -municipality(form: "plural-def") }
registers-intro = Diiwaannada { -municipality } kasta: qeexitaannada shaqada, hay'adaha la-hawlgalka ah, habeeyayaasha xogta iyo ogeysiisyada gudbinta kale (qodobbada 4 iyo 6 ee borotokoolka).
registers-profiles = Qeexitaannada shaqada
registers-partners = Hay'adaha la-hawlgalka ah
registers-processors = Habeeyayaasha xogta
registers-notices = Ogeysiisyada gudbinta kale
registers-earlier-revisions = Nuqulladii hore ee qeexitaannada shaqada
