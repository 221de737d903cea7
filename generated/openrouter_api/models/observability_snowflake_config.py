from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class ObservabilitySnowflakeConfig(_ReadModel):
    """Connection settings for Snowflake. Secrets may come back masked.

    Attributes:
        account (str): Snowflake account identifier.
        token (str): Access token.
        database (str | None): Database (`SNOWFLAKE_LEARNING_DB` when omitted).
        schema (str | None): Schema name.
        table (str | None): Table (`OPENROUTER_TRACES` when omitted).
        warehouse (str | None): Warehouse (`COMPUTE_WH` when omitted).
        should_include_cache_write_tokens (bool | None): Also write the `cache_write_tokens` column (table schema v2).
        headers (ObservabilityHeaders | None): HTTP header names and values added to every export request.
    """

    __slots__ = (
        "account",
        "token",
        "database",
        "schema",
        "table",
        "warehouse",
        "should_include_cache_write_tokens",
        "headers",
        "additional_properties",
    )

    account: str
    token: str
    database: str | None
    schema: str | None
    table: str | None
    warehouse: str | None
    should_include_cache_write_tokens: bool | None
    headers: ObservabilityHeaders | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        account: str,
        token: str,
        database: str | None = None,
        schema: str | None = None,
        table: str | None = None,
        warehouse: str | None = None,
        should_include_cache_write_tokens: bool | None = None,
        headers: ObservabilityHeaders | None = None,
    ) -> None:
        self.account = account
        self.token = token
        self.database = database
        self.schema = schema
        self.table = table
        self.warehouse = warehouse
        self.should_include_cache_write_tokens = should_include_cache_write_tokens
        self.headers = headers
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("account", "account", True, "str"),
        ("token", "token", True, "str"),
        ("database", "database", False, "str"),
        ("schema", "schema", False, "str"),
        ("table", "table", False, "str"),
        ("warehouse", "warehouse", False, "str"),
        ("should_include_cache_write_tokens", "shouldIncludeCacheWriteTokens", False, "bool"),
        ("headers", "headers", False, "ObservabilityHeaders"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        account = d.pop("account", None)
        token = d.pop("token", None)
        database = d.pop("database", None)
        schema = d.pop("schema", None)
        table = d.pop("table", None)
        warehouse = d.pop("warehouse", None)
        should_include_cache_write_tokens = d.pop("shouldIncludeCacheWriteTokens", None)
        _headers = d.pop("headers", None)
        headers: Any = (
            ObservabilityHeaders.from_dict(_headers) if isinstance(_headers, dict) else _headers
        )
        observability_snowflake_config = cls(
            account=account,
            token=token,
            database=database,
            schema=schema,
            table=table,
            warehouse=warehouse,
            should_include_cache_write_tokens=should_include_cache_write_tokens,
            headers=headers,
        )
        observability_snowflake_config.additional_properties = d
        return observability_snowflake_config

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
