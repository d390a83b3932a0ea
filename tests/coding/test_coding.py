"""Behaviour of the coder on sentences of our own: embedded actions, implied domestic recipients,
orders, and triggers that need their object right after them."""

from __future__ import annotations

import datetime as dt

import pytest

import warta.coding.confidence as confidence
from warta.coding.lexicon import lexicon
from warta.model import Article
from warta.pipeline import Pipeline

PIPELINE = Pipeline()


def coded(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(type, factuality, actor>recipient) of every event, before the confidence filter."""
    with confidence.overriding(confidence.Model({}, 0.0)):
        out = PIPELINE.process(Article("t", text, lang_hint=lang, published=dt.date(2026, 3, 20)))
    assert isinstance(out, Article)
    return [
        (e.event, e.factuality, f"{'/'.join(a.code or '' for a in e.actor)}>{'/'.join(r.code or '' for r in e.recipient)}")
        for e in out.events
    ]  # fmt: skip


def facts(text: str, lang: str, event: str) -> set[str]:
    return {f for t, f, _ in coded(text, lang) if t == event}


@pytest.mark.parametrize(
    ("text", "lang", "event", "factuality"),
    [
        ("Pemerintah Jepang menolak membebaskan dua nelayan Tiongkok.", "id", "RETREAT", "negated"),
        ("Menlu Malaysia meminta junta Myanmar membebaskan para tahanan politik.", "id", "RETREAT", "anticipated"),
        ("Kanada mengancam menjatuhkan sanksi terhadap Iran.", "id", "SANCTION", "anticipated"),
        ("Kemlu Vietnam membantah bahwa kapal Vietnam menembaki kapal nelayan Kamboja.", "id", "ASSAULT", "negated"),
        ("Peru accused Bolivia of detaining three Peruvian traders.", "en", "COERCE", "hypothetical"),
        ("Chile refused to release the detained Argentine sailors.", "en", "RETREAT", "negated"),
    ],
)  # fmt: skip
def test_an_action_embedded_under_a_refusal_demand_threat_or_denial_is_not_asserted(
    text: str, lang: str, event: str, factuality: str
) -> None:
    assert facts(text, lang, event) == {factuality}


@pytest.mark.parametrize(
    ("text", "lang", "event"),
    [
        ("Amnesty International mengecam penahanan jurnalis yang ditangkap polisi Kenya.", "id", "COERCE"),
        ("Venezuela ordered the deployment of 5,000 troops to its border on Monday.", "en", "MOBILIZE"),
    ],
)
def test_relative_clauses_and_orders_report_actions_as_done(text: str, lang: str, event: str) -> None:
    assert "asserted" in facts(text, lang, event)


def test_a_noun_head_that_is_a_subject_embeds_nothing() -> None:
    events = coded("Spain rejected the offer. The refusal drew sharp criticism from Portugal.", "en")
    assert ("ACCUSE", "asserted", "PRT>ESP") in events or any(
        t == "ACCUSE" and f == "asserted" for t, f, _ in events
    )


def test_domestic_actions_without_a_named_target_take_the_actors_country() -> None:
    events = coded("Polisi Kenya menangkap puluhan demonstran di Nairobi.", "id")
    assert ("COERCE", "asserted", "KEN>KEN") in events
    protest = coded("Ribuan buruh Korea Selatan berunjuk rasa di Seoul.", "id")
    assert ("PROTEST", "asserted", "KOR>KOR") in protest


def test_a_required_object_marked_with_equals_must_follow_at_once() -> None:
    host = [trig for hit in lexicon("id").matcher.find(["menerima"], ["menerima"]) for trig in hit.values]
    strict = [t for t in host if t.within == 1]
    assert strict and strict[0].satisfied(["menteri", "luar"])
    assert not strict[0].satisfied(["surat", "dari", "menteri"])
    events = coded("Presiden Kolombia menerima Menteri Luar Negeri Ekuador di Bogota.", "id")
    assert ("CONSULT", "asserted", "ECU>COL") in events


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Iran mengutuk keras pembunuhan komandan senior Hamas di Gaza.", "id", "IRN>"),
        ("Iran mengutuk pembunuhan komandan Hamas oleh Israel.", "id", "IRN>ISR"),
        ("Indonesia mengecam serangan Israel ke Gaza.", "id", "IDN>ISR"),
        ("Iran condemned the killing of senior Hamas commanders in Gaza.", "en", "IRN>"),
        ("Iran condemned the killing of Hamas commanders by Israeli forces.", "en", "IRN>ISR"),
        ("Iran condemned Israel's killing of Hamas commanders.", "en", "IRN>ISR"),
    ],
)
def test_condemning_a_harm_is_about_whoever_did_it_never_its_victim(
    text: str, lang: str, expected: str
) -> None:
    assert [sides for event, _, sides in coded(text, lang) if event == "ACCUSE"] == [expected]
