"""Scoring by GUIDELINES section 5, on hand-made gold/prediction pairs."""

from __future__ import annotations

import pytest

from warta.evaluate import ScoredEvent, Tally, greedy_pairs, is_match


def ev(
    event: str,
    actor: tuple[str, ...],
    recipient: tuple[str, ...] = (),
    fact: str = "asserted",
    mode: str | None = None,
    date: str | None = None,
    pos: int = 0,
) -> ScoredEvent:
    return ScoredEvent(event, actor, recipient, fact, mode, date, pos)


@pytest.mark.parametrize(
    ("pred", "gold", "matched"),
    [
        (ev("ACCUSE", ("USA",), ("RUS",)), ev("ACCUSE", ("USA",), ("RUS",)), True),
        (ev("ACCUSE", ("RUS",), ("USA",)), ev("ACCUSE", ("USA",), ("RUS",)), False),
        (ev("SUPPORT", ("USA",), ("RUS",)), ev("ACCUSE", ("USA",), ("RUS",)), False),
        # multi-code sides: the first predicted code must be one of the gold codes
        (ev("ASSAULT", ("ISR",), ("PSE", "QAT")), ev("ASSAULT", ("ISR",), ("QAT", "PSE")), True),
        (ev("ASSAULT", ("ISR",), ("LBN", "QAT")), ev("ASSAULT", ("ISR",), ("QAT", "PSE")), False),
        (ev("SANCTION", ("EUR", "USA"), ("RUS",)), ev("SANCTION", ("USA", "EUR"), ("RUS",)), True),
        # empty sides must both be empty
        (ev("PROTEST", ("USA",)), ev("PROTEST", ("USA",)), True),
        (ev("PROTEST", ("USA",), ("USA",)), ev("PROTEST", ("USA",)), False),
        # mutual gold: A->B, B->A and [A, B]->[] all match
        (ev("AGREE", ("THA",), ("KHM",)), ev("AGREE", ("THA", "KHM")), True),
        (ev("AGREE", ("KHM",), ("THA",)), ev("AGREE", ("THA", "KHM")), True),
        (ev("AGREE", ("KHM", "THA")), ev("AGREE", ("THA", "KHM")), True),
        (ev("AGREE", ("KHM",), ("VNM",)), ev("AGREE", ("THA", "KHM")), False),
        # CONSULT is two-sided whoever visits whom
        (ev("CONSULT", ("IDN",), ("DEU",)), ev("CONSULT", ("DEU",), ("IDN",)), True),
        (ev("CONSULT", ("IDN", "DEU")), ev("CONSULT", ("DEU",), ("IDN",)), True),
        (ev("CONSULT", ("IDN",)), ev("CONSULT", ("DEU",), ("IDN",)), False),
    ],
)
def test_is_match(pred: ScoredEvent, gold: ScoredEvent, matched: bool) -> None:
    assert is_match(pred, gold) is matched


def test_each_event_matched_once_greedily_in_text_order() -> None:
    golds = [ev("ACCUSE", ("USA",), ("RUS",), pos=10), ev("ACCUSE", ("USA",), ("RUS",), pos=50)]
    preds = [
        ev("ACCUSE", ("USA",), ("RUS",), pos=60),
        ev("ACCUSE", ("USA",), ("RUS",), pos=5),
        ev("ACCUSE", ("USA",), ("RUS",), pos=70),
    ]
    pairs = greedy_pairs(preds, golds)
    assert [(p.position, g.position) for p, g in pairs] == [(5, 10), (60, 50)]


def test_only_asserted_events_count_for_detection() -> None:
    golds = [
        ev("SANCTION", ("RUS",), ("USA",), mode="withdraw", date="2021-03-17", pos=1),
        ev("SANCTION", ("USA",), ("RUS",), fact="anticipated", pos=2),
        ev("CONSULT", ("USA",), ("TUR",), fact="negated", mode="phone", pos=3),
    ]
    preds = [
        ev("SANCTION", ("RUS",), ("USA",), mode="withdraw", date="2021-03-18", pos=1),
        ev("SANCTION", ("USA",), ("RUS",), fact="asserted", pos=2),  # gold anticipated: a false positive
        ev("CONSULT", ("USA",), ("TUR",), fact="negated", mode="phone", pos=3),  # not counted
        ev("ACCUSE", ("USA",), ("RUS",), fact="hypothetical", pos=4),  # not counted
    ]
    tally = Tally()
    tally.add_article(preds, golds)
    assert (tally.tp, tally.fp, tally.fn) == (1, 1, 0)
    assert tally.precision == 0.5 and tally.recall == 1.0 and tally.f1 == pytest.approx(2 / 3)
    assert (tally.mode_right, tally.mode_total) == (1, 1)
    assert (tally.date_right, tally.date_total) == (0, 1)
    # factuality over all gold events found under any factuality: 3 found, 2 right
    assert (tally.fact_right, tally.fact_total) == (2, 3)


def test_empty_scores_are_zero_not_errors() -> None:
    tally = Tally()
    tally.add_article([], [])
    assert (tally.precision, tally.recall, tally.f1) == (0.0, 0.0, 0.0)
    assert tally.summary()["mode_accuracy"] is None
