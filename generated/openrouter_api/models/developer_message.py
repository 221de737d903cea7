from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class DeveloperMessage(_Model):
    """Developer instructions (the newer name for system instructions on some models).

    Attributes:
        role (Literal['developer']):
        content (list[TextContentPart] | str): Plain text or a list of text parts.
        name (str | Unset): Optional author name.
        configuration_update (ConfigurationUpdate | None | Unset): Same as on `SystemMessage`.
    """

    __slots__ = (
        "role",
        "content",
        "name",
        "configuration_update",
        "additional_properties",
    )

    role: Literal["developer"]
    content: list[TextContentPart] | str
    name: str | Unset
    configuration_update: ConfigurationUpdate | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: Literal["developer"],
        content: list[TextContentPart] | str,
        name: str | Unset = UNSET,
        configuration_update: ConfigurationUpdate | None | Unset = UNSET,
    ) -> None:
        self.role = role
        self.content = content
        self.name = name
        self.configuration_update = configuration_update
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        name = self.name

        configuration_update: dict[str, Any] | None | Unset
        if isinstance(self.configuration_update, Unset):
            configuration_update = UNSET
        elif isinstance(self.configuration_update, ConfigurationUpdate):
            configuration_update = self.configuration_update.to_dict()
        else:
            configuration_update = self.configuration_update

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if configuration_update is not UNSET:
            field_dict["configuration_update"] = configuration_update

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = cast('Literal["developer"]', d.pop("role"))
        if role != "developer":
            raise ValueError(f"role must match const 'developer', got '{role}'")

        def _parse_content(data: object) -> list[TextContentPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = TextContentPart.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("list[TextContentPart] | str", data)

        content = _parse_content(d.pop("content"))

        name = d.pop("name", UNSET)

        def _parse_configuration_update(data: object) -> ConfigurationUpdate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_update_type_0 = ConfigurationUpdate.from_dict(data)

                return configuration_update_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("ConfigurationUpdate | None | Unset", data)

        configuration_update = _parse_configuration_update(d.pop("configuration_update", UNSET))

        developer_message = cls(
            role=role,
            content=content,
            name=name,
            configuration_update=configuration_update,
        )

        developer_message.additional_properties = d
        return developer_message

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
from ..models.configuration_update import ConfigurationUpdate  # noqa: E402
from ..models.text_content_part import TextContentPart  # noqa: E402
