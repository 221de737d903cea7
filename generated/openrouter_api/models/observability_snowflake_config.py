from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservabilitySnowflakeConfig")


@_attrs_define
class ObservabilitySnowflakeConfig:
    """Connection settings for Snowflake. Secrets may come back masked.

    Attributes:
        account (str): Snowflake account identifier.
        token (str): Access token.
        database (str | Unset): Database (`SNOWFLAKE_LEARNING_DB` when omitted).
        schema (str | Unset): Schema name.
        table (str | Unset): Table (`OPENROUTER_TRACES` when omitted).
        warehouse (str | Unset): Warehouse (`COMPUTE_WH` when omitted).
        should_include_cache_write_tokens (bool | Unset): Also write the `cache_write_tokens` column (table schema v2).
        headers (ObservabilityHeaders | Unset): HTTP header names and values added to every export request.
    """

    account: str
    token: str
    database: str | Unset = UNSET
    schema: str | Unset = UNSET
    table: str | Unset = UNSET
    warehouse: str | Unset = UNSET
    should_include_cache_write_tokens: bool | Unset = UNSET
    headers: ObservabilityHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        token = self.token

        database = self.database

        schema = self.schema

        table = self.table

        warehouse = self.warehouse

        should_include_cache_write_tokens = self.should_include_cache_write_tokens

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
                "token": token,
            }
        )
        if database is not UNSET:
            field_dict["database"] = database
        if schema is not UNSET:
            field_dict["schema"] = schema
        if table is not UNSET:
            field_dict["table"] = table
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if should_include_cache_write_tokens is not UNSET:
            field_dict["shouldIncludeCacheWriteTokens"] = should_include_cache_write_tokens
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account")

        token = d.pop("token")

        database = d.pop("database", UNSET)

        schema = d.pop("schema", UNSET)

        table = d.pop("table", UNSET)

        warehouse = d.pop("warehouse", UNSET)

        should_include_cache_write_tokens = d.pop("shouldIncludeCacheWriteTokens", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityHeaders.from_dict(_headers)

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
