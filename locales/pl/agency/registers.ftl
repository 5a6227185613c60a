registers-title = Rejestry { -municipality(form: "plural-gen") }
registers-intro = Dla każdej { -municipality(form: "singular-gen") }: profile stanowisk, organizacje partnerskie, podmioty przetwarzające i zawiadomienia o innych przekazaniach (artykuły 4 i 6 protokołu).
registers-profiles = Profile stanowisk
registers-partners = Organizacje partnerskie
registers-processors = Podmioty przetwarzające
registers-notices = Zawiadomienia o innych przekazaniach
registers-earlier-revisions = Wcześniejsze wersje profili stanowisk
