from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preset_status_known import PresetStatusKnown

T = TypeVar("T", bound="PresetWithVersion")


@_attrs_define
class PresetWithVersion:
    """A preset together with its designated version.

    Attributes:
        id (str):
        slug (str):
        name (str):
        description (None | str):
        status (PresetStatusKnown | str):
        designated_version_id (None | str):
        creator_user_id (None | str):
        workspace_id (None | str):
        created_at (str): ISO 8601 timestamp.
        updated_at (str): ISO 8601 timestamp.
        status_updated_at (None | str): ISO 8601 timestamp of the last status change.
        designated_version (None | PresetVersion):
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
    designated_version: None | PresetVersion
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

        designated_version: dict[str, Any] | None
        if isinstance(self.designated_version, PresetVersion):
            designated_version = self.designated_version.to_dict()
        else:
            designated_version = self.designated_version

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
                "designated_version": designated_version,
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

        def _parse_designated_version(data: object) -> None | PresetVersion:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                designated_version_type_0 = PresetVersion.from_dict(data)

                return designated_version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | PresetVersion", data)

        designated_version = _parse_designated_version(d.pop("designated_version"))

        preset_with_version = cls(
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
            designated_version=designated_version,
        )

        preset_with_version.additional_properties = d
        return preset_with_version

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
from ..models.preset_version import PresetVersion  # noqa: E402
