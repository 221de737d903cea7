from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


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
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.account = _json_get_("account")
        _new_model_.token = _json_get_("token")
        _new_model_.database = _json_get_("database")
        _new_model_.schema = _json_get_("schema")
        _new_model_.table = _json_get_("table")
        _new_model_.warehouse = _json_get_("warehouse")
        _new_model_.should_include_cache_write_tokens = _json_get_("shouldIncludeCacheWriteTokens")
        _headers = _json_get_("headers")
        headers: Any = (
            ObservabilityHeaders.from_dict(_headers) if isinstance(_headers, dict) else _headers
        )
        _new_model_.headers = headers
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "account",
        "token",
        "database",
        "schema",
        "table",
        "warehouse",
        "shouldIncludeCacheWriteTokens",
        "headers",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.observability_headers import ObservabilityHeaders  # noqa: E402
else:
    ObservabilityHeaders = _Deferred_(
        globals(), "..models.observability_headers", "ObservabilityHeaders"
    )
