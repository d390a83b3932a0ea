"""Properties of the whole coder, for any text, language and publication day: it never raises; every
offset (evidence, trigger, actors) selects exactly its text in the cleaned article; an asserted event is
never dated after publication; every actor code is a code CONTRACT.md allows."""

from __future__ import annotations

import datetime as dt

from hypothesis import given

from tests.strategies import PROPERTY, langs, published, texts
from warta.ingest.records import make_article
from warta.model import Actor, Article, Skip
from warta.ontology import SECTORS, is_actor_code
from warta.pipeline import Pipeline

STRICT = Pipeline(strict=True, time_limit=None)  # an exception fails the test instead of becoming a Skip


def code(text: str, lang: str | None, day: dt.date | None) -> Article | Skip:
    article = make_article(doc_id="p", text=text, source="property", published=day, lang_hint=lang)
    return STRICT.process(article)


def check_actor(article: Article, actor: Actor) -> None:
    assert actor.code is None or is_actor_code(actor.code), actor
    assert actor.sector is None or actor.sector in SECTORS, actor
    if actor.kind != "implied":
        assert article.text[actor.start : actor.end] == actor.text, actor


@PROPERTY
@given(texts, langs, published)
def test_the_coder_never_raises_and_its_records_hold(
    text: str, lang: str | None, day: dt.date | None
) -> None:
    out = code(text, lang, day)
    if isinstance(out, Skip):
        assert out.reason and out.stage
        return
    for mention in out.mentions:
        check_actor(out, mention)
    for ev in out.events:
        evidence = ev.evidence
        assert out.text[evidence.start : evidence.end] == evidence.text
        assert out.text[evidence.trigger_start : evidence.trigger_end] == evidence.trigger
        assert evidence.start <= evidence.trigger_start <= evidence.trigger_end <= evidence.end
        if ev.factuality == "asserted" and ev.date is not None and day is not None:
            # only an English weekday may name the day after a wire's stamp (GUIDELINES 3, time zones)
            ahead = dt.timedelta(days=1 if out.lang == "en" else 0)
            assert ev.date <= day + ahead, (ev.date, day, evidence.text)
        for actor in (*ev.actor, *ev.recipient):
            check_actor(out, actor)
        assert ev.factuality in ("asserted", "negated", "anticipated", "hypothetical", "historical")
