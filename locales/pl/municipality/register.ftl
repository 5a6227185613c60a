register-title = Rejestr profili stanowisk
register-intro = Które stanowiska mogą widzieć jakie dane i dlaczego (artykuł 4 protokołu).
register-add = Dodaj profil stanowiska
register-created = Profil stanowiska został dodany.
register-changed = Rejestr został zaktualizowany.
register-revised = Zmiana została zapisana jako nowa wersja. Osoby z tym profilem odczytują teraz dane według tej wersji.
register-deactivated = Profil stanowiska został wyłączony: osoby z tym profilem nie odczytują już żadnych danych.
register-reactivated = Profil stanowiska został ponownie włączony.
register-inactive = wyłączony
register-revision = Wersja { $number } z { $date }
register-holders = { $count ->
    [0] Nikt nie ma tego profilu.
    [one] { $count } pracownik lub system ma ten profil.
    [few] Liczba pracowników i systemów z tym profilem: { $count }.
    [many] Liczba pracowników i systemów z tym profilem: { $count }.
   *[other] Liczba pracowników i systemów z tym profilem: { $count }.
}
register-new-title = Nowy profil stanowiska
register-new-intro = Profil stanowiska określa, jakie dane może widzieć dane stanowisko i dlaczego. Proszę wybrać tylko to, czego to stanowisko naprawdę potrzebuje.
register-profile-title = Profil stanowiska
register-name = Nazwa stanowiska
register-purpose = Cel
register-purpose-hint = Do czego to stanowisko wykorzystuje dane? Osoba widzi ten cel przy każdym odczycie.
register-fields = Dane
register-fields-hint = Tylko dane z listy w artykule 3 protokołu.
register-create = Dodaj profil
register-save = Zapisz zmianę
register-change-heading = Zmiana
register-change-hint = Zmiana tworzy nową wersję. Wcześniejsze odczyty pozostają powiązane z wersją, według której nastąpiły.
register-state-active = Włączony
register-state-inactive = Wyłączony
register-deactivate = Wyłącz
register-deactivate-hint = Osoby z tym profilem nie będą wtedy mogły odczytywać żadnych danych.
register-reactivate = Włącz ponownie
register-reactivate-hint = Osoby z tym profilem będą wtedy mogły znów odczytywać to, na co pozwala profil.
register-history-heading = Wszystkie wersje
register-history-revision = Wersja
register-history-valid = Obowiązuje
register-current = teraz
register-back = Powrót do rejestru
profile-error-name-required = Proszę podać nazwę stanowiska.
profile-error-name-too-long = Nazwa jest za długa (najwyżej 120 znaków).
profile-error-name-taken = Profil stanowiska o tej nazwie już istnieje.
profile-error-purpose-required = Proszę opisać cel.
profile-error-purpose-too-long = Cel jest za długi (najwyżej 300 znaków).
profile-error-fields-required = Proszę wybrać co najmniej jedno pole.
profile-error-field-unknown = Tego pola nie ma na liście protokołu.
register-translations-heading = Cel w innych językach
register-translations-hint = Osoby nowo przybyłe czytają w swoim języku, w jakim celu odczytano ich dane. Jeśli pozostawi Pan/Pani pole puste, zobaczą cel w języku niderlandzkim z adnotacją, że nie został przetłumaczony. Jeśli zmieni Pan/Pani cel, tłumaczenia stracą ważność.
register-translations-save = Zapisz tłumaczenia
register-translations-saved = Tłumaczenia zostały zapisane.
