registers-title = Registrele { -municipality(form: "plural-def-gen") }
registers-intro = Pentru fiecare { -municipality }: profilurile de funcție, organizațiile partenere, persoanele împuternicite și notificările privind alte transferuri (articolele 4 și 6 din protocol).
registers-profiles = Profiluri de funcție
registers-partners = Organizații partenere
registers-processors = Persoane împuternicite de operator
registers-notices = Notificări privind alte transferuri
registers-earlier-revisions = Versiuni anterioare ale profilurilor de funcție
