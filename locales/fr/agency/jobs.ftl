## The background jobs, on the DPO's page.

jobs-heading = Tâches en arrière-plan
jobs-job = Tâche
jobs-last-run = Dernière exécution
jobs-result = Résultat
jobs-next-run = Prochaine exécution
jobs-never = Pas encore
jobs-running = En cours
jobs-ok = Réussie
jobs-failed = Échouée
jobs-name-protocol-effects = Début et fin des versions de protocole
jobs-name-audit-checkpoint = Point de contrôle signé du journal d’audit
jobs-name-rectification-reminders = Rappels des délais des demandes de correction
jobs-name-mail-outbox = Envoi des e-mails
jobs-name-retention = Conservation : pseudonymiser les personnes après cinq ans
