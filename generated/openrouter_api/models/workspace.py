from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Workspace")


@_attrs_define
class Workspace:
    """A workspace groups API keys, budgets, guardrails and logging settings.

    Attributes:
        id (str): Workspace UUID.
        name (str):
        slug (str): URL-friendly name, usable instead of the id in paths.
        description (None | str):
        created_at (str): ISO 8601 creation time.
        created_by (None | str): User id of the creator.
        updated_at (None | str): ISO 8601 time of the last change.
        default_guardrail_id (str): Id derived from the workspace id; the guardrail itself exists once it is first
            configured.
        default_text_model (None | str): Default model for text requests.
        default_image_model (None | str): Default model for image requests.
        default_provider_sort (None | str): Default provider ordering, such as `price`, `throughput`, `latency` or
            `exacto`.
        io_logging_api_key_ids (list[int] | None): API key ids whose traffic is logged; null logs every key.
        io_logging_sampling_rate (float): Fraction of requests logged, 0.0001 to 1.
        is_data_discount_logging_enabled (bool):
        is_observability_broadcast_enabled (bool): Whether broadcast to observability destinations is on.
        is_observability_io_logging_enabled (bool): Whether private prompt/completion logging is on.
        disabled_server_tools (list[str] | None | Unset): OpenRouter server tools (such as `openrouter:web_search`)
            requests here may not use; null when none.
        include_byok_in_budgets (bool | Unset): Whether BYOK spend counts toward the workspace budgets (set through the
            budget operations).
    """

    id: str
    name: str
    slug: str
    description: None | str
    created_at: str
    created_by: None | str
    updated_at: None | str
    default_guardrail_id: str
    default_text_model: None | str
    default_image_model: None | str
    default_provider_sort: None | str
    io_logging_api_key_ids: list[int] | None
    io_logging_sampling_rate: float
    is_data_discount_logging_enabled: bool
    is_observability_broadcast_enabled: bool
    is_observability_io_logging_enabled: bool
    disabled_server_tools: list[str] | None | Unset = UNSET
    include_byok_in_budgets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        description: None | str
        description = self.description

        created_at = self.created_at

        created_by: None | str
        created_by = self.created_by

        updated_at: None | str
        updated_at = self.updated_at

        default_guardrail_id = self.default_guardrail_id

        default_text_model: None | str
        default_text_model = self.default_text_model

        default_image_model: None | str
        default_image_model = self.default_image_model

        default_provider_sort: None | str
        default_provider_sort = self.default_provider_sort

        io_logging_api_key_ids: list[int] | None
        if isinstance(self.io_logging_api_key_ids, list):
            io_logging_api_key_ids = self.io_logging_api_key_ids

        else:
            io_logging_api_key_ids = self.io_logging_api_key_ids

        io_logging_sampling_rate = self.io_logging_sampling_rate

        is_data_discount_logging_enabled = self.is_data_discount_logging_enabled

        is_observability_broadcast_enabled = self.is_observability_broadcast_enabled

        is_observability_io_logging_enabled = self.is_observability_io_logging_enabled

        disabled_server_tools: list[str] | None | Unset
        if isinstance(self.disabled_server_tools, Unset):
            disabled_server_tools = UNSET
        elif isinstance(self.disabled_server_tools, list):
            disabled_server_tools = self.disabled_server_tools

        else:
            disabled_server_tools = self.disabled_server_tools

        include_byok_in_budgets = self.include_byok_in_budgets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "description": description,
                "created_at": created_at,
                "created_by": created_by,
                "updated_at": updated_at,
                "default_guardrail_id": default_guardrail_id,
                "default_text_model": default_text_model,
                "default_image_model": default_image_model,
                "default_provider_sort": default_provider_sort,
                "io_logging_api_key_ids": io_logging_api_key_ids,
                "io_logging_sampling_rate": io_logging_sampling_rate,
                "is_data_discount_logging_enabled": is_data_discount_logging_enabled,
                "is_observability_broadcast_enabled": is_observability_broadcast_enabled,
                "is_observability_io_logging_enabled": is_observability_io_logging_enabled,
            }
        )
        if disabled_server_tools is not UNSET:
            field_dict["disabled_server_tools"] = disabled_server_tools
        if include_byok_in_budgets is not UNSET:
            field_dict["include_byok_in_budgets"] = include_byok_in_budgets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        slug = d.pop("slug")

        description = cast("None | str", d.pop("description"))

        created_at = d.pop("created_at")

        created_by = cast("None | str", d.pop("created_by"))

        updated_at = cast("None | str", d.pop("updated_at"))

        default_guardrail_id = d.pop("default_guardrail_id")

        default_text_model = cast("None | str", d.pop("default_text_model"))

        default_image_model = cast("None | str", d.pop("default_image_model"))

        default_provider_sort = cast("None | str", d.pop("default_provider_sort"))

        def _parse_io_logging_api_key_ids(data: object) -> list[int] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                io_logging_api_key_ids_type_0 = cast("list[int]", data)

                return io_logging_api_key_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[int] | None", data)

        io_logging_api_key_ids = _parse_io_logging_api_key_ids(d.pop("io_logging_api_key_ids"))

        io_logging_sampling_rate = d.pop("io_logging_sampling_rate")

        is_data_discount_logging_enabled = d.pop("is_data_discount_logging_enabled")

        is_observability_broadcast_enabled = d.pop("is_observability_broadcast_enabled")

        is_observability_io_logging_enabled = d.pop("is_observability_io_logging_enabled")

        def _parse_disabled_server_tools(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                disabled_server_tools_type_0 = cast("list[str]", data)

                return disabled_server_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[str] | None | Unset", data)

        disabled_server_tools = _parse_disabled_server_tools(d.pop("disabled_server_tools", UNSET))

        include_byok_in_budgets = d.pop("include_byok_in_budgets", UNSET)

        workspace = cls(
            id=id,
            name=name,
            slug=slug,
            description=description,
            created_at=created_at,
            created_by=created_by,
            updated_at=updated_at,
            default_guardrail_id=default_guardrail_id,
            default_text_model=default_text_model,
            default_image_model=default_image_model,
            default_provider_sort=default_provider_sort,
            io_logging_api_key_ids=io_logging_api_key_ids,
            io_logging_sampling_rate=io_logging_sampling_rate,
            is_data_discount_logging_enabled=is_data_discount_logging_enabled,
            is_observability_broadcast_enabled=is_observability_broadcast_enabled,
            is_observability_io_logging_enabled=is_observability_io_logging_enabled,
            disabled_server_tools=disabled_server_tools,
            include_byok_in_budgets=include_byok_in_budgets,
        )

        workspace.additional_properties = d
        return workspace

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
