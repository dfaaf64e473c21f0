"""Settings from the environment or a `.env` file.

`NEO4J_*` name the server to use. When `NEO4J_URI` is not set, orgkb runs its own local
server (`kb neo4j start`), configured by the `ORGKB_NEO4J_*` variables.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from kb.errors import ConfigError


def _xdg(var: str, default: str) -> Path:
    return Path(os.environ.get(var) or Path.home() / default)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    neo4j_uri: str | None = Field(default=None, alias="NEO4J_URI")
    neo4j_user: str = Field(default="neo4j", alias="NEO4J_USER")
    neo4j_password: SecretStr | None = Field(default=None, alias="NEO4J_PASSWORD")
    neo4j_database: str = Field(default="neo4j", alias="NEO4J_DATABASE")

    local_home: Path = Field(
        default_factory=lambda: _xdg("XDG_DATA_HOME", ".local/share") / "orgkb" / "neo4j",
        alias="ORGKB_NEO4J_HOME",
    )
    jar_cache: Path = Field(
        default_factory=lambda: _xdg("XDG_CACHE_HOME", ".cache") / "orgkb",
        alias="ORGKB_CACHE_DIR",
    )
    local_port: int = Field(default=7687, alias="ORGKB_NEO4J_PORT", ge=1, le=65535)
    local_heap: str = Field(default="2g", alias="ORGKB_NEO4J_HEAP")
    local_pagecache: str = Field(default="2g", alias="ORGKB_NEO4J_PAGECACHE")
    start_timeout: float = Field(default=180.0, alias="ORGKB_NEO4J_START_TIMEOUT")

    @property
    def uses_local_server(self) -> bool:
        return self.neo4j_uri is None

    @property
    def uri(self) -> str:
        return self.neo4j_uri or f"bolt://127.0.0.1:{self.local_port}"

    @property
    def local_password_file(self) -> Path:
        """Where the local server keeps the password it generated for itself."""
        return self.local_home / "password"

    def password(self) -> str:
        """NEO4J_PASSWORD, else (local server only) the one generated at its creation."""
        if self.neo4j_password is not None:
            return self.neo4j_password.get_secret_value()
        if self.uses_local_server and self.local_password_file.is_file():
            return self.local_password_file.read_text(encoding="utf-8").strip()
        if self.uses_local_server:
            raise ConfigError(
                "no Neo4j password: set NEO4J_PASSWORD, or run `kb neo4j start` once to "
                "create a local server with a generated password"
            )
        raise ConfigError("NEO4J_URI is set but NEO4J_PASSWORD is not")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
