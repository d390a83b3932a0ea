"""Indonesian abbreviations that end with a dot without ending the sentence (lowercase, no dot).

"dll.", "dsb." and "dst." are left out on purpose: followed by a capital, they end their sentence.
"""

ABBREVIATIONS = frozenset(
    """
    a.n adm bpk br brigjen bu capt dr dra drg drh drs dkk dkt dt gub hj hlm ibu ir
    irjen jend jl jln kol kombes kompol kab kec kel kh komjen laks letjen lt m.si m.sc marsda marsdya
    marsekal mayjen mgr no nn ny pdt prof pt pol purn rp sdr sdri s.h s.e s.ip s.kom s.sos sh se st
    tbk tgl th tn tsb u.p ust yth a.k.a vs
    jan feb mar apr jun jul agu agt ags sep sept okt nov des
    """.split()
)
