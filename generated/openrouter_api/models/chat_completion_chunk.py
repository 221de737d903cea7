from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ChatCompletionChunk(_ReadModel):
    """One server-sent event of a streamed chat completion.

    Attributes:
        id (str):
        object (Literal['chat.completion.chunk']):
        created (int):
        model (str):
        choices (list[ChatCompletionChunkChoice]): Empty in the final usage chunk and in the debug chunk.
        provider (str | None):
        system_fingerprint (None | str):
        usage (ChatUsage | None): Token counts from the model's own tokenizer, and what the request cost.
        service_tier (None | str):
        error (ChatCompletionError | None): A failure reported inside a 200 response (a failed choice, or a mid-stream
            error chunk).
        debug (ChatCompletionChunkDebug | None): Debug data of the first chunk when `debug.echo_upstream_body` is set.
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
        "error",
        "debug",
        "openrouter_metadata",
        "additional_properties",
    )

    id: str
    object: Literal["chat.completion.chunk"]
    created: int
    model: str
    choices: list[ChatCompletionChunkChoice]
    provider: str | None
    system_fingerprint: None | str
    usage: ChatUsage | None
    service_tier: None | str
    error: ChatCompletionError | None
    debug: ChatCompletionChunkDebug | None
    openrouter_metadata: None | OpenRouterMetadata
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        object: Literal["chat.completion.chunk"],
        created: int,
        model: str,
        choices: list[ChatCompletionChunkChoice],
        provider: str | None = None,
        system_fingerprint: None | str = None,
        usage: ChatUsage | None = None,
        service_tier: None | str = None,
        error: ChatCompletionError | None = None,
        debug: ChatCompletionChunkDebug | None = None,
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
        self.error = error
        self.debug = debug
        self.openrouter_metadata = openrouter_metadata
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("object", "object", True, "Literal['chat.completion.chunk']"),
        ("created", "created", True, "int"),
        ("model", "model", True, "str"),
        ("choices", "choices", True, "list[ChatCompletionChunkChoice]"),
        ("provider", "provider", False, "str"),
        ("system_fingerprint", "system_fingerprint", False, "None | str"),
        ("usage", "usage", False, "ChatUsage"),
        ("service_tier", "service_tier", False, "None | str"),
        ("error", "error", False, "ChatCompletionError"),
        ("debug", "debug", False, "ChatCompletionChunkDebug"),
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
                    ChatCompletionChunkChoice.from_dict(_list_item_)
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
        _error = _json_get_("error")
        error: Any = ChatCompletionError.from_dict(_error) if isinstance(_error, dict) else _error
        _new_model_.error = error
        _debug = _json_get_("debug")
        debug: Any = (
            ChatCompletionChunkDebug.from_dict(_debug) if isinstance(_debug, dict) else _debug
        )
        _new_model_.debug = debug
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
        "error",
        "debug",
        "openrouter_metadata",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.chat_completion_chunk_choice import ChatCompletionChunkChoice  # noqa: E402
    from ..models.chat_completion_chunk_debug import ChatCompletionChunkDebug  # noqa: E402
    from ..models.chat_completion_error import ChatCompletionError  # noqa: E402
    from ..models.chat_usage import ChatUsage  # noqa: E402
    from ..models.open_router_metadata import OpenRouterMetadata  # noqa: E402
else:
    ChatCompletionChunkChoice = _Deferred_(
        globals(), "..models.chat_completion_chunk_choice", "ChatCompletionChunkChoice"
    )
    ChatCompletionChunkDebug = _Deferred_(
        globals(), "..models.chat_completion_chunk_debug", "ChatCompletionChunkDebug"
    )
    ChatCompletionError = _Deferred_(
        globals(), "..models.chat_completion_error", "ChatCompletionError"
    )
    ChatUsage = _Deferred_(globals(), "..models.chat_usage", "ChatUsage")
    OpenRouterMetadata = _Deferred_(
        globals(), "..models.open_router_metadata", "OpenRouterMetadata"
    )
