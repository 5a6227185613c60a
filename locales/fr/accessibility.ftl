## /accessibility: the accessibility statement (toegankelijkheidsverklaring).

a11y-title = Déclaration d’accessibilité
a11y-intro = L’{ -agency } veut que tout le monde puisse utiliser ce portail. Même avec un lecteur d’écran, avec le clavier seulement ou avec de grands caractères. C’est ce que demande un décret des autorités flamandes du 7 décembre 2018.
a11y-status-heading = Le portail est-il accessible ?
a11y-status = Le portail respecte en partie les règles pour les sites web accessibles (WCAG 2.1, niveau AA). Vous trouverez ci-dessous ce qui n’est pas encore accessible.
a11y-limits-heading = Ce qui n’est pas encore accessible
a11y-limit-languages = Les textes qu’une { -municipality } rédige elle-même, comme la finalité d’un profil de fonction, sont parfois uniquement en néerlandais. La page l’indique alors.
a11y-limit-translations = Les traductions n’ont pas encore été relues par un traducteur. C’est le texte néerlandais qui fait foi.
a11y-limit-passkeys = Vous vous connectez avec une clé d’accès. Certains anciens appareils ou anciens navigateurs ne le permettent pas. Si cela ne marche pas, l’{ -agency } vous aidera.
a11y-limit-documents = Le texte complet d’un protocole est un texte juridique. En haut de chaque page de protocole, vous trouverez un court résumé.
a11y-method-heading = Comment nous l’avons vérifié
a11y-method = Nous avons écrit cette déclaration le { $day }, après notre propre contrôle. À chaque modification, nous testons automatiquement chaque page (avec axe-core, selon les WCAG 2.1 A et AA). Nous testons sur un écran de téléphone.
a11y-contact-heading = Signaler un problème
a11y-contact = Vous ne pouvez pas utiliser quelque chose sur ce portail ? Dites-le-nous. Nous répondons dans un délai de cinq jours ouvrables. En attendant, nous vous aidons d’une autre manière.
a11y-complaint-heading = Notre réponse ne vous satisfait pas ?
a11y-complaint = Vous pouvez alors déposer une plainte auprès du Médiateur flamand (Vlaamse Ombudsdienst).
