home-title = Xogtaada, oggolaanshahaaga
home-intro = Halkan waxaad ku go'aamisaa in degmadaadu xogtaada u isticmaali karto mashruuceeda tijaabada ah. Waxaad sidoo kale arkaysaa cidda heshay xogtaada, waxaadna codsan kartaa in khalad la saxo.
home-protocols-heading = Borotokoollada la daabacay
home-no-protocols = Weli ma jiraan borotokoollo la daabacay.
