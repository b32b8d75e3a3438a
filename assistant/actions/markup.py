"""Notes as plain lines: the markup real notes arrive in, reduced to what the extractor reads.

- zero-width characters, soft hyphens and emoji variation selectors are dropped, so a pasted
  line reads like a typed one;
- YAML front matter (``---`` ... ``---``) is taken off and returned as a dict (its date and
  participants are used);
- HTML (tables, lists, paragraphs, entities) becomes one line per cell or list item;
- Markdown links keep their text; admonitions (``!!! check "Action items"``) become headings;
- a Markdown table with task/owner/due columns (or owner and due columns beside another one)
  becomes one ``TODO`` list item per row, template placeholder rows left out; other tables one
  line per row with the cells joined; a line break inside a cell keeps the row whole.
"""

from __future__ import annotations

import html
import re
import tomllib
from dataclasses import dataclass, field

import yaml

from assistant.actions.records import record_line
from assistant.actions.shorthand import spell_out
from assistant.duedates import find_due_span

__all__ = ["Notes", "clean_notes"]

_INVISIBLE = re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\ufe0e\ufe0f\u202a-\u202e]")
_TOML_FRONT_MATTER = re.compile(
    r"\A\s*\+\+\+[ \t]*\n(?P<body>.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL
)
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_HTML_BLOCK = re.compile(r"<\s*/?\s*(?:table|tr|td|th|li|ul|ol|p|br|div|h[1-6])\b", re.IGNORECASE)
_HTML_BREAK = re.compile(
    r"<\s*(?:br|/p|/li|/tr|/td|/th|/div|/h[1-6]|/ul|/ol|table|/table)\b[^>]*>", re.IGNORECASE
)
_HTML_ITEM = re.compile(r"<\s*li\b[^>]*>", re.IGNORECASE)
_HTML_HEAD = re.compile(r"<\s*thead\b.*?</\s*thead\s*>", re.IGNORECASE | re.DOTALL)
# A setext heading: a short line of text right above a line of "=" or "-" (" Points " over
# "---"); not a list item, a table row or a rule, nor a sentence that goes on.
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-{2,})\s*$")
_SETEXT_TEXT = re.compile(
    r"^ {0,3}(?![-*+•>#|]|\d{1,3}[.)]\s|[=_-]+\s*$)[^\n]{1,80}?(?<![.,;])\s*$"
)
_HTML_HEADING = re.compile(r"<\s*h([1-6])\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"<[^<>\n]{0,400}>")
_HTML_BOLD = re.compile(r"<\s*/?\s*(?:b|strong)\s*>", re.IGNORECASE)
# A line break or paragraph inside a Markdown table cell: the row stays one row.
_ROW_BREAK = re.compile(r"<\s*(?:br|/?p)\b[^>]*>", re.IGNORECASE)
# A template's placeholder row or an empty cell: "Example 1", "[Action 1]", "None specified", "N/A".
_PLACEHOLDER = re.compile(
    r"^(?:example\s*\d*|\[[^\]]*\]|\.{3}|…|none(?:\s+specified)?|n/?a|tbd|-+)\.?$", re.IGNORECASE
)
# A reStructuredText reference or link: "`Daniel`_", "`the minutes <https://...>`__".
_RST_REFERENCE = re.compile(r"`(?P<text>[^`<>\n]{1,80}?)(?:\s*<[^<>\s]{1,1000}>)?`__?(?!\w)")
_MD_LINK = re.compile(
    r"!?\[(?P<text>[^\]\n]{0,300})\]\((?P<url>[^)\s]{0,1000})(?:\s+\"[^\"]*\")?\)"
)
# A list item or a line that is one link and nothing else ("* [Install renovate on the
# repos](https://...)", "[Add requirements.txt file for Binder.](https://.../pull/80)"): a
# reference to an issue or a page by its title, not something the meeting asked anyone to do.
_LINK_ITEM = re.compile(
    r"^(?P<lead>[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?)\[(?P<text>[^\]\n]{1,300})\]"
    r"\((?P<url>https?://[^)\s]{1,1000})\)[ \t]*$",
    re.MULTILINE,
)
# The list items a table cell holds once its line breaks are gone: "- A. - B", "-Ricky: C".
_CELL_ITEM = re.compile(r"(?:^|(?<=[.!?;])\s+)[-–•]\s*(?=\S)")
# A Markdown block quote's marker: "> I will submit another PR", ">> nested"
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+(?=[ \t]*\S)")  # ">    * nested" keeps its indent
_ADMONITION = re.compile(r"^\s*(?:\?\?\?\+?|!!!)\s*[\w-]+\s*(?:\"(?P<title>[^\"]*)\")?\s*$")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_TASK_COLUMN = re.compile(r"^(?:task|action(?:\s+items?)?|actions?|what|item|to-?do)\b", re.I)
# "| Task | People | Due Date |", "| Action | Lead | ETA |": who does the row's task
_OWNER_COLUMN = re.compile(
    r"^(?:owners?|who|assignees?|responsible|assigned(?:\s+to)?|people|persons?(?:\s+responsible)?"
    r"|leads?|by\s+whom)\b",
    re.I,
)
# What was said on a row's item: "| Item | Who | Notes |" is a discussion, not a task list
_NOTES_COLUMN = re.compile(r"^(?:notes?|comments?|discussion|details?|remarks?)$", re.I)
_NAME_COLUMN = re.compile(r"^(?:names?|members?|team\s+members?)$", re.I)
_STATUS_COLUMN = re.compile(r"^(?:status|state|done\??|complete[d]?\??|progress)$", re.I)
# A status cell that says the row is finished: "done", "Completed", "x", "✓", "yes", "closed"
# ("✅ **Completed**": with its mark and emphasis too)
_DONE_CELL = re.compile(
    r"^[*_\s]*(?:[✓✔✅☑]\ufe0f?[*_\s]*)?"
    r"(?:done|completed?|closed|finished|resolved|merged|yes|y|x|\[x\]|✓|✔|✅|☑)\ufe0f?[*_]*\.?[*_]*$",
    re.I,
)
_DUE_COLUMN = re.compile(r"^(?:due(?:\s+date)?|when|deadline|by|date|target|eta)\b", re.I)


@dataclass
class Notes:
    """The notes as plain lines, and the front matter they started with."""

    text: str
    front_matter: dict[str, object] = field(default_factory=dict)


# A character Markdown editors escape with a backslash so it is read as written: "\(PL to open
# an issue)", "\[aliok\] Changing time", "1\. Email Robert", "\<addme\>"
_MD_ESCAPE = re.compile(r"\\(?P<c>[\\`*_{}\[\]()#+\-.!<>|~])")
# A chat log's time stamp before the speaker's name: "[10:05] Lena: I'll run it", "10:05 AM
# Lena: ..."; the line is the speaker's, read as "Lena: I'll run it"
_CHAT_STAMP = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)\[?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\]?"
    r"[ \t]+(?=[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)?[ \t]?:[ \t])"
)


