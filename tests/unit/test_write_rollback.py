"""A save of several rows is all or nothing: a write that fails in the middle leaves nothing of
it in the file, and a failed part inside a larger save takes only itself back."""

from __future__ import annotations

import sqlite3

import pytest

from focusgroup.domain import model
from focusgroup.storage import repository


def _on_disk(ws, table: str) -> list[str]:
    """What another program reading the file sees (only committed rows)."""
    conn = sqlite3.connect(f"file:{ws.path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute(f"SELECT id FROM {table} ORDER BY id")]
    finally:
        conn.close()


def test_a_failing_row_in_the_middle_of_a_save_leaves_nothing(workspace):
    first = model.Department("Kitchen", id="d1")
    orphan = model.Participant("P-001", department_id="no-such-department", id="p1")
    last = model.Department("Warehouse", id="d2")

    with pytest.raises(sqlite3.IntegrityError):
        repository.save_all(workspace, [first, orphan, last])

    assert _on_disk(workspace, "departments") == []
    assert _on_disk(workspace, "participants") == []
    assert not workspace.conn.in_transaction
    repository.save(workspace, first)  # the workspace still takes writes afterwards
    assert _on_disk(workspace, "departments") == ["d1"]


def test_an_error_inside_a_grouped_save_takes_back_every_write_of_the_group(workspace):
    with pytest.raises(RuntimeError), repository.atomic(workspace):
        repository.save(workspace, model.Department("Kitchen", id="d1"))
        repository.save_all(workspace, [model.Department("Warehouse", id="d2")])
        raise RuntimeError("the import found a bad row")

    assert _on_disk(workspace, "departments") == []


def test_a_failed_inner_group_takes_back_only_its_own_writes(workspace):
    with repository.atomic(workspace):
        repository.save(workspace, model.Department("Kitchen", id="d1"))
        with pytest.raises(sqlite3.IntegrityError):
            repository.save_all(workspace, [
                model.Department("Warehouse", id="d2"),
                model.Participant("P-001", department_id="no-such-department", id="p1"),
            ])
        assert _on_disk(workspace, "departments") == []  # nothing committed before the end

    assert _on_disk(workspace, "departments") == ["d1"]
    assert _on_disk(workspace, "participants") == []


def test_each_save_outside_a_group_is_committed_when_it_returns(workspace):
    repository.save(workspace, model.Department("Kitchen", id="d1"))
    assert _on_disk(workspace, "departments") == ["d1"]
