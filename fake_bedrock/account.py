"""The fake's one AWS account: what it has set, as AWS's control plane sets it. Today that is
its data retention mode in each Region (PutAccountDataRetention, GetAccountDataRetention);
a Region never set keeps the default mode the data names (AWS: inherit)."""

from __future__ import annotations

import datetime as dt
import threading

from macros.schema import Facts

from . import sources
from .errors import Rule, refuse
from .runtime import json_object


class Account:
    def __init__(self, facts: Facts):
        self.facts = facts
        self._modes: dict[str, tuple[str, str]] = {}  # Region -> (mode, updatedAt)
        self._lock = threading.Lock()

    def retention(self, region: str | None) -> str:
        """The data retention mode that governs a request in a Region."""
        with self._lock:
            return self._modes.get(region, (self.facts.data_retention.default_mode,))[0]

    def put_retention(self, region: str, raw: bytes) -> dict:
        """PUT /data-retention: {"mode": …} sets the account's mode in the Region of the signature."""
        body = json_object(raw, Rule("the body is not a JSON object", sources.PUT_ACCOUNT_DATA_RETENTION))
        mode, modes = body.get("mode"), self.facts.data_retention.modes
        if mode not in modes:
            raise refuse(Rule(f"mode {mode!r} is not one of {', '.join(modes)}", sources.PUT_ACCOUNT_DATA_RETENTION))
        updated = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
        with self._lock:
            self._modes[region] = (mode, updated)
        return {"mode": mode, "updatedAt": updated}

    def get_retention(self, region: str) -> dict:
        """GET /data-retention: the mode, and when it was last set (never set: no updatedAt)."""
        with self._lock:
            mode, *updated = self._modes.get(region, (self.facts.data_retention.default_mode,))
        return {"mode": mode, **({"updatedAt": updated[0]} if updated else {})}

