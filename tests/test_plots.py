"""The notebook's plotting helpers."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from pipeline.plots import theme_legend  # noqa: E402


def test_regression_grant_legend_marker_is_text_sized_not_bar_wide():
    """Issue 21: the grant, drawn as a 40-point dash over each bar, drew the same dash in the
    legend, over the legend's text."""
    fig, ax = plt.subplots()
    ax.bar([0, 1], [3, 4], label="youth")
    ax.plot([0, 1], [5, 6], "k_", markersize=40, label="grant")
    legend = theme_legend(ax, {"youth": "Young people"})
    texts = [t.get_text() for t in legend.get_texts()]
    assert sorted(texts) == ["Young people", "grant"]
    grant = legend.legend_handles[texts.index("grant")]
    assert grant.get_markersize() <= 14
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    marker_box = grant.get_window_extent(renderer)
    text_box = legend.get_texts()[texts.index("grant")].get_window_extent(renderer)
    assert marker_box.x1 <= text_box.x0
    plt.close(fig)
