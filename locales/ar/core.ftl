# الأسماء المشتركة.
-portal = بوابة الموافقة
# The agency: its full name, and the short name a sentence uses once it is known.
-agency = { $form ->
   *[full] وكالة الاندماج والاندماج المدني
    [short] الوكالة
}
# The municipality (the protocol's recipient): one, more, and as a label or heading.
# Arabic adds [indefinite] ("a municipality"): the default [singular] is definite ("the municipality").
-municipality = { $form ->
   *[singular] البلدية
    [indefinite] بلدية
    [plural] البلديات
    [title] البلدية
}

app-name = { -portal }
