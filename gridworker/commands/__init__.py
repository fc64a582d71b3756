"""The programs' entry points: ``gridworker`` (``main``) and ``gridworker-server`` (``server``)
with their subcommands. The top layer: these modules may import any other part of gridworker,
and nothing in gridworker imports them."""
