field-given-name = Magaca koowaad
field-family-name = Magaca qoyska
field-address = Cinwaanka
field-phone = Lambarka taleefanka
field-email = Cinwaanka iimaylka
field-contact-language = Luqadda xiriirka
field-dutch-level = Heerka af-Holandiiska
field-mo-status = Koorsada hanuuninta bulshada

field-value-none = (lama yaqaan)
dutch-level-below-a1 = Weli ma gaarin A1
mo-status-not-started = Weli lama bilaabin
mo-status-in-progress = Waa socotaa
mo-status-completed = Waa la dhammeeyay
mo-status-exempt = Waa laga dhaafay
