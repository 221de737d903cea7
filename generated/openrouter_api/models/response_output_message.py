from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseOutputMessage(_ReadModel):
    """An assistant message.

    Attributes:
        type (Literal['message']):
        id (str):
        role (Literal['assistant']):
        content (list[ResponseOutputText | ResponseRefusalContent | ResponseUnknownContent]):
        status (str | None): `completed`, `incomplete` or `in_progress`.
        phase (None | str): `commentary` for intermediate messages, `final_answer` for the last one.
    """

    __slots__ = (
        "type",
        "id",
        "role",
        "content",
        "status",
        "phase",
        "additional_properties",
    )

    type: Literal["message"]
    id: str
    role: Literal["assistant"]
    content: list[ResponseOutputText | ResponseRefusalContent | ResponseUnknownContent]
    status: str | None
    phase: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["message"],
        id: str,
        role: Literal["assistant"],
        content: list[ResponseOutputText | ResponseRefusalContent | ResponseUnknownContent],
        status: str | None = None,
        phase: None | str = None,
    ) -> None:
        self.type = type
        self.id = id
        self.role = role
        self.content = content
        self.status = status
        self.phase = phase
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['message']"),
        ("id", "id", True, "str"),
        ("role", "role", True, "Literal['assistant']"),
        (
            "content",
            "content",
            True,
            "list[ResponseOutputText | ResponseRefusalContent | ResponseUnknownContent]",
        ),
        ("status", "status", False, "str"),
        ("phase", "phase", False, "None | str"),
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
        _new_model_.role = _json_get_("role")
        _content = _json_get_("content")
        if isinstance(_content, list):
            content: Any = []
            for _list_item_ in _content:
                content.append(_read_content_item(_list_item_))
        else:
            content = _content
        _new_model_.content = content
        _new_model_.status = _json_get_("status")
        _new_model_.phase = _json_get_("phase")
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
        "role",
        "content",
        "status",
        "phase",
    )
)


def _read_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "output_text":
            return ResponseOutputText.from_dict(data)
        if data.get("type") == "refusal":
            return ResponseRefusalContent.from_dict(data)
        return ResponseUnknownContent.from_dict(data)
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_output_text import ResponseOutputText  # noqa: E402
    from ..models.response_refusal_content import ResponseRefusalContent  # noqa: E402
    from ..models.response_unknown_content import ResponseUnknownContent  # noqa: E402
else:
    ResponseOutputText = _Deferred_(
        globals(), "..models.response_output_text", "ResponseOutputText"
    )
    ResponseRefusalContent = _Deferred_(
        globals(), "..models.response_refusal_content", "ResponseRefusalContent"
    )
    ResponseUnknownContent = _Deferred_(
        globals(), "..models.response_unknown_content", "ResponseUnknownContent"
    )
