"""The notebook runs from top to bottom on the sample corpus (so it cannot rot)."""

from __future__ import annotations

import pytest

from .conftest import ROOT

nbformat = pytest.importorskip("nbformat", reason="notebook test needs nbformat")
nbclient = pytest.importorskip("nbclient", reason="notebook test needs nbclient")
pytest.importorskip("ipykernel", reason="notebook test needs ipykernel")
pytest.importorskip("matplotlib", reason="notebook test needs matplotlib")

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_notebook_runs_and_shows_its_results() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # Stored without outputs: what is checked below comes from this run.
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code")
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "")
                     + o.get("data", {}).get("text/html", "") for o in outputs)
    assert "5 files read" in text
    assert "A/RES/46/152" in text  # most cited, and the end of the chain
    assert "A/RES/67/189 → A/RES/46/152" in text
    assert "加强联合国预防犯罪和刑事司法方案，特别是其技术合作能力" in text  # the series
    assert any("image/png" in o.get("data", {}) for o in outputs)  # the plot
    frames = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("<iframe srcdoc=" in f and "vis.Network" in f for f in frames)
    assert sum("dataframe" in f for f in frames) >= 5
