from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..models.workspace_server_tool import WorkspaceServerTool
from ..types import UNSET, Unset
from ..types import Model as _Model


class CreateWorkspaceRequest(_Model):
    """
    Attributes:
        name (str):
        slug (str): Lowercase letters and digits in segments joined by single hyphens, no leading or trailing hyphen.
        description (None | str | Unset):
        default_text_model (None | str | Unset):
        default_image_model (None | str | Unset):
        default_provider_sort (None | str | Unset): `price`, `throughput`, `latency` or `exacto`.
        disabled_server_tools (list[WorkspaceServerTool] | None | Unset): Server tools to forbid (requests naming one
            get 403); an empty list or null clears it.
        io_logging_api_key_ids (list[int] | None | Unset): Only log traffic of these API key ids.
        io_logging_sampling_rate (float | Unset): Fraction of requests logged, 0.0001 to 1.
        is_data_discount_logging_enabled (bool | Unset):
        is_observability_broadcast_enabled (bool | Unset):
        is_observability_io_logging_enabled (bool | Unset):
    """

    __slots__ = (
        "name",
        "slug",
        "description",
        "default_text_model",
        "default_image_model",
        "default_provider_sort",
        "disabled_server_tools",
        "io_logging_api_key_ids",
        "io_logging_sampling_rate",
        "is_data_discount_logging_enabled",
        "is_observability_broadcast_enabled",
        "is_observability_io_logging_enabled",
        "additional_properties",
    )

    name: str
    slug: str
    description: None | str | Unset
    default_text_model: None | str | Unset
    default_image_model: None | str | Unset
    default_provider_sort: None | str | Unset
    disabled_server_tools: list[WorkspaceServerTool] | None | Unset
    io_logging_api_key_ids: list[int] | None | Unset
    io_logging_sampling_rate: float | Unset
    is_data_discount_logging_enabled: bool | Unset
    is_observability_broadcast_enabled: bool | Unset
    is_observability_io_logging_enabled: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        slug: str,
        description: None | str | Unset = UNSET,
        default_text_model: None | str | Unset = UNSET,
        default_image_model: None | str | Unset = UNSET,
        default_provider_sort: None | str | Unset = UNSET,
        disabled_server_tools: list[WorkspaceServerTool] | None | Unset = UNSET,
        io_logging_api_key_ids: list[int] | None | Unset = UNSET,
        io_logging_sampling_rate: float | Unset = UNSET,
        is_data_discount_logging_enabled: bool | Unset = UNSET,
        is_observability_broadcast_enabled: bool | Unset = UNSET,
        is_observability_io_logging_enabled: bool | Unset = UNSET,
    ) -> None:
        self.name = name
        self.slug = slug
        self.description = description
        self.default_text_model = default_text_model
        self.default_image_model = default_image_model
        self.default_provider_sort = default_provider_sort
        self.disabled_server_tools = disabled_server_tools
        self.io_logging_api_key_ids = io_logging_api_key_ids
        self.io_logging_sampling_rate = io_logging_sampling_rate
        self.is_data_discount_logging_enabled = is_data_discount_logging_enabled
        self.is_observability_broadcast_enabled = is_observability_broadcast_enabled
        self.is_observability_io_logging_enabled = is_observability_io_logging_enabled
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        default_text_model: None | str | Unset
        if isinstance(self.default_text_model, Unset):
            default_text_model = UNSET
        else:
            default_text_model = self.default_text_model

        default_image_model: None | str | Unset
        if isinstance(self.default_image_model, Unset):
            default_image_model = UNSET
        else:
            default_image_model = self.default_image_model

        default_provider_sort: None | str | Unset
        if isinstance(self.default_provider_sort, Unset):
            default_provider_sort = UNSET
        else:
            default_provider_sort = self.default_provider_sort

        disabled_server_tools: list[str] | None | Unset
        if isinstance(self.disabled_server_tools, Unset):
            disabled_server_tools = UNSET
        elif isinstance(self.disabled_server_tools, list):
            disabled_server_tools = []
            for disabled_server_tools_type_0_item_data in self.disabled_server_tools:
                disabled_server_tools_type_0_item = disabled_server_tools_type_0_item_data.value
                disabled_server_tools.append(disabled_server_tools_type_0_item)

        else:
            disabled_server_tools = self.disabled_server_tools

        io_logging_api_key_ids: list[int] | None | Unset
        if isinstance(self.io_logging_api_key_ids, Unset):
            io_logging_api_key_ids = UNSET
        elif isinstance(self.io_logging_api_key_ids, list):
            io_logging_api_key_ids = self.io_logging_api_key_ids

        else:
            io_logging_api_key_ids = self.io_logging_api_key_ids

        io_logging_sampling_rate = self.io_logging_sampling_rate

        is_data_discount_logging_enabled = self.is_data_discount_logging_enabled

        is_observability_broadcast_enabled = self.is_observability_broadcast_enabled

        is_observability_io_logging_enabled = self.is_observability_io_logging_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "slug": slug,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if default_text_model is not UNSET:
            field_dict["default_text_model"] = default_text_model
        if default_image_model is not UNSET:
            field_dict["default_image_model"] = default_image_model
        if default_provider_sort is not UNSET:
            field_dict["default_provider_sort"] = default_provider_sort
        if disabled_server_tools is not UNSET:
            field_dict["disabled_server_tools"] = disabled_server_tools
        if io_logging_api_key_ids is not UNSET:
            field_dict["io_logging_api_key_ids"] = io_logging_api_key_ids
        if io_logging_sampling_rate is not UNSET:
            field_dict["io_logging_sampling_rate"] = io_logging_sampling_rate
        if is_data_discount_logging_enabled is not UNSET:
            field_dict["is_data_discount_logging_enabled"] = is_data_discount_logging_enabled
        if is_observability_broadcast_enabled is not UNSET:
            field_dict["is_observability_broadcast_enabled"] = is_observability_broadcast_enabled
        if is_observability_io_logging_enabled is not UNSET:
            field_dict["is_observability_io_logging_enabled"] = is_observability_io_logging_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        description = cast("None | str | Unset", d.pop("description", UNSET))

        default_text_model = cast("None | str | Unset", d.pop("default_text_model", UNSET))

        default_image_model = cast("None | str | Unset", d.pop("default_image_model", UNSET))

        default_provider_sort = cast("None | str | Unset", d.pop("default_provider_sort", UNSET))

        def _parse_disabled_server_tools(data: object) -> list[WorkspaceServerTool] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                disabled_server_tools_type_0 = []
                _disabled_server_tools_type_0 = data
                for disabled_server_tools_type_0_item_data in _disabled_server_tools_type_0:
                    disabled_server_tools_type_0_item = WorkspaceServerTool._parse(
                        disabled_server_tools_type_0_item_data
                    )

                    disabled_server_tools_type_0.append(disabled_server_tools_type_0_item)

                return disabled_server_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[WorkspaceServerTool] | None | Unset", data)

        disabled_server_tools = _parse_disabled_server_tools(d.pop("disabled_server_tools", UNSET))

        def _parse_io_logging_api_key_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                io_logging_api_key_ids_type_0 = cast("list[int]", data)

                return io_logging_api_key_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[int] | None | Unset", data)

        io_logging_api_key_ids = _parse_io_logging_api_key_ids(
            d.pop("io_logging_api_key_ids", UNSET)
        )

        io_logging_sampling_rate = d.pop("io_logging_sampling_rate", UNSET)

        is_data_discount_logging_enabled = d.pop("is_data_discount_logging_enabled", UNSET)

        is_observability_broadcast_enabled = d.pop("is_observability_broadcast_enabled", UNSET)

        is_observability_io_logging_enabled = d.pop("is_observability_io_logging_enabled", UNSET)

        create_workspace_request = cls(
            name=name,
            slug=slug,
            description=description,
            default_text_model=default_text_model,
            default_image_model=default_image_model,
            default_provider_sort=default_provider_sort,
            disabled_server_tools=disabled_server_tools,
            io_logging_api_key_ids=io_logging_api_key_ids,
            io_logging_sampling_rate=io_logging_sampling_rate,
            is_data_discount_logging_enabled=is_data_discount_logging_enabled,
            is_observability_broadcast_enabled=is_observability_broadcast_enabled,
            is_observability_io_logging_enabled=is_observability_io_logging_enabled,
        )

        create_workspace_request.additional_properties = d
        return create_workspace_request

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
