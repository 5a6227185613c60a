register-title = Register of function profiles
register-intro = Which functions may see which data, and why (article 4 of the protocol).
