home-title = Your data, your consent
home-intro = Here you decide whether your municipality may use your data for its pilot project. You also see who received your data, and you can ask for a mistake to be corrected.
home-protocols-heading = Published protocols
home-no-protocols = There are no published protocols yet.
