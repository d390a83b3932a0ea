"""Hypothesis strategies shared by the property tests: news-like text (actors, triggers, dates, quotes,
boilerplate, markup and odd characters in random order, so that the stages have something to find) and
plain arbitrary Unicode."""

from __future__ import annotations

import datetime as dt
import os

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Moderate and deadline-free: the suite must stay fast on a shared 2-core machine, and the first
# example of a run loads the language models. WARTA_EXAMPLES=2000 searches harder.
PROPERTY = settings(
    max_examples=int(os.environ.get("WARTA_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

PIECES = (
    # actors, offices, places
    "Indonesia", "Malaysia", "Amerika Serikat", "the United States", "Russia", "China", "PBB",
    "the United Nations", "Presiden Joko Widodo", "Menteri Luar Negeri", "Menlu Retno Marsudi", "Kremlin",
    "Prime Minister", "pemerintah", "the ministry", "Jakarta", "Geneva", "Jenewa", "kedua negara", "dia",
    "they", "NATO", "ASEAN", "polisi", "the army", "mahasiswa", "protesters", "Prabowo Subianto",
    # triggers and cue words
    "mengecam", "condemned", "memanggil duta besar", "summoned the ambassador", "menandatangani",
    "signed an agreement", "bertemu", "met", "menyerang", "attacked", "menolak", "rejected", "akan",
    "will", "tidak", "did not", "jika", "if", "menuntut", "demanded", "sanksi", "sanctions", "mengancam",
    "threatened", "berunjuk rasa", "protested", "kata", "said", "menurut", "according to",
    # dates and numbers
    "pada Kamis", "on Thursday", "kemarin", "yesterday", "pekan lalu", "last week", "tahun depan",
    "next year", "(3/11)", "17 Maret 2021", "March 17, 2021", "2019", "tahun 1998", "besok", "tomorrow",
    "Senin lalu", "12.30 WIB", "No. 5", "Dr.", "U.S.", "Jl.", "Tbk.",
    # punctuation, quotes, lines
    ".", ". ", ",", "!", "?", "...", "\n", "\n\n", '"', "“", "”", "'", "(", ")", " - ", "—", ":", ";",
    # boilerplate, markup, odd characters
    "Baca juga:", "Bagikan:", "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "Read more:",
    "togel", "&amp;", "&lt;b&gt;", "<p>", "</script>", "Ã©", "â€œ", "\u200b", "\ufeff", "\xa0", "\t",
    "\r\n", "é", "e\u0301", "😡", "🇮🇩", "ß", "İ", "ﬁ", "Ⅻ", "١٢٣", "中文",
)  # fmt: skip

pieces = st.sampled_from(PIECES)
news_text = st.lists(st.one_of(pieces, pieces, pieces, st.text(max_size=8)), max_size=60).map(" ".join)
any_text = st.text(max_size=300)
texts = st.one_of(news_text, news_text, any_text)
published = st.one_of(st.none(), st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2199, 12, 31)))
langs = st.sampled_from([None, "id", "en"])
