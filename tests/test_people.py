"""Children and adults named in family and key-information tables, measured on the samples."""

from __future__ import annotations

import pytest
import yaml

from qa_checker.sections.people import _split_names

from .conftest import SAMPLES

TRUTHS = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(SAMPLES.glob("*.yaml"))]


@pytest.mark.parametrize("truth", [t for t in TRUTHS if "family-table" in t["layouts"]], ids=lambda t: t["file"])
@pytest.mark.parametrize("kind", ["file", "pdf"])
def test_family_tables_give_every_child(checker, truth: dict, kind: str) -> None:
    people = checker.check_file(SAMPLES / truth[kind]).report.people
    found = {p.name for p in people.children}
    assert set(truth["children"]) <= found | {c for c in truth["children"] if c.lower().startswith("unborn")}
    assert not found - set(truth["children"]), "someone who is not a child was read as one"


def test_names_across_all_samples(checker) -> None:
    children = adults = children_found = adults_found = wrong = 0
    for truth in TRUTHS:
        people = checker.check_file(SAMPLES / truth["file"]).report.people
        found_children = {p.name for p in people.children}
        found_adults = {p.name for p in people.adults}
        children += len(truth["children"])
        adults += len(truth["adults"])
        children_found += len(set(truth["children"]) & found_children)
        adults_found += len(set(truth["adults"]) & found_adults)
        wrong += len(found_children - set(truth["children"]))
    assert children_found >= 0.8 * children
    assert adults_found >= 0.8 * adults
    assert wrong == 0


def test_split_names_keeps_names_and_drops_the_rest() -> None:
    def names(value: str) -> list[str]:
        return [name for name, _, _ in _split_names(value)]

    assert names("Harvey Dunn, DOB 12/10/2020, NHS No. 999 123 4567") == ["Harvey Dunn"]
    assert names("Kai Whitmore, DOB 02/04/2013, Year 8") == ["Kai Whitmore"]
    assert names("Connor Hollins (12) and Lacey Hollins (7)") == ["Connor Hollins", "Lacey Hollins"]
    assert names("Ellie-Mae Robinson (DOB 02/11/2024); Tyler Robinson") == ["Ellie-Mae Robinson", "Tyler Robinson"]
    assert names("Unborn baby Hill (EDD 01/02/2027)") == ["Unborn baby Hill"]


def test_split_names_keeps_the_age_and_date_of_birth_beside_each_name() -> None:
    assert _split_names("Harvey Dunn, DOB 12/10/2020") == [("Harvey Dunn", "12/10/2020", None)]
    assert _split_names("Connor Hollins (12) and Lacey Hollins (aged 7)") == [
        ("Connor Hollins", None, 12.0), ("Lacey Hollins", None, 7.0)]
    assert _split_names("Tyler Gowing 14/07/2020, Maisie Pyle 02/11/2023") == [
        ("Tyler Gowing", "14/07/2020", None), ("Maisie Pyle", "02/11/2023", None)]
