"""Needs lists and their items: create, rename, reorder, archive; delete only what is unused."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from focusgroup.domain.model import NeedsItem, NeedsList
from focusgroup.messages import Message
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import queries, repository
from focusgroup.storage.workspace import Workspace

MAX_LABEL = 120
_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})


def slug(text: str) -> str:
    """A stable item key from a label: "Feeling 'in' on things" → "feeling_in_on_things"."""
    plain = unicodedata.normalize("NFKD", text.lower().translate(_DANISH))
    plain = plain.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_") or "item"


def all_lists(ws: Workspace, *, include_archived: bool = True) -> list[NeedsList]:
    lists = repository.find(ws, NeedsList) if include_archived else repository.find_by(
        ws, NeedsList, archived=False)
    return sorted(lists, key=lambda n: (n.archived, n.created_at, n.name))


def items_of(ws: Workspace, needs_list: NeedsList, *, include_archived: bool = True
             ) -> list[NeedsItem]:
    items = repository.find_by(ws, NeedsItem, list_id=needs_list.id)
    if not include_archived:
        items = [i for i in items if not i.archived]
    return sorted(items, key=lambda i: i.position)


def _clean(text: str, what: Message, *, required: bool = True) -> str:
    text = " ".join((text or "").split())
    if required and not text:
        raise InvalidInput(Message("{what} cannot be empty.", what=what))
    if len(text) > MAX_LABEL:
        raise InvalidInput(Message("{what} can be at most {most} characters.", what=what,
                                   most=MAX_LABEL))
    return text


def create_list(ws: Workspace, name: str) -> NeedsList:
    name = _clean(name, Message("A list's name"))
    if any(n.name.casefold() == name.casefold() for n in all_lists(ws)):
        raise InvalidInput(Message('There is already a needs list called "{name}".', name=name))
    return repository.save(ws, NeedsList(name))


def rename_list(ws: Workspace, needs_list: NeedsList, name: str) -> NeedsList:
    name = _clean(name, Message("A list's name"))
    if any(n.name.casefold() == name.casefold() and n.id != needs_list.id
           for n in all_lists(ws)):
        raise InvalidInput(Message('There is already a needs list called "{name}".', name=name))
    return repository.save(ws, replace(needs_list, name=name))


def set_list_archived(ws: Workspace, needs_list: NeedsList, archived: bool) -> NeedsList:
    return repository.save(ws, replace(needs_list, archived=archived))


def add_item(ws: Workspace, needs_list: NeedsList, label_en: str, label_da: str = ""
             ) -> NeedsItem:
    label_en = _clean(label_en, Message("The English label"))
    label_da = _clean(label_da, Message("The Danish label"), required=False)
    items = items_of(ws, needs_list)
    if any(i.label_en.casefold() == label_en.casefold() for i in items):
        raise InvalidInput(Message('"{label}" is already on this list.', label=label_en))
    keys = {i.key for i in items}
    key, n = slug(label_en), 2
    while key in keys:
        key, n = f"{slug(label_en)}_{n}", n + 1
    position = max((i.position for i in items), default=0) + 1
    return repository.save(ws, NeedsItem(needs_list.id, key, label_en, label_da, position))


def edit_item(ws: Workspace, item: NeedsItem, label_en: str, label_da: str) -> NeedsItem:
    """New labels; the key stays, so earlier rankings keep pointing at the same need."""
    label_en = _clean(label_en, Message("The English label"))
    label_da = _clean(label_da, Message("The Danish label"), required=False)
    return repository.save(ws, replace(item, label_en=label_en, label_da=label_da))


def move_item(ws: Workspace, item: NeedsItem, step: int) -> None:
    """Move an item up (step -1) or down (+1); positions are renumbered 1..n."""
    needs_list = repository.get(ws, NeedsList, item.list_id)
    items = items_of(ws, needs_list)
    index = next(i for i, other in enumerate(items) if other.id == item.id)
    target = min(max(index + step, 0), len(items) - 1)
    items.insert(target, items.pop(index))
    repository.save_all(ws, [replace(it, position=n) for n, it in enumerate(items, start=1)])


def set_item_archived(ws: Workspace, item: NeedsItem, archived: bool) -> NeedsItem:
    return repository.save(ws, replace(item, archived=archived))


def delete_item(ws: Workspace, item: NeedsItem) -> None:
    used = queries.item_usage(ws, item.id)
    if used:
        raise InvalidInput(Message('"{label}" is used in {used} ranking(s), so it cannot be '
                                   "deleted; archive it instead.", label=item.label_en,
                                   used=used))
    repository.delete(ws, item)


def get_list(ws: Workspace, list_id: str | None) -> NeedsList | None:
    return repository.get(ws, NeedsList, list_id) if list_id else None


def lists_to_choose(ws: Workspace, default: NeedsList | None) -> list[NeedsList]:
    """The lists in use (not archived): ``default`` first, then by name."""
    return sorted(repository.find_by(ws, NeedsList, archived=False),
                  key=lambda n: (n.id != (default.id if default else None), n.name))
