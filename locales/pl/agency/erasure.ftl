## Erasure at the recipients (art. 2): the agency's requests, the municipalities' attestations.

erasure-title = Usunięcie danych u odbiorców
erasure-intro = Dane, które władze lokalne otrzymały ponad pięć lat temu, muszą tam zostać usunięte. { -agency(form: "short") } prosi władze lokalne o potwierdzenie tego. Każda prośba jest tu wymieniona wraz ze swoim stanem.
erasure-admin-intro = { -agency(form: "short") } prosi o potwierdzenie, że dane tych osób zostały usunięte: Pana/Pani urząd otrzymał je ponad pięć lat temu. Najpierw proszę usunąć je we własnych systemach, a potem potwierdzić to dla każdej osoby.
erasure-none = Nie ma próśb o usunięcie danych.
erasure-municipality = Władze lokalne
erasure-reference = Numer referencyjny
erasure-last-disclosed = Ostatnio otrzymane
erasure-requested = Data prośby
erasure-due = Potwierdzić do
erasure-state = Stan
erasure-open = Otwarta
erasure-overdue = Po terminie
erasure-escalated = Po terminie, zgłoszono inspektorom ochrony danych
erasure-attested = Usunięcie potwierdzone
erasure-attest = Potwierdź usunięcie
erasure-done = Usunięcie zostało potwierdzone.
erasure-error-attested = To usunięcie zostało już potwierdzone.
