dpo-title = Protection des données
dpo-audit-heading = Journal d’audit
dpo-chain-ok = La chaîne d’audit est intacte ({ $length } entrées).
dpo-chain-broken = La chaîne d’audit est endommagée à partir de l’entrée { $seq }.
dpo-checkpoints = { $count ->
    [one] { $count } point de contrôle signé ; dernier :
   *[other] { $count } points de contrôle signés ; dernier :
}
dpo-no-checkpoint = aucun pour l’instant
dpo-chain-being-checked = La chaîne d’audit est en cours de vérification. Rechargez la page dans un instant.
dpo-checked-at = Dernière vérification :
