from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import UNSET, Unset
from ..types import Model as _Model


class TraceConfig(_Model):
    """Observability fields forwarded to configured broadcast destinations. The named keys are
    understood; any other key is passed on as custom metadata.

        Attributes:
            trace_id (str | Unset):
            trace_name (str | Unset):
            span_name (str | Unset):
            generation_name (str | Unset):
            parent_span_id (str | Unset):
    """

    __slots__ = (
        "trace_id",
        "trace_name",
        "span_name",
        "generation_name",
        "parent_span_id",
        "additional_properties",
    )

    trace_id: str | Unset
    trace_name: str | Unset
    span_name: str | Unset
    generation_name: str | Unset
    parent_span_id: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        trace_id: str | Unset = UNSET,
        trace_name: str | Unset = UNSET,
        span_name: str | Unset = UNSET,
        generation_name: str | Unset = UNSET,
        parent_span_id: str | Unset = UNSET,
    ) -> None:
        self.trace_id = trace_id
        self.trace_name = trace_name
        self.span_name = span_name
        self.generation_name = generation_name
        self.parent_span_id = parent_span_id
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        trace_name = self.trace_name

        span_name = self.span_name

        generation_name = self.generation_name

        parent_span_id = self.parent_span_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        if trace_name is not UNSET:
            field_dict["trace_name"] = trace_name
        if span_name is not UNSET:
            field_dict["span_name"] = span_name
        if generation_name is not UNSET:
            field_dict["generation_name"] = generation_name
        if parent_span_id is not UNSET:
            field_dict["parent_span_id"] = parent_span_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        trace_id = d.pop("trace_id", UNSET)

        trace_name = d.pop("trace_name", UNSET)

        span_name = d.pop("span_name", UNSET)

        generation_name = d.pop("generation_name", UNSET)

        parent_span_id = d.pop("parent_span_id", UNSET)

        trace_config = cls(
            trace_id=trace_id,
            trace_name=trace_name,
            span_name=span_name,
            generation_name=generation_name,
            parent_span_id=parent_span_id,
        )

        trace_config.additional_properties = d
        return trace_config

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
