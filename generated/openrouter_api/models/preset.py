from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_status_known import PresetStatusKnown

T = TypeVar("T", bound="Preset")


@_attrs_define
class Preset:
    """A saved bundle of request settings, addressed by slug (without its version details).

    Attributes:
        id (str):
        slug (str):
        name (str):
        description (None | str):
        status (PresetStatusKnown | str):
        designated_version_id (None | str): The version requests that name this preset use.
        creator_user_id (None | str):
        workspace_id (None | str):
        created_at (str): ISO 8601 timestamp.
        updated_at (str): ISO 8601 timestamp.
        status_updated_at (None | str): ISO 8601 timestamp of the last status change.
    """

    id: str
    slug: str
    name: str
    description: None | str
    status: PresetStatusKnown | str
    designated_version_id: None | str
    creator_user_id: None | str
    workspace_id: None | str
    created_at: str
    updated_at: str
    status_updated_at: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        name = self.name

        description: None | str
        description = self.description

        status: str
        if isinstance(self.status, PresetStatusKnown):
            status = self.status.value
        else:
            status = self.status

        designated_version_id: None | str
        designated_version_id = self.designated_version_id

        creator_user_id: None | str
        creator_user_id = self.creator_user_id

        workspace_id: None | str
        workspace_id = self.workspace_id

        created_at = self.created_at

        updated_at = self.updated_at

        status_updated_at: None | str
        status_updated_at = self.status_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "name": name,
                "description": description,
                "status": status,
                "designated_version_id": designated_version_id,
                "creator_user_id": creator_user_id,
                "workspace_id": workspace_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "status_updated_at": status_updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        name = d.pop("name")

        description = cast("None | str", d.pop("description"))

        def _parse_status(data: object) -> PresetStatusKnown | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = PresetStatusKnown._parse(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("PresetStatusKnown | str", data)

        status = _parse_status(d.pop("status"))

        designated_version_id = cast("None | str", d.pop("designated_version_id"))

        creator_user_id = cast("None | str", d.pop("creator_user_id"))

        workspace_id = cast("None | str", d.pop("workspace_id"))

        created_at = d.pop("created_at")

        updated_at = d.pop("updated_at")

        status_updated_at = cast("None | str", d.pop("status_updated_at"))

        preset = cls(
            id=id,
            slug=slug,
            name=name,
            description=description,
            status=status,
            designated_version_id=designated_version_id,
            creator_user_id=creator_user_id,
            workspace_id=workspace_id,
            created_at=created_at,
            updated_at=updated_at,
            status_updated_at=status_updated_at,
        )

        preset.additional_properties = d
        return preset

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
