from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ImageCompletedEvent(_ReadModel):
    """The final image, with usage.

    Attributes:
        type (Literal['image_generation.completed']):
        b64_json (str):
        created (int): Unix seconds.
        media_type (str | None):
        usage (InferenceUsage | None): Token counts and cost of an image generation or a batch.
    """

    __slots__ = (
        "type",
        "b64_json",
        "created",
        "media_type",
        "usage",
        "additional_properties",
    )

    type: Literal["image_generation.completed"]
    b64_json: str
    created: int
    media_type: str | None
    usage: InferenceUsage | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["image_generation.completed"],
        b64_json: str,
        created: int,
        media_type: str | None = None,
        usage: InferenceUsage | None = None,
    ) -> None:
        self.type = type
        self.b64_json = b64_json
        self.created = created
        self.media_type = media_type
        self.usage = usage
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['image_generation.completed']"),
        ("b64_json", "b64_json", True, "str"),
        ("created", "created", True, "int"),
        ("media_type", "media_type", False, "str"),
        ("usage", "usage", False, "InferenceUsage"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.b64_json = _json_get_("b64_json")
        _new_model_.created = _json_get_("created")
        _new_model_.media_type = _json_get_("media_type")
        _usage = _json_get_("usage")
        usage: Any = InferenceUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _new_model_.usage = usage
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "b64_json",
        "created",
        "media_type",
        "usage",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.inference_usage import InferenceUsage  # noqa: E402
else:
    InferenceUsage = _Deferred_(globals(), "..models.inference_usage", "InferenceUsage")
