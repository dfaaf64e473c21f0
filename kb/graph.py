"""Access to the graph: one driver per process, named queries, managed transactions.

Reads run in read transactions and writes in write transactions, so the driver retries
transient errors itself. Every query comes from the catalog and takes `$parameters`;
nothing a user types is ever spliced into Cypher text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from itertools import islice
from typing import Any, TypeVar

import neo4j
from neo4j import Driver, GraphDatabase, ManagedTransaction, RoutingControl
from neo4j import exceptions as nx

from kb import catalog
from kb.errors import AuthenticationError, GraphUnavailable, QueryError
from kb.settings import Settings, get_settings

T = TypeVar("T")
Row = dict[str, Any]


def connect(settings: Settings | None = None, *, verify: bool = True) -> Driver:
    """A driver for the configured server; check that it answers unless told not to."""
    settings = settings or get_settings()
    driver = GraphDatabase.driver(
        settings.uri,
        auth=(settings.neo4j_user, settings.password()),
        # Server notifications (e.g. "property key does not exist" on a fresh graph) are
        # hints for query authors, not messages for analysts.
        notifications_min_severity="OFF",
    )
    if verify:
        try:
            with translate_errors(settings.uri):
                driver.verify_connectivity()
        except BaseException:
            driver.close()
            raise
    return driver


@contextmanager
def translate_errors(uri: str) -> Iterator[None]:
    """Re-raise driver errors as orgkb errors that say what to do."""
    try:
        yield
    except nx.AuthError as e:
        raise AuthenticationError(
            f"Neo4j at {uri} rejected the credentials: check NEO4J_USER and NEO4J_PASSWORD"
        ) from e
    except (nx.ServiceUnavailable, nx.SessionExpired) as e:
        raise GraphUnavailable(
            f"Neo4j is not reachable at {uri}: start it with `kb neo4j start` "
            "or point NEO4J_URI at a running server"
        ) from e
    except (nx.ClientError, nx.DatabaseError, nx.TransientError) as e:
        raise QueryError(f"Neo4j refused a query: {getattr(e, 'message', None) or e}") from e


class Graph:
    """The graph of one database, reached through one shared driver."""

    def __init__(self, driver: Driver, database: str = "neo4j", uri: str = "") -> None:
        self.driver = driver
        self.database = database
        self.uri = uri

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> Graph:
        settings = settings or get_settings()
        return cls(connect(settings), settings.neo4j_database, settings.uri)

    def close(self) -> None:
        self.driver.close()

    def __enter__(self) -> Graph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, name: str, **params: Any) -> list[Row]:
        """Run the named read query; rows as dicts."""
        with translate_errors(self.uri):
            records, _, _ = self.driver.execute_query(
                catalog.query(name),
                parameters_=params,
                routing_=RoutingControl.READ,
                database_=self.database,
            )
        return [r.data() for r in records]

    def write(self, name: str, **params: Any) -> neo4j.SummaryCounters:
        """Run the named write query in one write transaction."""
        with translate_errors(self.uri):
            _, summary, _ = self.driver.execute_query(
                catalog.query(name),
                parameters_=params,
                routing_=RoutingControl.WRITE,
                database_=self.database,
            )
        return summary.counters

    def read_tx(self, work: Callable[[ManagedTransaction], T]) -> T:
        """Run a read transaction function (several queries, one snapshot)."""
        with translate_errors(self.uri), self.driver.session(database=self.database) as s:
            return s.execute_read(work)

    def write_tx(self, work: Callable[[ManagedTransaction], T]) -> T:
        """Run a write transaction function: all of it lands, or none of it."""
        with translate_errors(self.uri), self.driver.session(database=self.database) as s:
            return s.execute_write(work)

    def apply_schema(self) -> None:
        """Create the constraints and indexes of `cypher/schema.cypher` (idempotent)."""
        with translate_errors(self.uri), self.driver.session(database=self.database) as s:
            for statement in catalog.statements("schema"):
                s.run(statement).consume()  # schema commands cannot share a transaction


def run(tx: ManagedTransaction, name: str, **params: Any) -> list[Row]:
    """Run a named query inside a transaction function."""
    return [r.data() for r in tx.run(catalog.query(name), params)]


def batches(rows: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    """Cut a stream of rows into lists of at most `size`, without holding the stream."""
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk
