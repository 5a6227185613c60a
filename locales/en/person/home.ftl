person-home-title = My overview
person-home-greeting = Hello { $name }.
person-home-left-the-pilot = Your trajectory with the { -agency(form: "short") } ended on { $date }. Your consent no longer counts: your data is not shared with anyone any more. What was shared before stays on these pages.
person-home-pilots-heading = Projects that concern you
person-home-consent-given = You have given consent.
person-home-no-consent = You have not given consent.

person-home-data-heading = Your data
person-home-my-data = What data the { -agency } has about you
person-home-disclosures = Who received your data
person-home-corrections = Ask to correct a detail
person-home-notifications = { $count ->
    [0] Messages
    [one] Messages ({ $count } new)
   *[other] Messages ({ $count } new)
}
