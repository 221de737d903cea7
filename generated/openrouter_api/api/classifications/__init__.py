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

__all__ = [
    "ClassificationsResource",
    "AsyncClassificationsResource",
    "GET_CLASSIFICATION_TASK_SHARES",
]

GET_CLASSIFICATION_TASK_SHARES = Operation(
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
        """Share of OpenRouter traffic per task classification. (`GET /classifications/task`, operation `get_classification_task_shares`).

        How sampled traffic splits across task classifications (such as code generation or web
        search) and their macro-categories over a trailing window, with the leading models of
        each classification.

        Args:
            window (TaskClassificationWindow | Unset):
        """
        from . import get_classification_task_shares as _operation

        return self._transport.request(
            GET_CLASSIFICATION_TASK_SHARES,
            _operation.build_request(
                window=window,
            ),
            _operation.parse_response,
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
        """Share of OpenRouter traffic per task classification. (`GET /classifications/task`, operation `get_classification_task_shares`).

        How sampled traffic splits across task classifications (such as code generation or web
        search) and their macro-categories over a trailing window, with the leading models of
        each classification.

        Args:
            window (TaskClassificationWindow | Unset):
        """
        from . import get_classification_task_shares as _operation

        return await self._transport.request(
            GET_CLASSIFICATION_TASK_SHARES,
            _operation.build_request(
                window=window,
            ),
            _operation.parse_response,
            options,
        )
