from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservabilityClickhouseConfig")


@_attrs_define
class ObservabilityClickhouseConfig:
    """Connection settings for ClickHouse. Secrets may come back masked.

    Attributes:
        host (str): Server URL.
        database (str): Database name.
        username (str): User name (`default` unless you created one).
        password (str): Password.
        table (str | Unset): Target table (`OPENROUTER_TRACES` when omitted).
        should_include_cache_write_tokens (bool | Unset): Also write the `cache_write_tokens` column (table schema v2).
        headers (ObservabilityHeaders | Unset): HTTP header names and values added to every export request.
    """

    host: str
    database: str
    username: str
    password: str
    table: str | Unset = UNSET
    should_include_cache_write_tokens: bool | Unset = UNSET
    headers: ObservabilityHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        database = self.database

        username = self.username

        password = self.password

        table = self.table

        should_include_cache_write_tokens = self.should_include_cache_write_tokens

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "host": host,
                "database": database,
                "username": username,
                "password": password,
            }
        )
        if table is not UNSET:
            field_dict["table"] = table
        if should_include_cache_write_tokens is not UNSET:
            field_dict["shouldIncludeCacheWriteTokens"] = should_include_cache_write_tokens
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host")

        database = d.pop("database")

        username = d.pop("username")

        password = d.pop("password")

        table = d.pop("table", UNSET)

        should_include_cache_write_tokens = d.pop("shouldIncludeCacheWriteTokens", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityHeaders.from_dict(_headers)

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
