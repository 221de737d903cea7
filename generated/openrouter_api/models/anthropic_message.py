from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..models.anthropic_stop_reason_known import AnthropicStopReasonKnown
from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class AnthropicMessage(_ReadModel):
    """A generated assistant message in the Anthropic shape, with OpenRouter extras.

    Attributes:
        id (str):
        type (Literal['message']):
        role (Literal['assistant']):
        content (list[AnthropicRedactedThinkingBlock | AnthropicServerToolUseBlock | AnthropicTextBlock |
            AnthropicThinkingBlock | AnthropicToolUseBlock | AnthropicUnknownBlock]):
        model (str):
        stop_reason (AnthropicStopReasonKnown | None | str): `end_turn`, `max_tokens`, `stop_sequence`, `tool_use`,
            `pause_turn`, `refusal`, ... (open set); null while streaming.
        stop_sequence (None | str):
        stop_details (AnthropicStopDetails | None):
        container (AnthropicContainer | None):
        usage (AnthropicUsage | None): Token counts and cost of a message.
        provider (str | None): Name of the provider that served the request.
        context_management (AnthropicMessageContextManagementType0 | None): The context edits that were applied
            (`applied_edits`).
        openrouter_metadata (None | OpenRouterMetadata): Routing diagnostics, present when the `X-OpenRouter-Metadata`
            header is `enabled`.
    """

    __slots__ = (
        "id",
        "type",
        "role",
        "content",
        "model",
        "stop_reason",
        "stop_sequence",
        "stop_details",
        "container",
        "usage",
        "provider",
        "context_management",
        "openrouter_metadata",
        "additional_properties",
    )

    id: str
    type: Literal["message"]
    role: Literal["assistant"]
    content: list[
        AnthropicRedactedThinkingBlock
        | AnthropicServerToolUseBlock
        | AnthropicTextBlock
        | AnthropicThinkingBlock
        | AnthropicToolUseBlock
        | AnthropicUnknownBlock
    ]
    model: str
    stop_reason: AnthropicStopReasonKnown | None | str
    stop_sequence: None | str
    stop_details: AnthropicStopDetails | None
    container: AnthropicContainer | None
    usage: AnthropicUsage | None
    provider: str | None
    context_management: AnthropicMessageContextManagementType0 | None
    openrouter_metadata: None | OpenRouterMetadata
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        type: Literal["message"],
        role: Literal["assistant"],
        content: list[
            AnthropicRedactedThinkingBlock
            | AnthropicServerToolUseBlock
            | AnthropicTextBlock
            | AnthropicThinkingBlock
            | AnthropicToolUseBlock
            | AnthropicUnknownBlock
        ],
        model: str,
        stop_reason: AnthropicStopReasonKnown | None | str = None,
        stop_sequence: None | str = None,
        stop_details: AnthropicStopDetails | None = None,
        container: AnthropicContainer | None = None,
        usage: AnthropicUsage | None = None,
        provider: str | None = None,
        context_management: AnthropicMessageContextManagementType0 | None = None,
        openrouter_metadata: None | OpenRouterMetadata = None,
    ) -> None:
        self.id = id
        self.type = type
        self.role = role
        self.content = content
        self.model = model
        self.stop_reason = stop_reason
        self.stop_sequence = stop_sequence
        self.stop_details = stop_details
        self.container = container
        self.usage = usage
        self.provider = provider
        self.context_management = context_management
        self.openrouter_metadata = openrouter_metadata
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", True, "str"),
        ("type", "type", True, "Literal['message']"),
        ("role", "role", True, "Literal['assistant']"),
        (
            "content",
            "content",
            True,
            "list[AnthropicRedactedThinkingBlock | AnthropicServerToolUseBlock | AnthropicTextBlock | AnthropicThinkingBlock | AnthropicToolUseBlock | AnthropicUnknownBlock]",
        ),
        ("model", "model", True, "str"),
        ("stop_reason", "stop_reason", False, "AnthropicStopReasonKnown | None | str"),
        ("stop_sequence", "stop_sequence", False, "None | str"),
        ("stop_details", "stop_details", False, "AnthropicStopDetails | None"),
        ("container", "container", False, "AnthropicContainer | None"),
        ("usage", "usage", False, "AnthropicUsage"),
        ("provider", "provider", False, "str"),
        (
            "context_management",
            "context_management",
            False,
            "AnthropicMessageContextManagementType0 | None",
        ),
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
        _new_model_.type = _json_get_("type")
        _new_model_.role = _json_get_("role")
        _content = _json_get_("content")
        if isinstance(_content, list):
            content: Any = []
            for _list_item_ in _content:
                content.append(_read_content_item(_list_item_))
        else:
            content = _content
        _new_model_.content = content
        _new_model_.model = _json_get_("model")
        _stop_reason = _json_get_("stop_reason")
        stop_reason: Any = (
            AnthropicStopReasonKnown._value2member_map_.get(_stop_reason, _stop_reason)
            if isinstance(_stop_reason, str)
            else _stop_reason
        )
        _new_model_.stop_reason = stop_reason
        _new_model_.stop_sequence = _json_get_("stop_sequence")
        _stop_details = _json_get_("stop_details")
        stop_details: Any = (
            AnthropicStopDetails.from_dict(_stop_details)
            if isinstance(_stop_details, dict)
            else _stop_details
        )
        _new_model_.stop_details = stop_details
        _container = _json_get_("container")
        container: Any = (
            AnthropicContainer.from_dict(_container) if isinstance(_container, dict) else _container
        )
        _new_model_.container = container
        _usage = _json_get_("usage")
        usage: Any = AnthropicUsage.from_dict(_usage) if isinstance(_usage, dict) else _usage
        _new_model_.usage = usage
        _new_model_.provider = _json_get_("provider")
        _context_management = _json_get_("context_management")
        context_management: Any = (
            AnthropicMessageContextManagementType0.from_dict(_context_management)
            if isinstance(_context_management, dict)
            else _context_management
        )
        _new_model_.context_management = context_management
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
        "type",
        "role",
        "content",
        "model",
        "stop_reason",
        "stop_sequence",
        "stop_details",
        "container",
        "usage",
        "provider",
        "context_management",
        "openrouter_metadata",
    )
)


