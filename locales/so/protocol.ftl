protocol-error-title = Borotokool
protocol-facts-heading = Si kooban
protocol-discloser = Waxaa bixiya
protocol-recipient = Waxaa hela
protocol-fields = Xogta
protocol-retention = Inta muddo ah la hayo (muddada kaydinta)
protocol-retention-years = { $years ->
    [one] ugu badnaan { $years } sano
   *[other] ugu badnaan { $years } sano
}
protocol-notice-period = Inta ka hor la sheego joojinta (muddada ogeysiiska)
protocol-notice-months = { $months ->
    [one] { $months } bil
   *[other] { $months } bilood
}
protocol-signed-on = Waxaa la saxiixay
protocol-dpo-advice = Talada masuuliyiinta xogta gaarka ah (saraakiisha ilaalinta xogta)
protocol-dpo-discloser = { -agency(form: "short") }
protocol-dpo-recipient = { -municipality(form: "title") }
protocol-legal-basis = Sababta tan loo oggol yahay (saldhigga sharciga)
protocol-versions-heading = Nuqullada
protocol-version-label = Nuqulka { $number }
protocol-text-heading = Qoraalka oo dhammaystiran
protocol-translation-missing = Qoraalkan kuma jiro luqaddaada. Waxaad akhrinaysaa qoraalka af-Holandiiska ah.
protocol-filter-label = Ka raadi qoraalka
protocol-filter-status = Qaybaha la muujinayo: { $shown } ka mid ah { $total }
protocol-period-bounded = Laga bilaabo { $from } ilaa iyo { $until }
protocol-period-open = Laga bilaabo { $from }

protocol-state-draft = Qabyo
protocol-state-scheduled = Weli ma dhaqan gelin
protocol-state-in-force = Waa dhaqan gal
protocol-state-terminated = Waa la joojiyay
protocol-state-expired = Wakhtigiisii wuu dhammaaday

protocol-error-dutch-text-required = Nuqul kasta oo borotokool ah waa inuu had iyo jeer leeyahay qoraal af-Holandiis ah.
protocol-state-notice-given = Ogeysiis joojin ayaa la bixiyay
protocol-ends-on = Borotokoolkan waxaa laga bixiyay ogeysiis joojin. Maalinta ugu dambaysa waa { $day }.
