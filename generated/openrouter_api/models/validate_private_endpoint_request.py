from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class ValidatePrivateEndpointRequest(_Model):
    """
    Attributes:
        workspace_id (str): Workspace (of your account) whose BYOK credential runs the live validation call.
    """

    __slots__ = (
        "workspace_id",
        "additional_properties",
    )

    workspace_id: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workspace_id: str,
    ) -> None:
        self.workspace_id = workspace_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workspace_id = d.pop("workspace_id")

        validate_private_endpoint_request = cls(
            workspace_id=workspace_id,
        )

        validate_private_endpoint_request.additional_properties = d
        return validate_private_endpoint_request

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
