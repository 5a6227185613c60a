madmin-nav = ምሕደራ { -municipality }
madmin-nav-profiles = ፕሮፋይላት ስራሕ
madmin-nav-staff = ሰራሕተኛታት
madmin-nav-partners = መሻርኽቲ ትካላት
madmin-nav-processors = ሰራሕቲ ሓበሬታ
madmin-nav-notices = ምሕባራት ካልኦት ምሕላፋት
madmin-nav-erasure = ምድምሳስ ኣረጋግጹ
