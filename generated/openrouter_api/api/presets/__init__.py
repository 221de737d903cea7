"""Resources for the operations tagged "presets" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.chat_completion_request import ChatCompletionRequest
    from ...models.preset_list_response import PresetListResponse
    from ...models.preset_messages_config import PresetMessagesConfig
    from ...models.preset_response import PresetResponse
    from ...models.preset_responses_config import PresetResponsesConfig
    from ...models.preset_version_list_response import PresetVersionListResponse
    from ...models.preset_version_response import PresetVersionResponse

__all__ = [
    "PresetsResource",
    "AsyncPresetsResource",
    "CREATE_PRESET_FROM_CHAT_COMPLETIONS",
    "CREATE_PRESET_FROM_MESSAGES",
    "CREATE_PRESET_FROM_RESPONSES",
    "GET_PRESET",
    "GET_PRESET_VERSION",
    "LIST_PRESET_VERSIONS",
    "LIST_PRESETS",
]

CREATE_PRESET_FROM_CHAT_COMPLETIONS = Operation(
    id="create_preset_from_chat_completions",
    tag="presets",
    method="POST",
    path="/presets/{slug}/chat/completions",
    requires_auth=True,
)
CREATE_PRESET_FROM_MESSAGES = Operation(
    id="create_preset_from_messages",
    tag="presets",
    method="POST",
    path="/presets/{slug}/messages",
    requires_auth=True,
)
CREATE_PRESET_FROM_RESPONSES = Operation(
    id="create_preset_from_responses",
    tag="presets",
    method="POST",
    path="/presets/{slug}/responses",
    requires_auth=True,
)
GET_PRESET = Operation(
    id="get_preset",
    tag="presets",
    method="GET",
    path="/presets/{slug}",
    requires_auth=True,
)
GET_PRESET_VERSION = Operation(
    id="get_preset_version",
    tag="presets",
    method="GET",
    path="/presets/{slug}/versions/{version}",
    requires_auth=True,
)
LIST_PRESET_VERSIONS = Operation(
    id="list_preset_versions",
    tag="presets",
    method="GET",
    path="/presets/{slug}/versions",
    requires_auth=True,
)
LIST_PRESETS = Operation(
    id="list_presets",
    tag="presets",
    method="GET",
    path="/presets",
    requires_auth=True,
)


class PresetsResource:
    """Operations tagged "presets"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create_from_chat_completions(
        self,
        slug: str,
        *,
        body: ChatCompletionRequest,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Save a chat-completions request body as a new preset version. (`POST /presets/{slug}/chat/completions`, operation `create_preset_from_chat_completions`).

        Creates the preset when the slug is new, otherwise adds a version to it, taking the
        settings from a chat-completions request body. Nothing is sent to a model: fields that
        are not preset settings (such as `messages` or `stream`) are ignored.

        Args:
            slug (str):
            body (ChatCompletionRequest): Body of `POST /chat/completions`. Only `messages` is
                required; without `model` the
                account's default model is used. Parameters a chosen provider does not support are
                dropped silently unless `provider.require_parameters` is true.
        """
        from . import create_preset_from_chat_completions as _operation

        return self._transport.request(
            CREATE_PRESET_FROM_CHAT_COMPLETIONS,
            _operation.build_request(
                slug=slug,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def create_from_messages(
        self,
        slug: str,
        *,
        body: PresetMessagesConfig,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Save an Anthropic messages request body as a new preset version. (`POST /presets/{slug}/messages`, operation `create_preset_from_messages`).

        Like the chat-completions variant, but reads the settings from an Anthropic Messages
        request body. No inference is run; non-preset fields are ignored.

        Args:
            slug (str):
            body (PresetMessagesConfig): An Anthropic Messages request body; only its preset
                settings are kept.
        """
        from . import create_preset_from_messages as _operation

        return self._transport.request(
            CREATE_PRESET_FROM_MESSAGES,
            _operation.build_request(
                slug=slug,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def create_from_responses(
        self,
        slug: str,
        *,
        body: PresetResponsesConfig,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Save a Responses API request body as a new preset version. (`POST /presets/{slug}/responses`, operation `create_preset_from_responses`).

        Like the chat-completions variant, but reads the settings from a Responses API request
        body. No inference is run; non-preset fields (such as `input`) are ignored.

        Args:
            slug (str):
            body (PresetResponsesConfig): A Responses API request body; only its preset settings are
                kept.
        """
        from . import create_preset_from_responses as _operation

        return self._transport.request(
            CREATE_PRESET_FROM_RESPONSES,
            _operation.build_request(
                slug=slug,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    def get(
        self,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Fetch a preset together with its designated version. (`GET /presets/{slug}`, operation `get_preset`).

        Args:
            slug (str):
        """
        from . import get_preset as _operation

        return self._transport.request(
            GET_PRESET,
            _operation.build_request(
                slug=slug,
            ),
            _operation.parse_response,
            options,
        )

    def get_version(
        self,
        slug: str,
        version: str,
        **options: Unpack[RequestOptions],
    ) -> PresetVersionResponse:
        """Fetch one version of a preset by its number. (`GET /presets/{slug}/versions/{version}`, operation `get_preset_version`).

        Args:
            slug (str):
            version (str):
        """
        from . import get_preset_version as _operation

        return self._transport.request(
            GET_PRESET_VERSION,
            _operation.build_request(
                slug=slug,
                version=version,
            ),
            _operation.parse_response,
            options,
        )

    def list_versions(
        self,
        slug: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PresetVersionListResponse:
        """List the versions of a preset, oldest first. (`GET /presets/{slug}/versions`, operation `list_preset_versions`).

        Args:
            slug (str):
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_preset_versions as _operation

        return self._transport.request(
            LIST_PRESET_VERSIONS,
            _operation.build_request(
                slug=slug,
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PresetListResponse:
        """List your presets, most recently updated first. (`GET /presets`, operation `list_presets`).

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_presets as _operation

        return self._transport.request(
            LIST_PRESETS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )


class AsyncPresetsResource:
    """Awaitable operations tagged "presets"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create_from_chat_completions(
        self,
        slug: str,
        *,
        body: ChatCompletionRequest,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Save a chat-completions request body as a new preset version. (`POST /presets/{slug}/chat/completions`, operation `create_preset_from_chat_completions`).

        Creates the preset when the slug is new, otherwise adds a version to it, taking the
        settings from a chat-completions request body. Nothing is sent to a model: fields that
        are not preset settings (such as `messages` or `stream`) are ignored.

        Args:
            slug (str):
            body (ChatCompletionRequest): Body of `POST /chat/completions`. Only `messages` is
                required; without `model` the
                account's default model is used. Parameters a chosen provider does not support are
                dropped silently unless `provider.require_parameters` is true.
        """
        from . import create_preset_from_chat_completions as _operation

        return await self._transport.request(
            CREATE_PRESET_FROM_CHAT_COMPLETIONS,
            _operation.build_request(
                slug=slug,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def create_from_messages(
        self,
        slug: str,
        *,
        body: PresetMessagesConfig,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Save an Anthropic messages request body as a new preset version. (`POST /presets/{slug}/messages`, operation `create_preset_from_messages`).

        Like the chat-completions variant, but reads the settings from an Anthropic Messages
        request body. No inference is run; non-preset fields are ignored.

        Args:
            slug (str):
            body (PresetMessagesConfig): An Anthropic Messages request body; only its preset
                settings are kept.
        """
        from . import create_preset_from_messages as _operation

        return await self._transport.request(
            CREATE_PRESET_FROM_MESSAGES,
            _operation.build_request(
                slug=slug,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def create_from_responses(
        self,
        slug: str,
        *,
        body: PresetResponsesConfig,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Save a Responses API request body as a new preset version. (`POST /presets/{slug}/responses`, operation `create_preset_from_responses`).

        Like the chat-completions variant, but reads the settings from a Responses API request
        body. No inference is run; non-preset fields (such as `input`) are ignored.

        Args:
            slug (str):
            body (PresetResponsesConfig): A Responses API request body; only its preset settings are
                kept.
        """
        from . import create_preset_from_responses as _operation

        return await self._transport.request(
            CREATE_PRESET_FROM_RESPONSES,
            _operation.build_request(
                slug=slug,
                body=body,
            ),
            _operation.parse_response,
            options,
        )

    async def get(
        self,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Fetch a preset together with its designated version. (`GET /presets/{slug}`, operation `get_preset`).

        Args:
            slug (str):
        """
        from . import get_preset as _operation

        return await self._transport.request(
            GET_PRESET,
            _operation.build_request(
                slug=slug,
            ),
            _operation.parse_response,
            options,
        )

    async def get_version(
        self,
        slug: str,
        version: str,
        **options: Unpack[RequestOptions],
    ) -> PresetVersionResponse:
        """Fetch one version of a preset by its number. (`GET /presets/{slug}/versions/{version}`, operation `get_preset_version`).

        Args:
            slug (str):
            version (str):
        """
        from . import get_preset_version as _operation

        return await self._transport.request(
            GET_PRESET_VERSION,
            _operation.build_request(
                slug=slug,
                version=version,
            ),
            _operation.parse_response,
            options,
        )

    async def list_versions(
        self,
        slug: str,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PresetVersionListResponse:
        """List the versions of a preset, oldest first. (`GET /presets/{slug}/versions`, operation `list_preset_versions`).

        Args:
            slug (str):
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_preset_versions as _operation

        return await self._transport.request(
            LIST_PRESET_VERSIONS,
            _operation.build_request(
                slug=slug,
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )

    async def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PresetListResponse:
        """List your presets, most recently updated first. (`GET /presets`, operation `list_presets`).

        Args:
            offset (int | Unset):
            limit (int | Unset):
        """
        from . import list_presets as _operation

        return await self._transport.request(
            LIST_PRESETS,
            _operation.build_request(
                offset=offset,
                limit=limit,
            ),
            _operation.parse_response,
            options,
        )
