"""orgkb: an organisation knowledge base on Neo4j.

The library never prints and never exits; `kb.cli` holds the command line.
"""

__version__ = "0.1.0"
