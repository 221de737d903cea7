from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ObservabilityClickhouseConfig(_ReadModel):
    """Connection settings for ClickHouse. Secrets may come back masked.

    Attributes:
        host (str): Server URL.
        database (str): Database name.
        username (str): User name (`default` unless you created one).
        password (str): Password.
        table (str | None): Target table (`OPENROUTER_TRACES` when omitted).
        should_include_cache_write_tokens (bool | None): Also write the `cache_write_tokens` column (table schema v2).
        headers (ObservabilityHeaders | None): HTTP header names and values added to every export request.
    """

    __slots__ = (
        "host",
        "database",
        "username",
        "password",
        "table",
        "should_include_cache_write_tokens",
        "headers",
        "additional_properties",
    )

    host: str
    database: str
    username: str
    password: str
    table: str | None
    should_include_cache_write_tokens: bool | None
    headers: ObservabilityHeaders | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        host: str,
        database: str,
        username: str,
        password: str,
        table: str | None = None,
        should_include_cache_write_tokens: bool | None = None,
        headers: ObservabilityHeaders | None = None,
    ) -> None:
        self.host = host
        self.database = database
        self.username = username
        self.password = password
        self.table = table
        self.should_include_cache_write_tokens = should_include_cache_write_tokens
        self.headers = headers
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("host", "host", True, "str"),
        ("database", "database", True, "str"),
        ("username", "username", True, "str"),
        ("password", "password", True, "str"),
        ("table", "table", False, "str"),
        ("should_include_cache_write_tokens", "shouldIncludeCacheWriteTokens", False, "bool"),
        ("headers", "headers", False, "ObservabilityHeaders"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        host = d.pop("host", None)
        database = d.pop("database", None)
        username = d.pop("username", None)
        password = d.pop("password", None)
        table = d.pop("table", None)
        should_include_cache_write_tokens = d.pop("shouldIncludeCacheWriteTokens", None)
        _headers = d.pop("headers", None)
        headers: Any = (
            ObservabilityHeaders.from_dict(_headers) if isinstance(_headers, dict) else _headers
        )
        observability_clickhouse_config = cls(
            host=host,
            database=database,
            username=username,
            password=password,
            table=table,
            should_include_cache_write_tokens=should_include_cache_write_tokens,
            headers=headers,
        )
        observability_clickhouse_config.additional_properties = d
        return observability_clickhouse_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.observability_headers import ObservabilityHeaders  # noqa: E402
