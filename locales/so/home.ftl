home-title = Xogtaada, oggolaanshahaaga
home-intro = Halkan waxaad ku go'aamisaa in { -municipality(form: "your-subj") } xogtaada u isticmaali karto mashruuceeda tijaabada ah. Waxaad sidoo kale arkaysaa cidda heshay xogtaada, waxaadna codsan kartaa in khalad la saxo.
home-protocols-heading = Borotokoollada la daabacay
home-protocols-intro = Borotokool waa heshiis qoran oo u dhexeeya { -agency(form: "short") } iyo { -municipality }. Wuxuu sheegaa xogta ay wadaagaan, sababta ay u wadaagaan iyo muddada ay wadaagayaan.
home-no-protocols = Weli ma jiraan borotokoollo la daabacay.
