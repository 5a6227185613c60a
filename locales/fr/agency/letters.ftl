## Lettres d’invitation en nombre : le formulaire du gestionnaire des protocoles, la note à
## l’écran et la lettre elle-même (dans la langue de contact de la personne, puis en néerlandais).

letters-form-heading = Lettres d’invitation
letters-form-intro = Imprimez une lettre pour chaque personne, dans sa propre langue et en néerlandais, avec un code QR et un code à taper. Chaque lettre est une nouvelle invitation : les anciennes ne fonctionnent plus.
letters-form-not-yet-invited = Toutes les personnes qui n’ont pas encore reçu d’invitation (par exemple, qui viennent d’être importées)
letters-form-dossiers = Ou ces numéros de dossier
letters-form-dossiers-hint = Un par ligne. 500 au maximum.
letters-form-submit = Créer les lettres
letters-error-none = Il n’y a personne à qui écrire : personne n’attend d’invitation, ou la liste est vide.
letters-error-too-many = Cela fait plus de 500 lettres. Créez-les par groupes plus petits.
letters-error-unknown-dossier = Un de ces numéros de dossier n’est pas connu dans le { -portal }. Vérifiez la liste.
letters-error-left-the-pilot = Une de ces personnes a quitté le projet pilote (son parcours est terminé). Elle ne reçoit pas d’invitation.
letters-document-title = Lettres d’invitation
letters-screen-note = { $count ->
    [one] { $count } lettre, une page par lettre. Imprimez en A4 avec votre navigateur. Ces invitations viennent d’être créées : si vous créez à nouveau des lettres pour les mêmes personnes, celles-ci ne fonctionneront plus.
   *[other] { $count } lettres, une page par lettre. Imprimez en A4 avec votre navigateur. Ces invitations viennent d’être créées : si vous créez à nouveau des lettres pour les mêmes personnes, celles-ci ne fonctionneront plus.
}
letters-delivered-instead = Ces personnes ont déjà un compte. Elles ne reçoivent pas de lettre dans cette impression : leur invitation de récupération est envoyée à leurs propres coordonnées.
letters-heading = Votre invitation au { -portal }
letters-recovery-heading = Un nouvel accès à votre compte dans le { -portal }
letters-greeting = Bonjour { $name },
letters-what = Dans le { -portal }, vous choisissez quelles données l’{ -agency(form: "short") } peut partager avec votre { -municipality }. Vous voyez qui a reçu vos données, et vous pouvez demander de les corriger.
letters-protocols = Cette lettre concerne :
letters-recovery-warning = Vous avez déjà un compte. Avec cette lettre, vous pouvez vous reconnecter si vous avez perdu votre clé d’accès (par exemple, si vous avez un nouveau téléphone). Vous n’avez rien demandé ? Contactez-nous. Ne montrez cette lettre à personne.
letters-qr-label = Code QR de votre invitation
letters-how-scan = Scannez le code QR avec l’appareil photo de votre téléphone.
letters-how-type = Ou allez à cette adresse et tapez le code :
letters-code = Code
letters-valid-until = Vous pouvez utiliser cette invitation une seule fois, jusqu’au { $date }.
letters-help = Vous avez besoin d’aide ? Apportez cette lettre à la personne qui vous accompagne à l’{ -agency(form: "short") }.
letters-dossier = Votre numéro de dossier
