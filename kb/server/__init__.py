"""A local Neo4j Community server, provisioned from Maven Central and run without Docker."""

from kb.server.local import Status, log_tail, start, status, stop

__all__ = ["Status", "log_tail", "start", "status", "stop"]