def _read_content_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "text":
            return AnthropicTextBlock.from_dict(data)
        if data.get("type") == "thinking":
            return AnthropicThinkingBlock.from_dict(data)
        if data.get("type") == "redacted_thinking":
            return AnthropicRedactedThinkingBlock.from_dict(data)
        if data.get("type") == "tool_use":
            return AnthropicToolUseBlock.from_dict(data)
        if data.get("type") == "server_tool_use":
            return AnthropicServerToolUseBlock.from_dict(data)
        return AnthropicUnknownBlock.from_dict(data)
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.anthropic_container import AnthropicContainer  # noqa: E402
    from ..models.anthropic_message_context_management_type_0 import (
        AnthropicMessageContextManagementType0,  # noqa: E402
    )
    from ..models.anthropic_redacted_thinking_block import AnthropicRedactedThinkingBlock  # noqa: E402
    from ..models.anthropic_server_tool_use_block import AnthropicServerToolUseBlock  # noqa: E402
    from ..models.anthropic_stop_details import AnthropicStopDetails  # noqa: E402
    from ..models.anthropic_text_block import AnthropicTextBlock  # noqa: E402
    from ..models.anthropic_thinking_block import AnthropicThinkingBlock  # noqa: E402
    from ..models.anthropic_tool_use_block import AnthropicToolUseBlock  # noqa: E402
    from ..models.anthropic_unknown_block import AnthropicUnknownBlock  # noqa: E402
    from ..models.anthropic_usage import AnthropicUsage  # noqa: E402
    from ..models.open_router_metadata import OpenRouterMetadata  # noqa: E402
else:
    AnthropicContainer = _Deferred_(globals(), "..models.anthropic_container", "AnthropicContainer")
    AnthropicMessageContextManagementType0 = _Deferred_(
        globals(),
        "..models.anthropic_message_context_management_type_0",
        "AnthropicMessageContextManagementType0",
    )
    AnthropicRedactedThinkingBlock = _Deferred_(
        globals(), "..models.anthropic_redacted_thinking_block", "AnthropicRedactedThinkingBlock"
    )
    AnthropicServerToolUseBlock = _Deferred_(
        globals(), "..models.anthropic_server_tool_use_block", "AnthropicServerToolUseBlock"
    )
    AnthropicStopDetails = _Deferred_(
        globals(), "..models.anthropic_stop_details", "AnthropicStopDetails"
    )
    AnthropicTextBlock = _Deferred_(
        globals(), "..models.anthropic_text_block", "AnthropicTextBlock"
    )
    AnthropicThinkingBlock = _Deferred_(
        globals(), "..models.anthropic_thinking_block", "AnthropicThinkingBlock"
    )
    AnthropicToolUseBlock = _Deferred_(
        globals(), "..models.anthropic_tool_use_block", "AnthropicToolUseBlock"
    )
    AnthropicUnknownBlock = _Deferred_(
        globals(), "..models.anthropic_unknown_block", "AnthropicUnknownBlock"
    )
    AnthropicUsage = _Deferred_(globals(), "..models.anthropic_usage", "AnthropicUsage")
    OpenRouterMetadata = _Deferred_(
        globals(), "..models.open_router_metadata", "OpenRouterMetadata"
    )
