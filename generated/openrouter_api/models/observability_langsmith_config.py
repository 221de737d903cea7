from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObservabilityLangsmithConfig")


@_attrs_define
class ObservabilityLangsmithConfig:
    """Connection settings for LangSmith. Secrets may come back masked.

    Attributes:
        api_key (str): LangSmith API key.
        project (str | Unset): Project name (`main` when omitted).
        endpoint (str | Unset): API URL override (`https://api.smith.langchain.com` when omitted).
        workspace_id (str | Unset): Workspace id; needed for organization-scoped keys.
        headers (ObservabilityHeaders | Unset): HTTP header names and values added to every export request.
    """

    api_key: str
    project: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    workspace_id: str | Unset = UNSET
    headers: ObservabilityHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        project = self.project

        endpoint = self.endpoint

        workspace_id = self.workspace_id

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "apiKey": api_key,
            }
        )
        if project is not UNSET:
            field_dict["project"] = project
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if workspace_id is not UNSET:
            field_dict["workspaceId"] = workspace_id
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("apiKey")

        project = d.pop("project", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        workspace_id = d.pop("workspaceId", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ObservabilityHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ObservabilityHeaders.from_dict(_headers)

        observability_langsmith_config = cls(
            api_key=api_key,
            project=project,
            endpoint=endpoint,
            workspace_id=workspace_id,
            headers=headers,
        )

        observability_langsmith_config.additional_properties = d
        return observability_langsmith_config

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
