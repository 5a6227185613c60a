register-title = Register van functieprofielen
register-intro = Welke functies welke gegevens mogen zien, en waarom (artikel 4 van het protocol).
