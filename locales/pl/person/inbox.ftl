## The inbox.

inbox-title = Wiadomości
inbox-empty = Nie ma Pan/Pani żadnych wiadomości.
inbox-new = Nowa
inbox-unread = { $count ->
    [0] Brak nowych wiadomości.
    [one] { $count } nowa wiadomość.
    [few] { $count } nowe wiadomości.
    [many] { $count } nowych wiadomości.
   *[other] { $count } nowej wiadomości.
}
inbox-mark-read = Oznacz wszystkie jako przeczytane
inbox-marked-read = Wszystkie wiadomości zostały oznaczone jako przeczytane.
notification-unknown = Wiadomość z portalu.
notification-consent-give = Wyrażono zgodę na udostępnianie danych odbiorcy: { $recipient }.
notification-consent-change = Zmieniono zgodę dla odbiorcy: { $recipient }.
notification-consent-withdraw = Wycofano zgodę dla odbiorcy: { $recipient }. Nic nie jest już udostępniane.
notification-correction-filed = Otrzymaliśmy Pana/Pani wniosek o poprawienie informacji: { $field }. Odpowiedź dostanie Pan/Pani najpóźniej { $due }.
notification-correction-accepted = Pana/Pani wniosek o poprawienie informacji ({ $field }) został uwzględniony.
notification-correction-rejected = Pana/Pani wniosek o poprawienie informacji ({ $field }) został odrzucony. Powód można zobaczyć przy wnioskach.
notification-correction-recipient-told = Poprawiono informację, którą otrzymała Pana/Pani organizacja: { $field }.
notification-correction-acknowledged = { -agency(form: "short") } rozpatruje Pana/Pani wniosek o poprawienie informacji ({ $field }).
notification-correction-information-requested = { -agency(form: "short") } ma pytanie dotyczące Pana/Pani wniosku o poprawienie informacji ({ $field }). Proszę odpowiedzieć na stronie wniosku.
notification-correction-extended = Termin rozpatrzenia Pana/Pani wniosku o poprawienie informacji ({ $field }) został przedłużony do { $due }. Powód jest podany na stronie wniosku.
notification-correction-due-soon = Decyzja w sprawie wniosku o sprostowanie ({ $field }) musi zapaść najpóźniej { $due }.
notification-protocol-ending = Protokół z odbiorcą { $recipient } został wypowiedziany. Ostatni dzień to { $until }. Potem Pana/Pani dane nie będą już udostępniane.
notification-protocol-ended = Protokół z odbiorcą { $recipient } już nie obowiązuje. Pana/Pani dane nie są już udostępniane. Historia zostaje zachowana.
notification-consent-carried-over = Jest nowa wersja protokołu z odbiorcą { $recipient }. Nie wymaga ona więcej niż poprzednia: Pana/Pani wybór nadal obowiązuje.
notification-consent-review-asked = Jest nowa wersja protokołu z odbiorcą { $recipient }. Wymaga ona więcej niż poprzednia. Prosimy sprawdzić swój wybór: Pana/Pani zgoda nie obejmuje jeszcze tego, co nowe.
notification-breach-notice = Dnia { $detected } odbiorca { $recipient } wykrył problem z bezpieczeństwem. Może on dotyczyć tych Pana/Pani danych: { $fields }. Podjęto odpowiednie działania. Ma Pan/Pani pytania? Proszę skontaktować się z osobą odpowiedzialną za ochronę danych w { -agency(form: "short-loc") }: { $contact }.
notification-erasure-requested = { $count ->
    [one] { -agency(form: "short") } prosi o potwierdzenie usunięcia danych { $count } osoby.
    [few] { -agency(form: "short") } prosi o potwierdzenie usunięcia danych { $count } osób.
    [many] { -agency(form: "short") } prosi o potwierdzenie usunięcia danych { $count } osób.
   *[other] { -agency(form: "short") } prosi o potwierdzenie usunięcia danych { $count } osoby.
}
notification-erasure-overdue = { $count ->
    [one] { $municipality }: { $count } usunięcie danych nie zostało potwierdzone w terminie.
    [few] { $municipality }: { $count } usunięcia danych nie zostały potwierdzone w terminie.
    [many] { $municipality }: { $count } usunięć danych nie zostało potwierdzonych w terminie.
   *[other] { $municipality }: { $count } usunięcia danych nie zostało potwierdzone w terminie.
}
