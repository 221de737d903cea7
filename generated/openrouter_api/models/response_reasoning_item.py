from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseReasoningItem(_ReadModel):
    """The model's reasoning; send it back in later turns to keep the chain of thought.

    Attributes:
        type (Literal['reasoning']):
        id (str):
        summary (list[ResponseReasoningSummaryText]):
        content (list[ResponseReasoningText] | None):
        encrypted_content (None | str): Opaque reasoning to pass back unchanged.
        status (str | None):
        format (None | str): Provider format of the reasoning, such as `openai-responses-v1` or `anthropic-claude-v1`
            (open set).
        signature (None | str):
    """

    __slots__ = (
        "type",
        "id",
        "summary",
        "content",
        "encrypted_content",
        "status",
        "format",
        "signature",
        "additional_properties",
    )

    type: Literal["reasoning"]
    id: str
    summary: list[ResponseReasoningSummaryText]
    content: list[ResponseReasoningText] | None
    encrypted_content: None | str
    status: str | None
    format: None | str
    signature: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["reasoning"],
        id: str,
        summary: list[ResponseReasoningSummaryText],
        content: list[ResponseReasoningText] | None = None,
        encrypted_content: None | str = None,
        status: str | None = None,
        format: None | str = None,
        signature: None | str = None,
    ) -> None:
        self.type = type
        self.id = id
        self.summary = summary
        self.content = content
        self.encrypted_content = encrypted_content
        self.status = status
        self.format = format
        self.signature = signature
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['reasoning']"),
        ("id", "id", True, "str"),
        ("summary", "summary", True, "list[ResponseReasoningSummaryText]"),
        ("content", "content", False, "list[ResponseReasoningText] | None"),
        ("encrypted_content", "encrypted_content", False, "None | str"),
        ("status", "status", False, "str"),
        ("format", "format", False, "None | str"),
        ("signature", "signature", False, "None | str"),
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
        _new_model_.id = _json_get_("id")
        _summary = _json_get_("summary")
        if isinstance(_summary, list):
            summary: Any = []
            for _list_item_ in _summary:
                summary.append(
                    ResponseReasoningSummaryText.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            summary = _summary
        _new_model_.summary = summary
        _content = _json_get_("content")
        content: Any = _read_content(_content)
        _new_model_.content = content
        _new_model_.encrypted_content = _json_get_("encrypted_content")
        _new_model_.status = _json_get_("status")
        _new_model_.format = _json_get_("format")
        _new_model_.signature = _json_get_("signature")
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
        "id",
        "summary",
        "content",
        "encrypted_content",
        "status",
        "format",
        "signature",
    )
)


def _read_content(data: Any) -> Any:
    if isinstance(data, list):
        return (
            [ResponseReasoningText.from_dict(i0) if isinstance(i0, dict) else i0 for i0 in data]
            if isinstance(data, list)
            else data
        )
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_reasoning_summary_text import ResponseReasoningSummaryText  # noqa: E402
    from ..models.response_reasoning_text import ResponseReasoningText  # noqa: E402
else:
    ResponseReasoningSummaryText = _Deferred_(
        globals(), "..models.response_reasoning_summary_text", "ResponseReasoningSummaryText"
    )
    ResponseReasoningText = _Deferred_(
        globals(), "..models.response_reasoning_text", "ResponseReasoningText"
    )
