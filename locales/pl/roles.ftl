role-agency-rectification-officer = Osoba rozpatrująca wnioski o sprostowanie
role-agency-protocol-admin = Administrator protokołów
role-agency-dpo = Inspektor ochrony danych
role-municipality-admin = Administrator profili stanowisk
role-municipality-staff = Pracownik z profilem stanowiska
role-municipality-dpo = Inspektor ochrony danych władz lokalnych
