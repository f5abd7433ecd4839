"""Saved discussion-guide templates: list, save (insert or replace), delete, name look-up."""

from __future__ import annotations

import json

from focusgroup.domain.guides import GuideTemplate
from focusgroup.storage.records import iso, parse_iso
from focusgroup.storage.repository import atomic
from focusgroup.storage.workspace import Workspace


def items_of(stored: str) -> tuple[tuple[str, int], ...]:
    """The ``(text, minutes)`` items of a template, from the stored JSON."""
    return tuple((str(i["text"]), int(i["minutes"])) for i in json.loads(stored))


def stored_items(items) -> str:
    """``(text, minutes)`` items as they are stored: JSON, readable text."""
    return json.dumps([{"text": text, "minutes": minutes} for text, minutes in items],
                      ensure_ascii=False)


def _from_row(row: tuple) -> GuideTemplate:
    key, name, lang, items, created_at = row
    parsed = items_of(items)
    return GuideTemplate(key, name, lang or "", parsed, built_in=False,
                         created_at=parse_iso(created_at) if created_at else None)


def list_templates(ws: Workspace) -> list[GuideTemplate]:
    """Every saved template, by name."""
    rows = ws.conn.execute(
        "SELECT id, name, lang, items, created_at FROM guide_templates "
        "ORDER BY name COLLATE NOCASE").fetchall()
    return [_from_row(r) for r in rows]


def find_by_name(ws: Workspace, name: str) -> GuideTemplate | None:
    row = ws.conn.execute(
        "SELECT id, name, lang, items, created_at FROM guide_templates "
        "WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    return _from_row(row) if row else None


def save_template(ws: Workspace, template: GuideTemplate) -> None:
    """Insert or replace (by id) one template; committed when this returns."""
    items = stored_items(template.items)
    with atomic(ws):
        ws.db["guide_templates"].upsert(
            {"id": template.id, "name": template.name, "lang": template.lang, "items": items,
             "created_at": iso(template.created_at) if template.created_at else None},
            pk="id")


def delete_template(ws: Workspace, template_id: str) -> None:
    with atomic(ws):
        ws.conn.execute("DELETE FROM guide_templates WHERE id = ?", [template_id])
