"""The action-item values every capability passes around and writes out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

__all__ = ["ActionItem", "ActionItemList"]


@dataclass(frozen=True)
class ActionItem:
    """One commitment: what, who (a name, ``mentor``, ``mentee`` or ``both``) and by when."""

    task: str
    owner: str
    due: date | None

    def to_dict(self) -> dict[str, str | None]:
        return {
            "task": self.task,
            "owner": self.owner,
            "due": self.due.isoformat() if self.due else None,
        }


@dataclass(frozen=True)
class ActionItemList:
    """The result of the action-items capability, as ``{"action_items": [...]}``."""

    items: tuple[ActionItem, ...] = ()

    def to_dict(self) -> dict[str, list[dict[str, str | None]]]:
        return {"action_items": [item.to_dict() for item in self.items]}
