from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class TaskMacroCategory(_ReadModel):
    """
    Attributes:
        key (str):
        label (str):
        usage_share (float):
        token_share (float):
    """

    __slots__ = (
        "key",
        "label",
        "usage_share",
        "token_share",
        "additional_properties",
    )

    key: str
    label: str
    usage_share: float
    token_share: float
    additional_properties: dict[str, Any]

    def __init__(
        self,
        key: str,
        label: str,
        usage_share: float,
        token_share: float,
    ) -> None:
        self.key = key
        self.label = label
        self.usage_share = usage_share
        self.token_share = token_share
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("key", "key", True, "str"),
        ("label", "label", True, "str"),
        ("usage_share", "usage_share", True, "float"),
        ("token_share", "token_share", True, "float"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        key = d.pop("key", None)
        label = d.pop("label", None)
        usage_share = d.pop("usage_share", None)
        token_share = d.pop("token_share", None)
        task_macro_category = cls(
            key=key,
            label=label,
            usage_share=usage_share,
            token_share=token_share,
        )
        task_macro_category.additional_properties = d
        return task_macro_category

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
