"""Resources for the operations tagged "classifications" (sync and async twins).

Operation modules are imported on first call, so loading a resource stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Unpack

from ...types import UNSET, Unset
from .. import AsyncTransport, Operation, RequestOptions, SyncTransport

if TYPE_CHECKING:
    from ...models.task_classification_window import TaskClassificationWindow
    from ...models.task_classifications_response import TaskClassificationsResponse

__all__ = ["ClassificationsResource", "AsyncClassificationsResource"]

_GET_CLASSIFICATION_TASK_SHARES = Operation(
    id="get_classification_task_shares",
    tag="classifications",
    method="GET",
    path="/classifications/task",
    requires_auth=True,
)


class ClassificationsResource:
    """Operations tagged "classifications"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def get_task_shares(
        self,
        *,
        window: TaskClassificationWindow | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TaskClassificationsResponse:
        """Share of OpenRouter traffic per task classification. (`GET /classifications/task`, operation `get_classification_task_shares`)."""
        from . import get_classification_task_shares as _operation

        return self._transport.request(
            _GET_CLASSIFICATION_TASK_SHARES,
            _operation._get_kwargs(
                window=window,
            ),
            _operation._parse_ok,
            options,
        )


class AsyncClassificationsResource:
    """Awaitable operations tagged "classifications"."""

    __slots__ = ("_transport",)

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def get_task_shares(
        self,
        *,
        window: TaskClassificationWindow | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TaskClassificationsResponse:
        """Share of OpenRouter traffic per task classification. (`GET /classifications/task`, operation `get_classification_task_shares`)."""
        from . import get_classification_task_shares as _operation

        return await self._transport.request(
            _GET_CLASSIFICATION_TASK_SHARES,
            _operation._get_kwargs(
                window=window,
            ),
            _operation._parse_ok,
            options,
        )
