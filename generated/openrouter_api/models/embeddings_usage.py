from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class EmbeddingsUsage(_ReadModel):
    """Tokens counted and money charged for an embeddings request.

    Attributes:
        prompt_tokens (int):
        total_tokens (int):
        prompt_tokens_details (EmbeddingsPromptTokensDetails | None): Per-modality token counts; only sent for mixed-
            modality inputs when the provider reports them.
        cost (float | None): Amount charged in USD.
        is_byok (bool | None): Whether the request ran on the caller's own provider key.
        cost_details (CostDetails | None):
    """

    __slots__ = (
        "prompt_tokens",
        "total_tokens",
        "prompt_tokens_details",
        "cost",
        "is_byok",
        "cost_details",
        "additional_properties",
    )

    prompt_tokens: int
    total_tokens: int
    prompt_tokens_details: EmbeddingsPromptTokensDetails | None
    cost: float | None
    is_byok: bool | None
    cost_details: CostDetails | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt_tokens: int,
        total_tokens: int,
        prompt_tokens_details: EmbeddingsPromptTokensDetails | None = None,
        cost: float | None = None,
        is_byok: bool | None = None,
        cost_details: CostDetails | None = None,
    ) -> None:
        self.prompt_tokens = prompt_tokens
        self.total_tokens = total_tokens
        self.prompt_tokens_details = prompt_tokens_details
        self.cost = cost
        self.is_byok = is_byok
        self.cost_details = cost_details
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("prompt_tokens", "prompt_tokens", True, "int"),
        ("total_tokens", "total_tokens", True, "int"),
        ("prompt_tokens_details", "prompt_tokens_details", False, "EmbeddingsPromptTokensDetails"),
        ("cost", "cost", False, "float"),
        ("is_byok", "is_byok", False, "bool"),
        ("cost_details", "cost_details", False, "CostDetails | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.prompt_tokens = _json_get_("prompt_tokens")
        _new_model_.total_tokens = _json_get_("total_tokens")
        _prompt_tokens_details = _json_get_("prompt_tokens_details")
        prompt_tokens_details: Any = (
            EmbeddingsPromptTokensDetails.from_dict(_prompt_tokens_details)
            if isinstance(_prompt_tokens_details, dict)
            else _prompt_tokens_details
        )
        _new_model_.prompt_tokens_details = prompt_tokens_details
        _new_model_.cost = _json_get_("cost")
        _new_model_.is_byok = _json_get_("is_byok")
        _cost_details = _json_get_("cost_details")
        cost_details: Any = (
            CostDetails.from_dict(_cost_details)
            if isinstance(_cost_details, dict)
            else _cost_details
        )
        _new_model_.cost_details = cost_details
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
        "prompt_tokens",
        "total_tokens",
        "prompt_tokens_details",
        "cost",
        "is_byok",
        "cost_details",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.cost_details import CostDetails  # noqa: E402
    from ..models.embeddings_prompt_tokens_details import EmbeddingsPromptTokensDetails  # noqa: E402
else:
    CostDetails = _Deferred_(globals(), "..models.cost_details", "CostDetails")
    EmbeddingsPromptTokensDetails = _Deferred_(
        globals(), "..models.embeddings_prompt_tokens_details", "EmbeddingsPromptTokensDetails"
    )
