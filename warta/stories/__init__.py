"""Stories: near-duplicate articles, articles about one happening across outlets and languages, and the
real-world events their reports describe (one event, many reports)."""

from warta.stories.cluster import Member, Placement, StoryIndex
from warta.stories.merge import EventGroups, RealEvent, Report, merge_reports
from warta.stories.profile import profile_article

__all__ = [
    "EventGroups",
    "Member",
    "Placement",
    "RealEvent",
    "Report",
    "StoryIndex",
    "merge_reports",
    "profile_article",
]
