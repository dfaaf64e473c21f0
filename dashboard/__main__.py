"""The dashboard's server process: `python -m dashboard run dashboard/app.py [options]`.

The same as `streamlit run …`, and it warms the cache (`dashboard.warmup`) while the
server starts, so the first visit finds the audits computed. `kb dashboard` runs this.
"""

from __future__ import annotations

import logging
import sys


class _QuietWarmup(logging.Filter):
    """Streamlit warns about every cached call made outside a page's script; the warm-up
    makes them on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.threadName != "orgkb-warmup"


def main() -> None:
    from streamlit.web import cli

    from dashboard import warmup

    for name in ("streamlit.runtime.scriptrunner_utils.script_run_context",
                 "streamlit.runtime.caching.cache_data_api"):  # fmt: skip
        logging.getLogger(name).addFilter(_QuietWarmup())
    warmup.enable()
    warmup.start()
    sys.argv[0] = "streamlit"
    cli.main(prog_name="streamlit")


if __name__ == "__main__":
    main()
