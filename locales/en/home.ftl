home-title = Your data, your consent
home-intro = Here you decide whether your { -municipality } may use your data for its pilot project. You also see who received your data, and you can ask for a mistake to be corrected.
home-protocols-heading = Published protocols
home-protocols-intro = A protocol is a written agreement between the { -agency(form: "short") } and a { -municipality }. It says which data they share, why and for how long.
home-no-protocols = There are no published protocols yet.
