"""The mentoring relationship record: agreement, action plan, sessions, action items, check-ups.

- :mod:`~assistant.relationship.guidance`: what the guidance says to agree, plan, check and ask
  (``guidance.yaml``);
- :mod:`~assistant.relationship.models`: the tables; :mod:`~assistant.relationship.migrations`:
  their versioned Alembic migrations; :mod:`~assistant.relationship.database`: the SQLite file;
- :mod:`~assistant.relationship.records`: the record as plain values;
- :mod:`~assistant.relationship.store`: reading and changing the record, one transaction each;
- :mod:`~assistant.relationship.checkup`: the 90-day check-up, scored and routed;
- :mod:`~assistant.relationship.documents`: the agreement, the plan, the midpoint and closing
  questions and the end-of-relationship signals, as Markdown;
- :mod:`~assistant.relationship.export`: one relationship out as JSON or Markdown, and back in.
"""
