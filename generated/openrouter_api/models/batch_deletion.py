from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from ..types import ReadModel as _ReadModel


class BatchDeletion(_ReadModel):
    """
    Attributes:
        id (str):
        object (Literal['batch']):
        deletion (BatchDeletionTargets):
    """

    __slots__ = (
        "id",
        "object",
        "deletion",
        "additional_properties",
    )

    id: str
    object: Literal["batch"]
    deletion: BatchDeletionTargets
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object: Literal["batch"],
        deletion: BatchDeletionTargets,
    ) -> None:
        self.id = id
        self.object = object
        self.deletion = deletion
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("object", "object", True, "Literal['batch']"),
        ("deletion", "deletion", True, "BatchDeletionTargets"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        id = d.pop("id", None)
        object_ = d.pop("object", None)
        _deletion = d.pop("deletion", None)
        deletion: Any = (
            BatchDeletionTargets.from_dict(_deletion) if isinstance(_deletion, dict) else _deletion
        )
        batch_deletion = cls(
            id=id,
            object=object_,
            deletion=deletion,
        )
        batch_deletion.additional_properties = d
        return batch_deletion

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
from ..models.batch_deletion_targets import BatchDeletionTargets  # noqa: E402
