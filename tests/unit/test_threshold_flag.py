"""--threshold takes a whole number written with the digits 0-9, from the minimum to the
maximum a workspace may store (as ``focusgroup config`` does); anything else is one line and
exit 2, before any file is touched."""

from __future__ import annotations

import pytest

from focusgroup.options import ANONYMITY_THRESHOLD


@pytest.fixture
def ranked_path(ranked):
    ws, _ = ranked
    path = str(ws.path)
    ws.close()
    return path


def _commands(path, out):
    return {
        "analyze": ["analyze", "-w", path],
        "report": ["report", "-w", path, "--out", str(out / "r.pdf")],
        "export": ["export", "-w", path, "--format", "csv", "--out", str(out / "x")],
    }


@pytest.mark.parametrize("command", ["analyze", "report", "export"])
@pytest.mark.parametrize("value", ["٧", "７", "1_0", "²", "51", "1000000", "2", "-5", "five"])
def test_a_threshold_not_in_digits_or_out_of_range_is_one_line(cli, ranked_path, tmp_path,
                                                                command, value):
    argv = _commands(ranked_path, tmp_path)[command]
    code, out, err = cli(*argv, "--threshold", value)
    assert code == 2 and out == "" and err.count("\n") == 1, (code, err)
    assert "anonymity threshold must be a whole number" in err and "at least 3" in err
    assert f"at most {ANONYMITY_THRESHOLD.maximum}" in err
    assert list(tmp_path.glob("r.pdf")) == [] and list(tmp_path.glob("x")) == []


def test_the_largest_threshold_is_accepted(cli, ranked_path):
    code, out, err = cli("analyze", "-w", ranked_path, "--json", "--threshold",
                         str(ANONYMITY_THRESHOLD.maximum))
    assert code == 0, err
    assert '"groups": []' in out