def clean_notes(raw: str) -> Notes:
    text = _INVISIBLE.sub("", raw).replace("\r\n", "\n").replace("\r", "\n")
    front: dict[str, object] = {}
    m = _FRONT_MATTER.match(text)
    if m:
        loaded = _yaml_mapping(m.group("body"))
        if isinstance(loaded, dict):
            front = {str(k).lower(): v for k, v in loaded.items()}
            text = text[m.end() :]
    toml = _TOML_FRONT_MATTER.match(text) if not front else None
    if toml:  # Hugo's "+++ / title = '...' / date = 2023-08-12T15:46:52-04:00 / +++"
        try:
            table = tomllib.loads(toml.group("body"))
        except tomllib.TOMLDecodeError:
            table = None
        if table:
            front = {str(k).lower(): v for k, v in table.items()}
            text = text[toml.end() :]
    text = "\n".join(
        _ROW_BREAK.sub(" ", line) if _TABLE_ROW.match(line) else line for line in text.split("\n")
    )
    if _HTML_BLOCK.search(text):
        text = _HTML_BOLD.sub("**", text)
        text = _HTML_HEAD.sub("\n", text)
        text = _HTML_HEADING.sub(lambda h: "\n" + "#" * int(h.group(1)) + " ", text)
        text = _HTML_ITEM.sub("\n- ", text)
        text = _HTML_BREAK.sub("\n", text)
        text = _HTML_TAG.sub("", text)
    text = html.unescape(text).replace("\xa0", " ")
    text = _MD_ESCAPE.sub(r"\g<c>", text)  # "\(PL to open an issue)", "1\. Email Robert"
    text = _LINK_ITEM.sub(r"\g<lead>\g<url>", text)  # a list of issue links: references
    text = _MD_LINK.sub(lambda k: k.group("text") or k.group("url"), text)
    text = _RST_REFERENCE.sub(r"\g<text>", text)  # "`Daniel`_ will look at it": Daniel
    lines: list[str] = []
    table: list[str] = []
    raw_lines = text.split("\n")
    underline = -1  # the line under a setext heading
    for index, line in enumerate(raw_lines):
        following = raw_lines[index + 1] if index + 1 < len(raw_lines) else ""
        record = None if table else record_line(line, _column, _finished)
        if record == "":
            continue  # "[action] Draft it [assignee] Rafa [status] done": finished, not to do
        line = record or line  # "Task: Set it up | Assigned To: Noor": a task table's row
        if (
            _TABLE_ROW.match(line)
            or (table and (_TABLE_RULE.match(line) or "|" in line))
            or ("|" in line and "|" in following and _TABLE_RULE.match(following))
        ):
            table.append(line)  # "Name | Owner" over "-----|------": a table without edge pipes
            continue
        if table:
            lines.extend(_table_lines(table))
            table = []
        line = _QUOTE.sub("", line)  # "> I want to add a table": the writer's own words
        line = _CHAT_STAMP.sub(r"\g<lead>", line)
        line = spell_out(line)  # "b4 nxt mtg": "before next meeting"
        admonition = _ADMONITION.match(line)
        if admonition:
            line = "## " + (admonition.group("title") or "")
        elif index == underline:
            line = ""  # the heading's underline, read with it
        elif _SETEXT_UNDERLINE.match(following) and _SETEXT_TEXT.match(line):
            line = "## " + line.strip()  # "To do" over "---": a heading, as Markdown reads it
            underline = index + 1
        lines.append(line.replace("\t", "    "))
    if table:
        lines.extend(_table_lines(table))
    return Notes(text="\n".join(lines), front_matter=front)


