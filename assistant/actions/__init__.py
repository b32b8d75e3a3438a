"""Action items: the values, reading them out of session notes, and reading exports back.

- :mod:`assistant.actions.items`: :class:`ActionItem` and :class:`ActionItemList`;
- :mod:`assistant.actions.extract`: :func:`extract_action_items`, the notes walker, which reads
  each clause with :mod:`assistant.actions.clause` and each owner with
  :mod:`assistant.actions.owners`;
- :mod:`assistant.actions.markup`: notes as plain lines (HTML, tables, links, front matter);
- :mod:`assistant.actions.load`: :func:`load_action_items` for every export format.
"""

from assistant.actions.extract import MAX_SENTENCE_CHARS as MAX_SENTENCE_CHARS
from assistant.actions.extract import extract_action_items, notes_date
from assistant.actions.items import ActionItem, ActionItemList
from assistant.actions.load import load_action_items
from assistant.actions.owners import Role as Role

__all__ = [
    "ActionItem",
    "ActionItemList",
    "extract_action_items",
    "load_action_items",
    "notes_date",
]
