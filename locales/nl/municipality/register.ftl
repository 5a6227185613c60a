register-title = Register van functieprofielen
register-intro = Welke functies welke gegevens mogen zien, en waarom (artikel 4 van het protocol).
register-add = Een functieprofiel toevoegen
register-created = Het functieprofiel is toegevoegd.
register-changed = Het register is bijgewerkt.
register-revised = De wijziging is bewaard als een nieuwe versie. Wie dit profiel heeft, leest vanaf nu volgens deze versie.
register-deactivated = Het functieprofiel is uitgeschakeld: wie het heeft, leest geen gegevens meer.
register-reactivated = Het functieprofiel is opnieuw ingeschakeld.
register-inactive = uitgeschakeld
register-revision = Versie { $number } van { $date }
register-holders = { $count ->
    [0] Niemand heeft dit profiel.
    [one] { $count } medewerker of systeem heeft dit profiel.
   *[other] { $count } medewerkers en systemen hebben dit profiel.
}
register-new-title = Nieuw functieprofiel
register-new-intro = Een functieprofiel zegt welke gegevens een functie mag zien en waarom. Kies alleen wat die functie echt nodig heeft.
register-profile-title = Functieprofiel
register-name = Naam van de functie
register-purpose = Doel
register-purpose-hint = Waarvoor gebruikt deze functie de gegevens? De persoon ziet dit doel bij elke lezing.
register-fields = Gegevens
register-fields-hint = Alleen gegevens uit de lijst van artikel 3 van het protocol.
register-create = Profiel toevoegen
register-save = Wijziging bewaren
register-change-heading = Wijzigen
register-change-hint = Een wijziging maakt een nieuwe versie. Eerdere lezingen blijven verbonden met de versie waaronder ze gebeurden.
register-state-active = Ingeschakeld
register-state-inactive = Uitgeschakeld
register-deactivate = Uitschakelen
register-deactivate-hint = Wie dit profiel heeft, kan dan geen gegevens meer lezen.
register-reactivate = Opnieuw inschakelen
register-reactivate-hint = Wie dit profiel heeft, kan dan weer lezen wat het profiel toelaat.
register-history-heading = Alle versies
register-history-revision = Versie
register-history-valid = Geldig
register-current = nu
register-back = Terug naar het register
profile-error-name-required = Geef de functie een naam.
profile-error-name-too-long = De naam is te lang (hoogstens 120 tekens).
profile-error-name-taken = Er is al een functieprofiel met deze naam.
profile-error-purpose-required = Beschrijf het doel.
profile-error-purpose-too-long = Het doel is te lang (hoogstens 300 tekens).
profile-error-fields-required = Kies minstens één gegeven.
profile-error-field-unknown = Dit gegeven staat niet in de lijst van het protocol.
