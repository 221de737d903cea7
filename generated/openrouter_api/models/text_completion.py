from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class TextCompletion(_ReadModel):
    """A legacy text completion (also the shape of each streamed chunk).

    Attributes:
        id (str): Generation id.
        object (Literal['text_completion']):
        created (int): Unix time in seconds.
        model (str):
        choices (list[TextCompletionChoice]):
        provider (str | None): Name of the provider that served the request.
        system_fingerprint (None | str):
        usage (ChatUsage | None): Token counts from the model's own tokenizer, and what the request cost.
    """

    __slots__ = (
        "id",
        "object",
        "created",
        "model",
        "choices",
        "provider",
        "system_fingerprint",
        "usage",
        "additional_properties",
    )

    id: str
    object: Literal["text_completion"]
    created: int
    model: str
    choices: list[TextCompletionChoice]
    provider: str | None
    system_fingerprint: None | str
    usage: ChatUsage | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object: Literal["text_completion"],
        created: int,
        model: str,
        choices: list[TextCompletionChoice],
        provider: str | None = None,
        system_fingerprint: None | str = None,
        usage: ChatUsage | None = None,
    ) -> None:
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.choices = choices
        self.provider = provider
        self.system_fingerprint = system_fingerprint
        self.usage = usage
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("object", "object", True, "Literal['text_completion']"),
        ("created", "created", True, "int"),
        ("model", "model", True, "str"),
        ("choices", "choices", True, "list[TextCompletionChoice]"),
        ("provider", "provider", False, "str"),
        ("system_fingerprint", "system_fingerprint", False, "None | str"),
        ("usage", "usage", False, "ChatUsage"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.id = _json_get_("id")
        _new_model_.object = _json_get_("object")
        _new_model_.created = _json_get_("created")
        _new_model_.model = _json_get_("model")
        _choices = _json_get_("choices")
        if isinstance(_choices, list):
            choices: Any = []
            for _list_item_ in _choices:
                choices.append(
                    TextCompletionChoice.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            choices = _choices
        _new_model_.choices = choices
        _new_model_.provider = _json_get_("provider")
        _new_model_.system_fingerprint = _json_get_("system_fingerprint")
        _usage = _json_get_("usage")
        usage: Any = ChatUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
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
        "id",
        "object",
        "created",
        "model",
        "choices",
        "provider",
        "system_fingerprint",
        "usage",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.chat_usage import ChatUsage  # noqa: E402
    from ..models.text_completion_choice import TextCompletionChoice  # noqa: E402
else:
    ChatUsage = _Deferred_(globals(), "..models.chat_usage", "ChatUsage")
    TextCompletionChoice = _Deferred_(
        globals(), "..models.text_completion_choice", "TextCompletionChoice"
    )
