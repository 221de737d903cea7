from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class RerankResponse(_ReadModel):
    """Documents sorted from most to least relevant.

    Attributes:
        model (str):
        results (list[RerankResult]):
        id (str | None): Generation id of the request.
        provider (str | None): Name of the provider that served the request.
        usage (RerankUsage | None):
    """

    __slots__ = (
        "model",
        "results",
        "id",
        "provider",
        "usage",
        "additional_properties",
    )

    model: str
    results: list[RerankResult]
    id: str | None
    provider: str | None
    usage: RerankUsage | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        results: list[RerankResult],
        id: str | None = None,
        provider: str | None = None,
        usage: RerankUsage | None = None,
    ) -> None:
        self.model = model
        self.results = results
        self.id = id
        self.provider = provider
        self.usage = usage
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("model", "model", True, "str"),
        ("results", "results", True, "list[RerankResult]"),
        ("id", "id", False, "str"),
        ("provider", "provider", False, "str"),
        ("usage", "usage", False, "RerankUsage"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.model = _json_get_("model")
        _results = _json_get_("results")
        if isinstance(_results, list):
            results: Any = []
            for _list_item_ in _results:
                results.append(
                    RerankResult.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            results = _results
        _new_model_.results = results
        _new_model_.id = _json_get_("id")
        _new_model_.provider = _json_get_("provider")
        _usage = _json_get_("usage")
        usage: Any = RerankUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
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
        "model",
        "results",
        "id",
        "provider",
        "usage",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.rerank_result import RerankResult  # noqa: E402
    from ..models.rerank_usage import RerankUsage  # noqa: E402
else:
    RerankResult = _Deferred_(globals(), "..models.rerank_result", "RerankResult")
    RerankUsage = _Deferred_(globals(), "..models.rerank_usage", "RerankUsage")
