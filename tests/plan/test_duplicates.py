"""The duplicate check: precision and recall on a labelled set, the sample's planted pairs, blocking, decisions."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.models import PlanPairDecision, PlanProject
from app.plan import decisions, duplicates
from app.plan.duplicates import Candidate, suspects
from app.plan.normalise import name_key, name_similarity
from app.sample import plan as sample_plan
from tests.plan.labelled_pairs import DISTINCT, DUPLICATES

PRECISION_FLOOR, RECALL_FLOOR = 0.9, 0.85


def candidate(pid: int, project: tuple) -> Candidate:
    name, agency, provinces, years, dims, millions = project
    first, _, last = years.partition("-")
    return Candidate(pid, name, agency, frozenset(provinces.split(",")), frozenset(dims.split(",")), int(first),
                     int(last or first), Decimal(str(millions)) * 1_000_000)


def flagged(a: tuple, b: tuple) -> bool:
    return bool(suspects([candidate(1, a), candidate(2, b)]))


def test_precision_and_recall_on_the_labelled_set():
    assert len(DUPLICATES) + len(DISTINCT) >= 60
    tp = sum(flagged(a, b) for a, b in DUPLICATES)
    fp = sum(flagged(a, b) for a, b in DISTINCT)
    precision, recall = tp / max(1, tp + fp), tp / len(DUPLICATES)
    print(f"\nduplicate check on {len(DUPLICATES) + len(DISTINCT)} labelled pairs: precision {precision:.3f} "
          f"({tp} of {tp + fp} flagged), recall {recall:.3f} ({tp} of {len(DUPLICATES)} duplicates)")
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


def test_the_issues_example_is_found_with_its_reasons():
    a, b = DUPLICATES[0]  # Smart Traffic Light / สัญญาณไฟจราจรอัจฉริยะ, เทศบาลนคร / ทน.
    (found,) = suspects([candidate(1, a), candidate(2, b)])
    text = found.reasons_text("th")
    assert "smart traffic light" in text and "สัญญาณไฟจราจร" in text
    assert "หน่วยงานเดียวกันแต่เขียนชื่อต่างกัน: เทศบาลนครพิษณุโลก / ทน.พิษณุโลก" in text
    assert "จังหวัดเดียวกัน: พิษณุโลก" in text and found.score >= 90
    assert "Same province: Phitsanulok" in found.reasons_text("en")


def test_names_that_only_share_words_are_not_alike():
    traffic = name_key("ระบบไฟจราจรอัจฉริยะ พิษณุโลก")
    for other in ("ระบบไฟส่องสว่างอัจฉริยะ พิษณุโลก", "ระบบกล้อง CCTV อัจฉริยะ พิษณุโลก",
                  "โครงการพัฒนาระบบอัจฉริยะเพื่อประชาชน พิษณุโลก"):
        assert name_similarity(traffic, name_key(other)) < duplicates.NAME_FLOOR, other


def test_blocking_compares_only_projects_of_a_shared_province_and_year(monkeypatch):
    compared = []
    real = duplicates._compare
    monkeypatch.setattr(duplicates, "_compare", lambda a, b, t: compared.append((a.project.id, b.project.id))
                        or real(a, b, t))
    name = "ระบบไฟจราจรอัจฉริยะ"
    projects = [Candidate(i, name, "ก", frozenset({"TH-65" if i % 2 else "TH-66"}), first_year=2568, last_year=2568)
                for i in range(20)]
    projects += [Candidate(100, name, "ก", frozenset({"TH-65"}), first_year=2570, last_year=2570)]
    suspects(projects)
    assert len(compared) == 2 * (10 * 9 // 2)  # within each province only, and not the project of 2570
    assert all((a % 2) == (b % 2) for a, b in compared)


def test_the_samples_planted_pairs_are_found_and_its_near_misses_are_not(db):
    with db.session() as session:
        sample_plan.fill(session)
    with db.session() as session:
        code_of = dict(session.execute(select(PlanProject.id, PlanProject.code)).all())
        found = {tuple(sorted((code_of[s.first.id], code_of[s.second.id]))) for s in decisions.find(session)}
    planted = {tuple(sorted(p)) for p in sample_plan.DUPLICATE_PAIRS}
    near = {tuple(sorted(p)) for p in sample_plan.DISTINCT_PAIRS}
    assert len(planted) >= 20 and len(near) >= 20
    assert len(found & planted) >= 0.9 * len(planted)
    assert not found & near


@pytest.fixture
def pair(db):
    with db.session() as session:
        sample_plan.fill(session)
    with db.session() as session:
        return decisions.find(session)[0]


def test_a_merge_withdraws_the_other_and_remembers_who_and_when(db, pair):
    first, second = pair.pair
    with db.session() as session:
        decisions.decide(session, second, first, "duplicate", "secretary1", kept_id=first, score=pair.score)
    with db.session() as session:
        row = session.scalar(select(PlanPairDecision))
        assert (row.first_id, row.second_id, row.decision, row.kept_id) == (first, second, "duplicate", first)
        assert row.decided_by == "secretary1" and row.decided_at is not None and row.score == pair.score
        other = session.get(PlanProject, second)
        assert other.status == "withdrawn" and f"รวมเข้ากับโครงการ #{first}" in other.notes
        assert pair.pair not in {s.pair for s in decisions.find(session)}


def test_related_and_distinct_pairs_leave_the_list_and_can_be_taken_back(db, pair):
    with db.session() as session:
        decisions.decide(session, *pair.pair, "distinct", "secretary2")
    with db.session() as session:
        assert pair.pair not in {s.pair for s in decisions.find(session)}
        shown = {s.pair: s.decision for s in decisions.find(session, include_decided=True)}
        assert shown[pair.pair] == "distinct"
        decisions.decide(session, *pair.pair, "related", "secretary3")
    with db.session() as session:
        assert decisions.decisions(session)[pair.pair].decision == "related"
        assert session.get(PlanProject, pair.first.id).status != "withdrawn"
        decisions.forget(session, *pair.pair)
    with db.session() as session:
        assert pair.pair in {s.pair for s in decisions.find(session)}


def test_a_merge_needs_the_project_to_keep(db, pair):
    from app.core.errors import UserError

    with db.session() as session, pytest.raises(UserError):
        decisions.decide(session, *pair.pair, "duplicate", "secretary1")
