"""Sections: find the headings of the report's template and file its text under them."""

from qa_checker.sections.mapper import MappedReport, Section, Unit, count_words, map_document
from qa_checker.sections.profiles import Profile, RuleSet, load_rules

__all__ = ["MappedReport", "Profile", "RuleSet", "Section", "Unit", "count_words", "load_rules",
           "map_document"]
