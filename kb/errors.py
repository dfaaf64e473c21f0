"""The one exception tree of orgkb. The CLI turns each into a one-line message."""


class OrgkbError(Exception):
    """Base class of every error orgkb raises on purpose."""


class ConfigError(OrgkbError):
    """Settings are missing or contradict each other."""


class ServerError(OrgkbError):
    """The local Neo4j server cannot be provisioned, started or stopped."""


class GraphUnavailable(OrgkbError):
    """Neo4j cannot be reached."""


class AuthenticationError(OrgkbError):
    """Neo4j rejected the user name or password."""


class QueryError(OrgkbError):
    """A query failed, or a named query does not exist."""


class InputError(OrgkbError):
    """A document or structured file cannot be read or does not validate."""


class NotFound(OrgkbError):
    """A role, organisation or source named by the user is not in the graph."""


class Ambiguous(OrgkbError):
    """A name matches several things; the message lists the candidates."""
