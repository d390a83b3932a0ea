"""English abbreviations that end with a dot without ending the sentence (lowercase, no dot)."""

ABBREVIATIONS = frozenset(
    """
    adm apr aug capt cmdr co col corp dec dept dr e.g esq feb gen gov hon i.e inc jan jr jul jun
    lt ltd maj mar messrs mr mrs ms mt no nos nov oct p.m a.m prof rep rev sen sep sept sgt sr st
    supt u.k u.n u.s u.s.a vs fig dist govt
    """.split()
)