def _yaml_mapping(body: str) -> object:
    """The front matter's YAML, or None; a tab YAML does not allow (one left after a value,
    as editors leave them) is read as a space."""
    for text in (body, re.sub(r"[ \t]+$", "", body, flags=re.MULTILINE).replace("\t", " ")):
        try:
            return yaml.safe_load(text)
        except yaml.YAMLError:
            continue
    return None


def _column(label: str) -> str | None:
    """The task table column a field's label names: "task", "owner", "due", "status"."""
    name = label.strip(" *_:")
    for key, pattern in (
        ("task", _TASK_COLUMN),
        ("owner", _OWNER_COLUMN),
        ("due", _DUE_COLUMN),
        ("status", _STATUS_COLUMN),
    ):
        if pattern.match(name):
            return key
    return None


def _finished(status: str) -> bool:
    return bool(status) and _DONE_CELL.match(status) is not None


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _words_in_column(body: list[str], index: int) -> int:
    return sum(
        len(re.findall(r"[^\W\d_]+", cells[index]))
        for cells in map(_cells, body)
        if index < len(cells)
    )


def _table_lines(rows: list[str]) -> list[str]:
    header = _cells(rows[0])
    body = [r for r in rows[1:] if not _TABLE_RULE.match(r)]
    has_rule = len(rows) > 1 and _TABLE_RULE.match(rows[1]) is not None
    columns = {"task": -1, "owner": -1, "due": -1, "status": -1}
    if has_rule:
        named = [name.strip(" *_:") for name in header]
        for index, name in enumerate(named):
            for key, pattern in (
                ("task", _TASK_COLUMN),
                ("owner", _OWNER_COLUMN),
                ("due", _DUE_COLUMN),
            ):
                if columns[key] < 0 and pattern.match(name):
                    columns[key] = index
        tasks = [i for i, name in enumerate(named) if _TASK_COLUMN.match(name)]
        if len(tasks) > 1:
            # "| Item | Action Description | ...": the column that says what is to be done is the
            # wordiest one, not the row number
            columns["task"] = max(tasks, key=lambda i: _words_in_column(body, i))
        if (
            columns["task"] >= 0
            and re.match(r"item\b", named[columns["task"]], re.I)
            and columns["due"] < 0
            and (columns["owner"] < 0 or any(_NOTES_COLUMN.match(name) for name in named))
        ):
            columns["task"] = -1  # "| Number | Item |": an agenda, not a task list; "| Item |
            # Who | Notes |": a discussion's topics, who raised each and what was said
        if columns["task"] < 0 and columns["owner"] >= 0 and columns["due"] >= 0:
            # "| Name | Assigned To | Deadline |": the first other column says what is to be done
            others = [i for i in range(len(named)) if i not in (columns["owner"], columns["due"])]
            columns["task"] = others[0] if others else -1
        if columns["task"] >= 0 and columns["owner"] < 0:
            # "| Name | Task | Due |": beside a task column, the name column says who
            names = [i for i, name in enumerate(named) if _NAME_COLUMN.match(name)]
            columns["owner"] = names[0] if names else -1
        statuses = [i for i, name in enumerate(named) if _STATUS_COLUMN.match(name)]
        columns["status"] = statuses[0] if statuses else -1
    if columns["task"] >= 0:
        out = []
        for row in body:
            cells = _cells(row)

            def cell(key: str, cells: list[str] = cells) -> str:
                i = columns[key]
                return cells[i] if 0 <= i < len(cells) else ""

            task = cell("task")
            if not task or _PLACEHOLDER.match(task) or _PLACEHOLDER.match(cell("owner")):
                continue
            if _DONE_CELL.match(cell("status")):
                continue  # "| Book the room | Ben | done |": finished, not to do
            owner, due = cell("owner"), cell("due")
            if re.search(r"\d", owner) and due and not re.search(r"\d", due):
                owner, due = due, owner  # "| all | 05/04 |" under "| when | who |": swapped cells
            for one in _CELL_ITEM.split(task):  # "- Neil to review it. - Share it": two tasks
                if not one.strip():
                    continue
                line = f"- TODO: {one.strip()}"  # one list item a task: no owner runs on
                if owner:
                    line += f" (owner: {owner})"
                if due and find_due_span(f"due {due}") is not None:
                    line += f" (due: {due})"  # the date is this cell's
                elif due:
                    line += (
                        f" due {due}"  # "| Doug to test feature importance |": words, not a date
                    )
                out.append(line)
        return out
    attendance = _attendance_lines(header, body) if has_rule else []
    if attendance:
        return attendance
    keep = body if has_rule else [r for r in rows if not _TABLE_RULE.match(r)]
    out = [" — ".join(c for c in _cells(r) if c) for r in keep]
    if has_rule and not columns["task"] >= 0:
        # A key/value table ("| Date: | 26-03-2024 |") reads as "Date: 26-03-2024".
        out = [
            re.sub(r"^([^—]{1,40}?):?\s+—\s+", r"\1: ", line) if len(_cells(r)) == 2 else line
            for line, r in zip(out, keep, strict=True)
        ]
    return out


# A table of who came: "| Attending: | Absent: |" over a name in each row, "| Attendees |
# Attended |" over "| Jamie V | Y |"
_ATTENDANCE_COLUMN = re.compile(
    r"^(?:attend(?:ing|ees?|ance|ed)|present|absent|apologies|regrets)$", re.IGNORECASE
)
_YES_NO = re.compile(r"^(?:y|n|yes|no|x|✓|✔|✅|❌|-|)$", re.IGNORECASE)


def _attendance_lines(header: list[str], body: list[str]) -> list[str]:
    """An attendance table as the lines an attendee list is written in ("Attending: Joey
    McPhail, Steph Pratt"), one per column of names; [] for any other table."""
    named = [name.strip(" *_:") for name in header]
    if not named or not all(_ATTENDANCE_COLUMN.match(name) for name in named):
        return []
    out = []
    for index, name in enumerate(named):
        cells = [c[index] for c in map(_cells, body) if index < len(c)]
        names = [c for c in cells if c and not _YES_NO.match(c)]
        if names:
            out.append(f"{name}: {', '.join(names)}")
    return out
