"""The action-item values every capability passes around and writes out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = ["ActionItem", "ActionItemList"]


@dataclass(frozen=True)
class ActionItem:
    """One commitment: what, who and by when.

    ``owner`` is a readable string: a name, ``mentor``, ``mentee``, ``both``, ``everyone``, or
    several names ("Ben and Leonard"); ``None`` when the notes do not say who. ``owners`` lists
    the people one by one (empty when unknown); ``warning`` says what could not be read, such as
    an impossible date. Items compare by task, owner and due only.
    """

    task: str
    owner: str | None
    due: date | None
    owners: tuple[str, ...] = field(default=(), compare=False)
    warning: str | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if not self.owners and self.owner and self.owner not in ("both", "everyone"):
            object.__setattr__(self, "owners", (self.owner,))

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "task": self.task,
            "owner": self.owner,
            "due": self.due.isoformat() if self.due else None,
            "owners": list(self.owners),
        }
        if self.warning:
            out["warning"] = self.warning
        return out


@dataclass(frozen=True)
class ActionItemList:
    """The result of the action-items capability, as ``{"action_items": [...]}``."""

    items: tuple[ActionItem, ...] = ()

    def to_dict(self) -> dict[str, list[dict[str, object]]]:
        return {"action_items": [item.to_dict() for item in self.items]}
