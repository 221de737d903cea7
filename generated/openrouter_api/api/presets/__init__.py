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

__all__ = ["PresetsResource", "AsyncPresetsResource"]

_CREATE_PRESET_FROM_CHAT_COMPLETIONS = Operation(
    id="create_preset_from_chat_completions",
    tag="presets",
    method="POST",
    path="/presets/{slug}/chat/completions",
    requires_auth=True,
)
_CREATE_PRESET_FROM_MESSAGES = Operation(
    id="create_preset_from_messages",
    tag="presets",
    method="POST",
    path="/presets/{slug}/messages",
    requires_auth=True,
)
_CREATE_PRESET_FROM_RESPONSES = Operation(
    id="create_preset_from_responses",
    tag="presets",
    method="POST",
    path="/presets/{slug}/responses",
    requires_auth=True,
)
_GET_PRESET = Operation(
    id="get_preset",
    tag="presets",
    method="GET",
    path="/presets/{slug}",
    requires_auth=True,
)
_GET_PRESET_VERSION = Operation(
    id="get_preset_version",
    tag="presets",
    method="GET",
    path="/presets/{slug}/versions/{version}",
    requires_auth=True,
)
_LIST_PRESET_VERSIONS = Operation(
    id="list_preset_versions",
    tag="presets",
    method="GET",
    path="/presets/{slug}/versions",
    requires_auth=True,
)
_LIST_PRESETS = Operation(
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
        """Save a chat-completions request body as a new preset version. (`POST /presets/{slug}/chat/completions`, operation `create_preset_from_chat_completions`)."""
        from . import create_preset_from_chat_completions as _operation

        return self._transport.request(
            _CREATE_PRESET_FROM_CHAT_COMPLETIONS,
            _operation._get_kwargs(
                slug=slug,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def create_from_messages(
        self,
        slug: str,
        *,
        body: PresetMessagesConfig,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Save an Anthropic messages request body as a new preset version. (`POST /presets/{slug}/messages`, operation `create_preset_from_messages`)."""
        from . import create_preset_from_messages as _operation

        return self._transport.request(
            _CREATE_PRESET_FROM_MESSAGES,
            _operation._get_kwargs(
                slug=slug,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def create_from_responses(
        self,
        slug: str,
        *,
        body: PresetResponsesConfig,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Save a Responses API request body as a new preset version. (`POST /presets/{slug}/responses`, operation `create_preset_from_responses`)."""
        from . import create_preset_from_responses as _operation

        return self._transport.request(
            _CREATE_PRESET_FROM_RESPONSES,
            _operation._get_kwargs(
                slug=slug,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    def get(
        self,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Fetch a preset together with its designated version. (`GET /presets/{slug}`, operation `get_preset`)."""
        from . import get_preset as _operation

        return self._transport.request(
            _GET_PRESET,
            _operation._get_kwargs(
                slug=slug,
            ),
            _operation._parse_ok,
            options,
        )

    def get_version(
        self,
        slug: str,
        version: str,
        **options: Unpack[RequestOptions],
    ) -> PresetVersionResponse:
        """Fetch one version of a preset by its number. (`GET /presets/{slug}/versions/{version}`, operation `get_preset_version`)."""
        from . import get_preset_version as _operation

        return self._transport.request(
            _GET_PRESET_VERSION,
            _operation._get_kwargs(
                slug=slug,
                version=version,
            ),
            _operation._parse_ok,
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
        """List the versions of a preset, oldest first. (`GET /presets/{slug}/versions`, operation `list_preset_versions`)."""
        from . import list_preset_versions as _operation

        return self._transport.request(
            _LIST_PRESET_VERSIONS,
            _operation._get_kwargs(
                slug=slug,
                offset=offset,
                limit=limit,
            ),
            _operation._parse_ok,
            options,
        )

    def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PresetListResponse:
        """List your presets, most recently updated first. (`GET /presets`, operation `list_presets`)."""
        from . import list_presets as _operation

        return self._transport.request(
            _LIST_PRESETS,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
            ),
            _operation._parse_ok,
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
        """Save a chat-completions request body as a new preset version. (`POST /presets/{slug}/chat/completions`, operation `create_preset_from_chat_completions`)."""
        from . import create_preset_from_chat_completions as _operation

        return await self._transport.request(
            _CREATE_PRESET_FROM_CHAT_COMPLETIONS,
            _operation._get_kwargs(
                slug=slug,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def create_from_messages(
        self,
        slug: str,
        *,
        body: PresetMessagesConfig,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Save an Anthropic messages request body as a new preset version. (`POST /presets/{slug}/messages`, operation `create_preset_from_messages`)."""
        from . import create_preset_from_messages as _operation

        return await self._transport.request(
            _CREATE_PRESET_FROM_MESSAGES,
            _operation._get_kwargs(
                slug=slug,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def create_from_responses(
        self,
        slug: str,
        *,
        body: PresetResponsesConfig,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Save a Responses API request body as a new preset version. (`POST /presets/{slug}/responses`, operation `create_preset_from_responses`)."""
        from . import create_preset_from_responses as _operation

        return await self._transport.request(
            _CREATE_PRESET_FROM_RESPONSES,
            _operation._get_kwargs(
                slug=slug,
                body=body,
            ),
            _operation._parse_ok,
            options,
        )

    async def get(
        self,
        slug: str,
        **options: Unpack[RequestOptions],
    ) -> PresetResponse:
        """Fetch a preset together with its designated version. (`GET /presets/{slug}`, operation `get_preset`)."""
        from . import get_preset as _operation

        return await self._transport.request(
            _GET_PRESET,
            _operation._get_kwargs(
                slug=slug,
            ),
            _operation._parse_ok,
            options,
        )

    async def get_version(
        self,
        slug: str,
        version: str,
        **options: Unpack[RequestOptions],
    ) -> PresetVersionResponse:
        """Fetch one version of a preset by its number. (`GET /presets/{slug}/versions/{version}`, operation `get_preset_version`)."""
        from . import get_preset_version as _operation

        return await self._transport.request(
            _GET_PRESET_VERSION,
            _operation._get_kwargs(
                slug=slug,
                version=version,
            ),
            _operation._parse_ok,
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
        """List the versions of a preset, oldest first. (`GET /presets/{slug}/versions`, operation `list_preset_versions`)."""
        from . import list_preset_versions as _operation

        return await self._transport.request(
            _LIST_PRESET_VERSIONS,
            _operation._get_kwargs(
                slug=slug,
                offset=offset,
                limit=limit,
            ),
            _operation._parse_ok,
            options,
        )

    async def list(
        self,
        *,
        offset: int | Unset = UNSET,
        limit: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PresetListResponse:
        """List your presets, most recently updated first. (`GET /presets`, operation `list_presets`)."""
        from . import list_presets as _operation

        return await self._transport.request(
            _LIST_PRESETS,
            _operation._get_kwargs(
                offset=offset,
                limit=limit,
            ),
            _operation._parse_ok,
            options,
        )
