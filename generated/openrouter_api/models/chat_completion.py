from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ChatCompletion(_ReadModel):
    """A finished (non-streamed) chat completion.

    Attributes:
        id (str): The generation id (`gen-...`).
        object (Literal['chat.completion']):
        created (int): Unix time in seconds.
        model (str): The model that actually answered (may be a fallback).
        choices (list[ChatCompletionChoice]):
        provider (str | None): The provider that served the request.
        system_fingerprint (None | str):
        usage (ChatUsage | None): Token counts from the model's own tokenizer, and what the request cost.
        service_tier (None | str): The tier the upstream provider reports having used.
        openrouter_metadata (None | OpenRouterMetadata):
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
        "service_tier",
        "openrouter_metadata",
        "additional_properties",
    )

    id: str
    object: Literal["chat.completion"]
    created: int
    model: str
    choices: list[ChatCompletionChoice]
    provider: str | None
    system_fingerprint: None | str
    usage: ChatUsage | None
    service_tier: None | str
    openrouter_metadata: None | OpenRouterMetadata
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object: Literal["chat.completion"],
        created: int,
        model: str,
        choices: list[ChatCompletionChoice],
        provider: str | None = None,
        system_fingerprint: None | str = None,
        usage: ChatUsage | None = None,
        service_tier: None | str = None,
        openrouter_metadata: None | OpenRouterMetadata = None,
    ) -> None:
        self.id = id
        self.object = object
        self.created = created
        self.model = model
        self.choices = choices
        self.provider = provider
        self.system_fingerprint = system_fingerprint
        self.usage = usage
        self.service_tier = service_tier
        self.openrouter_metadata = openrouter_metadata
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("object", "object", True, "Literal['chat.completion']"),
        ("created", "created", True, "int"),
        ("model", "model", True, "str"),
        ("choices", "choices", True, "list[ChatCompletionChoice]"),
        ("provider", "provider", False, "str"),
        ("system_fingerprint", "system_fingerprint", False, "None | str"),
        ("usage", "usage", False, "ChatUsage"),
        ("service_tier", "service_tier", False, "None | str"),
        ("openrouter_metadata", "openrouter_metadata", False, "None | OpenRouterMetadata"),
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
                    ChatCompletionChoice.from_dict(_list_item_)
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
        _new_model_.service_tier = _json_get_("service_tier")
        _openrouter_metadata = _json_get_("openrouter_metadata")
        openrouter_metadata: Any = (
            OpenRouterMetadata.from_dict(_openrouter_metadata)
            if isinstance(_openrouter_metadata, dict)
            else _openrouter_metadata
        )
        _new_model_.openrouter_metadata = openrouter_metadata
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
        "service_tier",
        "openrouter_metadata",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.chat_completion_choice import ChatCompletionChoice  # noqa: E402
    from ..models.chat_usage import ChatUsage  # noqa: E402
    from ..models.open_router_metadata import OpenRouterMetadata  # noqa: E402
else:
    ChatCompletionChoice = _Deferred_(
        globals(), "..models.chat_completion_choice", "ChatCompletionChoice"
    )
    ChatUsage = _Deferred_(globals(), "..models.chat_usage", "ChatUsage")
    OpenRouterMetadata = _Deferred_(
        globals(), "..models.open_router_metadata", "OpenRouterMetadata"
    )
