from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class EmbeddingsResponse(_ReadModel):
    """The vectors, in the same order as the inputs.

    Attributes:
        object (Literal['list']):
        data (list[EmbeddingObject]):
        model (str): The model that produced the vectors.
        id (str | None): Generation id of the request.
        usage (EmbeddingsUsage | None): Tokens counted and money charged for an embeddings request.
    """

    __slots__ = (
        "object",
        "data",
        "model",
        "id",
        "usage",
        "additional_properties",
    )

    object: Literal["list"]
    data: list[EmbeddingObject]
    model: str
    id: str | None
    usage: EmbeddingsUsage | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        object: Literal["list"],
        data: list[EmbeddingObject],
        model: str,
        id: str | None = None,
        usage: EmbeddingsUsage | None = None,
    ) -> None:
        self.object = object
        self.data = data
        self.model = model
        self.id = id
        self.usage = usage
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("object", "object", True, "Literal['list']"),
        ("data", "data", True, "list[EmbeddingObject]"),
        ("model", "model", True, "str"),
        ("id", "id", False, "str"),
        ("usage", "usage", False, "EmbeddingsUsage"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.object = _json_get_("object")
        _data = _json_get_("data")
        if isinstance(_data, list):
            data: Any = []
            for _list_item_ in _data:
                data.append(
                    EmbeddingObject.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            data = _data
        _new_model_.data = data
        _new_model_.model = _json_get_("model")
        _new_model_.id = _json_get_("id")
        _usage = _json_get_("usage")
        usage: Any = EmbeddingsUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _new_model_.usage = usage
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

    def __iter__(self) -> Iterator[EmbeddingObject]:
        """Iterate over `data`, the items of this list response."""
        return iter(self.data or ())

    def __len__(self) -> int:
        """How many items `data` holds."""
        return len(self.data or ())

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
        "object",
        "data",
        "model",
        "id",
        "usage",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.embedding_object import EmbeddingObject  # noqa: E402
    from ..models.embeddings_usage import EmbeddingsUsage  # noqa: E402
else:
    EmbeddingObject = _Deferred_(globals(), "..models.embedding_object", "EmbeddingObject")
    EmbeddingsUsage = _Deferred_(globals(), "..models.embeddings_usage", "EmbeddingsUsage")
