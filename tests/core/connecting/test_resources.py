"""The resource check's logic with hand-made checks whose answers are known."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from peerjournal.core.connecting.resources import (
    DEFAULT_ITEMS,
    Answer,
    Domain,
    Reply,
    ResourceCheck,
    ResourceItem,
    check_due,
    clean_item_text,
    compare,
    next_offer,
    results,
)
from peerjournal.core.records import Person
from peerjournal.errors import ValidationError

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)

# Five questions: two everyday, one information, one emotional, one belonging.
ITEMS = (
    ResourceItem(Domain.EVERYDAY, "help me move house", 0, id=1),
    ResourceItem(Domain.EVERYDAY, "give me a lift somewhere", 1, id=2),
    ResourceItem(Domain.INFORMATION, "help me understand benefits", 2, id=3),
    ResourceItem(Domain.EMOTIONAL, "talk with me when I'm feeling low", 3, id=4),
    ResourceItem(Domain.BELONGING, "introduce me to new people", 4, id=5),
)
TEXT = {i.id: (i.domain, i.text) for i in ITEMS}
SAM, PRIYA, MUM = 10, 11, 12
PEOPLE = (Person("Sam", id=SAM), Person("Priya", id=PRIYA), Person("Mum", id=MUM))


def ans(item_id: int, reply: Reply, *people: int) -> Answer:
    domain, text = TEXT[item_id]
    return Answer(item_id, domain, text, reply, tuple(people))


def check(*answers: Answer, days_ago: int = 0) -> ResourceCheck:
    return ResourceCheck(NOW - timedelta(days=days_ago), answers)


def test_defaults_are_about_twenty_across_all_four_domains():
    assert 18 <= len(DEFAULT_ITEMS) <= 24
    assert {d for d, _ in DEFAULT_ITEMS} == set(Domain)
    assert len({t for _, t in DEFAULT_ITEMS}) == len(DEFAULT_ITEMS)
    for _, text in DEFAULT_ITEMS:
        assert clean_item_text(text) == text  # already in the stored form


def test_all_yes_has_no_gaps_and_counts_every_domain():
    r = results(check(*(ans(i, Reply.YES, SAM, PRIYA) for i in TEXT)), ITEMS, PEOPLE)
    assert r.with_someone == r.answered == 5
    assert r.gaps == r.fragile == r.not_sure == ()
    assert r.domain(Domain.EVERYDAY).with_someone == 2
    assert r.domain(Domain.EVERYDAY).answered == 2
    assert [d.with_someone for d in r.domains] == [2, 1, 1, 1]


def test_one_person_is_fragile_two_are_not():
    r = results(check(ans(1, Reply.YES, SAM), ans(2, Reply.YES, SAM, MUM)), ITEMS, PEOPLE)
    assert [i.item_id for i in r.fragile] == [1]
    assert r.item(1).person_ids == (SAM,)
    assert r.with_someone == 2


def test_gaps_are_the_no_answers_and_not_sure_is_listed_apart():
    r = results(
        check(ans(1, Reply.NO), ans(3, Reply.NOT_SURE), ans(4, Reply.YES, PRIYA), ans(5, Reply.NO)),
        ITEMS, PEOPLE,
    )
    assert [i.item_id for i in r.gaps] == [1, 5]
    assert [i.item_id for i in r.not_sure] == [3]
    everyday = r.domain(Domain.EVERYDAY)
    assert (everyday.with_someone, everyday.no, everyday.not_sure, everyday.answered) == (0, 1, 0, 1)
    info = r.domain(Domain.INFORMATION)
    assert (info.with_someone, info.not_sure, info.answered) == (0, 1, 1)
    assert r.with_someone == 1 and r.answered == 4


def test_an_empty_check_gives_zero_everywhere_but_cannot_be_saved():
    empty = check()
    r = results(empty, ITEMS, PEOPLE)
    assert r.answered == r.with_someone == 0
    assert [d.answered for d in r.domains] == [0, 0, 0, 0]
    with pytest.raises(ValidationError, match="Nothing is answered"):
        empty.validate(NOW)


def test_yes_needs_someone_and_other_answers_drop_names():
    with pytest.raises(ValidationError, match="Who could help me move house"):
        check(ans(1, Reply.YES)).validate(NOW)
    valid = check(ans(1, Reply.NO, SAM), ans(2, Reply.YES, SAM, SAM)).validate(NOW)
    assert valid.answer(1).person_ids == ()
    assert valid.answer(2).person_ids == (SAM,)


def test_a_check_in_the_future_or_answering_twice_is_refused():
    with pytest.raises(ValidationError, match="future"):
        ResourceCheck(NOW + timedelta(days=2), (ans(1, Reply.NO),)).validate(NOW)
    with pytest.raises(ValidationError, match="twice"):
        check(ans(1, Reply.NO), ans(1, Reply.YES, SAM)).validate(NOW)


def test_results_follow_the_question_order_not_the_answer_order():
    reordered = (
        ResourceItem(Domain.EVERYDAY, "give me a lift somewhere", 0, id=2),
        ResourceItem(Domain.EVERYDAY, "help me move house", 1, id=1),
        *ITEMS[2:],
    )
    answers = (ans(5, Reply.NO), ans(1, Reply.NO), ans(3, Reply.NO), ans(2, Reply.NO))
    assert [i.item_id for i in results(check(*answers), reordered, PEOPLE).items] == [2, 1, 3, 5]


def test_archived_people_still_count_but_are_flagged():
    people = (Person("Sam", archived=True, id=SAM), *PEOPLE[1:])
    r = results(check(ans(1, Reply.YES, SAM), ans(2, Reply.YES, SAM, PRIYA)), ITEMS, people)
    assert r.with_someone == 2
    assert r.item(1).archived_ids == (SAM,) and r.item(1).fragile
    assert r.item(2).archived_ids == (SAM,)
    assert results(check(ans(1, Reply.YES, SAM)), ITEMS, PEOPLE).item(1).archived_ids == ()


def test_a_yes_whose_people_were_deleted_still_counts_but_is_not_fragile():
    r = results(check(Answer(1, Domain.EVERYDAY, "help me move house", Reply.YES, ())), ITEMS, PEOPLE)
    assert r.with_someone == 1 and r.fragile == ()


def test_old_answers_keep_the_wording_they_were_asked_in():
    old = check(Answer(1, Domain.EVERYDAY, "help me move", Reply.NO))
    renamed = (ResourceItem(Domain.EVERYDAY, "help me move to a new flat", 0, id=1),)
    assert results(old, renamed, PEOPLE).gaps[0].text == "help me move"


def test_compare_gained_lost_more_people_and_per_domain_change():
    before = results(check(
        ans(1, Reply.NO), ans(2, Reply.YES, SAM), ans(3, Reply.NOT_SURE), ans(4, Reply.YES, MUM),
        days_ago=100,
    ), ITEMS, PEOPLE)
    after = results(check(
        ans(1, Reply.YES, PRIYA), ans(2, Reply.NO), ans(3, Reply.YES, MUM),
        ans(4, Reply.YES, MUM, PRIYA), ans(5, Reply.YES, SAM),
    ), ITEMS, PEOPLE)
    change = compare(before, after)
    assert change.since == NOW - timedelta(days=100)
    assert [i.item_id for i in change.gained] == [1, 3, 5]  # 5 was not asked before
    assert [i.item_id for i in change.lost] == [2]
    assert [i.item_id for i in change.more_people] == [4]
    by_domain = {d.domain: (d.before, d.after, d.difference) for d in change.domains}
    assert by_domain == {
        Domain.EVERYDAY: (1, 1, 0),
        Domain.INFORMATION: (0, 1, 1),
        Domain.EMOTIONAL: (1, 1, 0),
        Domain.BELONGING: (0, 1, 1),
    }
    assert not change.nothing_changed


def test_compare_same_answers_is_no_change_and_unasked_now_is_not_lost():
    before = results(check(ans(1, Reply.YES, SAM), ans(2, Reply.NO), days_ago=50), ITEMS, PEOPLE)
    same = results(check(ans(1, Reply.YES, SAM), ans(2, Reply.NO)), ITEMS, PEOPLE)
    assert compare(before, same).nothing_changed
    skipped = compare(before, results(check(ans(2, Reply.NO)), ITEMS, PEOPLE))
    assert skipped.lost == () and skipped.gained == ()
    assert skipped.domains[0].difference == -1  # the count still says what each check had


def test_clean_item_text_tidies_and_refuses_empty_or_long():
    assert clean_item_text("  could  give me a lift? ") == "give me a lift"
    assert clean_item_text("…help me move") == "help me move"
    with pytest.raises(ValidationError):
        clean_item_text("  ?  ")
    with pytest.raises(ValidationError, match="at most"):
        clean_item_text("x" * 201)


def test_offered_every_few_months_and_when_never_taken():
    assert check_due(None, NOW)
    assert next_offer(None) is None
    last = NOW - timedelta(days=119)
    assert not check_due(last, NOW)
    assert check_due(last, NOW + timedelta(days=1))
    assert next_offer(last) == last + timedelta(days=120)
    assert check_due(NOW - timedelta(days=30), NOW, every_days=30)


def test_labels_are_plain_words():
    assert Domain.BELONGING.label == "Belonging"
    assert Reply.NOT_SURE.label == "Not sure"
    assert Domain("everyday") is Domain.EVERYDAY
