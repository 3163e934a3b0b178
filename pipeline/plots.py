"""Matplotlib helpers the notebook shares, kept here so they are tested like the rest."""

from __future__ import annotations

from typing import Mapping

from matplotlib.axes import Axes
from matplotlib.legend import Legend
from matplotlib.lines import Line2D

# The grant is drawn as a wide black dash over each bar; in the legend a dash of text height.
GRANT_LEGEND = Line2D([], [], color="black", marker="_", markersize=14, markeredgewidth=2, linestyle="None")


def theme_legend(ax: Axes, labels: Mapping[str, str]) -> Legend:
    """The stacked theme chart's legend outside the plot: theme labels for theme keys, and the
    grant's marker at legend size (drawn at bar width, it ran over the legend's text)."""
    handles, keys = ax.get_legend_handles_labels()
    handles = [GRANT_LEGEND if key == "grant" else handle for handle, key in zip(handles, keys)]
    return ax.legend(handles, [labels.get(key, key) for key in keys], bbox_to_anchor=(1.01, 1), loc="upper left")
