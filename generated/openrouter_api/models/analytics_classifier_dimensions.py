from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class AnalyticsClassifierDimensions(_Model):
    """Break metrics down by the tags of a custom classifier.

    Attributes:
        classifier_id (str): UUID of the classifier.
        dimension_names (list[str] | Unset): Up to two classifier dimension names; each becomes a column.
        include_nulls (bool | Unset): Also include generations without a tag from this classifier (false when omitted).
    """

    __slots__ = (
        "classifier_id",
        "dimension_names",
        "include_nulls",
        "additional_properties",
    )

    classifier_id: str
    dimension_names: list[str] | Unset
    include_nulls: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        classifier_id: str,
        dimension_names: list[str] | Unset = UNSET,
        include_nulls: bool | Unset = UNSET,
    ) -> None:
        self.classifier_id = classifier_id
        self.dimension_names = dimension_names
        self.include_nulls = include_nulls
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        classifier_id = self.classifier_id

        dimension_names: list[str] | Unset = UNSET
        if not isinstance(self.dimension_names, Unset):
            dimension_names = self.dimension_names

        include_nulls = self.include_nulls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "classifier_id": classifier_id,
            }
        )
        if dimension_names is not UNSET:
            field_dict["dimension_names"] = dimension_names
        if include_nulls is not UNSET:
            field_dict["include_nulls"] = include_nulls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        classifier_id = d.pop("classifier_id")

        dimension_names = cast("list[str]", d.pop("dimension_names", UNSET))

        include_nulls = d.pop("include_nulls", UNSET)

        analytics_classifier_dimensions = cls(
            classifier_id=classifier_id,
            dimension_names=dimension_names,
            include_nulls=include_nulls,
        )

        analytics_classifier_dimensions.additional_properties = d
        return analytics_classifier_dimensions

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
