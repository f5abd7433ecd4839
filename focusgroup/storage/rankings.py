"""Writing rankings: one person's order replaces their earlier one for the same session (one at
a time as they are entered, or many at once from an imported file)."""

from __future__ import annotations

from focusgroup.domain import model
from focusgroup.storage import bulk
from focusgroup.storage.records import to_row
from focusgroup.storage.repository import atomic
from focusgroup.storage.workspace import Workspace


def replace_ranking(
    ws: Workspace,
    ranking: model.Ranking,
    entries: list[model.RankingEntry],
    *,
    participant: model.Participant | None = None,
) -> None:
    """Store ``ranking`` with its entries in one transaction, removing any earlier ranking of
    the same person, perspective, list and session; a new ``participant`` is saved first."""
    with atomic(ws):
        if participant is not None:
            ws.db["participants"].upsert(to_row(participant), pk="id")
        earlier = ws.conn.execute(
            "SELECT id FROM rankings WHERE participant_id = ? AND perspective = ? "
            "AND needs_list_id = ? AND session_id IS ?",
            [ranking.participant_id, ranking.perspective.value, ranking.needs_list_id,
             ranking.session_id],
        ).fetchall()
        for (old_id,) in earlier:
            ws.conn.execute("DELETE FROM ranking_entries WHERE ranking_id = ?", [old_id])
            ws.conn.execute("DELETE FROM rankings WHERE id = ?", [old_id])
        ws.db["rankings"].insert(to_row(ranking))
        ws.db["ranking_entries"].insert_all([to_row(e) for e in entries])
        if ranking.session_id:
            ws.db["session_participants"].upsert(
                {"session_id": ranking.session_id, "participant_id": ranking.participant_id},
                pk=("session_id", "participant_id"),
            )


def replace_rankings(ws: Workspace,
                     rankings: list[tuple[model.Ranking, list[model.RankingEntry]]]) -> None:
    """Store many rankings with their entries in one transaction, in batches; each replaces
    the same person's earlier ranking of the same list, perspective and session."""
    latest = {(r.participant_id, r.perspective.value, r.needs_list_id, r.session_id): (r, e)
              for r, e in rankings}  # the same person twice: the later order counts
    rankings, keys = list(latest.values()), list(latest)
    with atomic(ws):
        ws.conn.execute("CREATE TEMP TABLE IF NOT EXISTS replaced (id TEXT PRIMARY KEY)")
        ws.conn.execute("DELETE FROM temp.replaced")
        ws.conn.executemany(
            "INSERT OR IGNORE INTO temp.replaced SELECT id FROM rankings WHERE "
            "participant_id = ? AND perspective = ? AND needs_list_id = ? AND session_id IS ?",
            keys)
        ws.conn.execute("DELETE FROM ranking_entries WHERE ranking_id IN temp.replaced")
        ws.conn.execute("DELETE FROM rankings WHERE id IN temp.replaced")
        ws.conn.execute("DELETE FROM temp.replaced")
        bulk.insert_objects(ws, [r for r, _ in rankings])
        bulk.insert_objects(ws, [e for _, entries in rankings for e in entries])
        bulk.link_rows(ws, "session_participants", ("session_id", "participant_id"),
                       [(r.session_id, r.participant_id) for r, _ in rankings if r.session_id])
