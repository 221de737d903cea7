from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from ..types import Model as _Model


class BatchRequestItem(_Model):
    """
    Attributes:
        custom_id (str): Your id for this request, unique within the batch; results carry it back.
        body (BatchRequestBody): One request body as the batch's endpoint takes it (the batch's `model` applies).
    """

    __slots__ = (
        "custom_id",
        "body",
        "additional_properties",
    )

    custom_id: str
    body: BatchRequestBody
    additional_properties: dict[str, Any]

    def __init__(
        self,
        custom_id: str,
        body: BatchRequestBody,
    ) -> None:
        self.custom_id = custom_id
        self.body = body
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        custom_id = self.custom_id

        body = self.body.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_id": custom_id,
                "body": body,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        custom_id = d.pop("custom_id")

        body = BatchRequestBody.from_dict(d.pop("body"))

        batch_request_item = cls(
            custom_id=custom_id,
            body=body,
        )

        batch_request_item.additional_properties = d
        return batch_request_item

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
from ..models.batch_request_body import BatchRequestBody  # noqa: E402
