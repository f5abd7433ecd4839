"""Needs lists: the shipped ones, and creating, reordering, archiving and deleting items."""

from __future__ import annotations

import pytest

from focusgroup.domain.model import NeedsList
from focusgroup.services import needs_lists as service
from focusgroup.services.errors import InvalidInput
from focusgroup.storage import repository


def test_a_new_workspace_has_the_classic_ten_and_the_short_four_in_two_languages(workspace):
    lists = {n.name: n for n in service.all_lists(workspace)}
    classic = service.items_of(workspace, lists["Classic motivators (10)"])
    assert [i.label_en for i in classic][:2] == ["Appreciation of work done",
                                                 'Feeling "in" on things']
    assert classic[4].label_da == "God løn" and len(classic) == 10
    short = service.items_of(workspace, lists["Recognition, independence, contribution, pay"])
    assert [i.key for i in short] == ["recognition", "independence", "contribution", "pay"]


def test_create_add_reorder_and_rename(workspace):
    needs = service.create_list(workspace, "Warehouse wishes")
    a = service.add_item(workspace, needs, "Heated break room", "Opvarmet pauserum")
    b = service.add_item(workspace, needs, "Earlier shift plans")
    service.add_item(workspace, needs, "Løn på tid")
    service.move_item(workspace, b, -1)
    assert [i.label_en for i in service.items_of(workspace, needs)] == [
        "Earlier shift plans", "Heated break room", "Løn på tid"]
    assert [i.position for i in service.items_of(workspace, needs)] == [1, 2, 3]
    assert service.items_of(workspace, needs)[2].key == "loen_paa_tid"
    edited = service.edit_item(workspace, a, "Warm break room", "Varmt pauserum")
    assert edited.key == a.key
    renamed = service.rename_list(workspace, needs, "Lager-ønsker")
    assert repository.get(workspace, NeedsList, needs.id).name == renamed.name == "Lager-ønsker"


@pytest.mark.parametrize("name", ["", "   ", "classic MOTIVATORS (10)", "x" * 121])
def test_bad_list_names_are_refused(workspace, name):
    with pytest.raises(InvalidInput):
        service.create_list(workspace, name)


def test_an_item_used_in_a_ranking_can_only_be_archived(ranked):
    ws, needs_list = ranked
    item = service.items_of(ws, needs_list)[0]
    with pytest.raises(InvalidInput, match="archive it instead"):
        service.delete_item(ws, item)
    service.set_item_archived(ws, item, True)
    assert item.id not in {i.id for i in service.items_of(ws, needs_list,
                                                            include_archived=False)}
    fresh = service.add_item(ws, needs_list, "Flexible hours")
    service.delete_item(ws, fresh)
    assert fresh.id not in {i.id for i in service.items_of(ws, needs_list)}


def test_duplicate_items_are_refused(workspace):
    needs = service.create_list(workspace, "Short")
    service.add_item(workspace, needs, "Pay")
    with pytest.raises(InvalidInput, match="already on this list"):
        service.add_item(workspace, needs, " pay ")
