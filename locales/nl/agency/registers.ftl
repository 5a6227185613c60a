registers-title = Registers van de { -municipality(form: "plural") }
registers-intro = Per { -municipality }: de functieprofielen, partnerorganisaties, verwerkers en meldingen van andere doorgiften (artikels 4 en 6 van het protocol).
registers-profiles = Functieprofielen
registers-partners = Partnerorganisaties
registers-processors = Verwerkers
registers-notices = Meldingen van andere doorgiften
registers-earlier-revisions = Eerdere versies van de functieprofielen
