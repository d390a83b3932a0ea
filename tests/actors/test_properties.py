"""Properties of actor recognition, for any text and publication day: every mention `warta actors tag`
prints has a valid code and sector, and its offsets select its text in the cleaned article."""

from __future__ import annotations

import datetime as dt

from hypothesis import given

from tests.strategies import PROPERTY, langs, published, texts
from warta.actors import actor_mentions
from warta.ingest.records import make_article
from warta.model import Article
from warta.ontology import SECTORS, is_actor_code
from warta.pipeline import DEFAULT_STAGES, Pipeline

TAGGER = Pipeline([s for s in DEFAULT_STAGES if s.name not in ("coding", "profile")], time_limit=None)


@PROPERTY
@given(texts, langs, published)
def test_tagged_mentions_have_valid_codes_and_offsets(
    text: str, lang: str | None, day: dt.date | None
) -> None:
    out = TAGGER.process(make_article(doc_id="p", text=text, source="p", published=day, lang_hint=lang))
    if not isinstance(out, Article):
        return
    for mention in actor_mentions(out):
        assert mention.code is not None and is_actor_code(mention.code), mention
        assert mention.sector is None or mention.sector in SECTORS, mention
        assert out.text[mention.start : mention.end] == mention.text, mention
