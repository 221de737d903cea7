"""`openrouter.testing`: an in-process OpenRouter emulator for tests (yours and ours).

`FakeOpenRouter` is an httpx transport (sync and async) that answers every operation of the API,
checks keys, bills calls from a small model catalogue, remembers generations and keys, logs
requests and injects faults; `run_server` serves the same emulator on a loopback socket.

```python
import httpx
from openrouter import OpenRouter
from openrouter.testing import FAKE_API_KEY, FakeOpenRouter

fake = FakeOpenRouter()
client = OpenRouter(api_key=FAKE_API_KEY, http_client=httpx.Client(transport=fake))
```
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._billing import Generation, Usage
    from ._catalogue import DEFAULT_MODELS, CatalogueModel
    from ._core import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, Emulator, RecordedRequest
    from ._fake import FakeOpenRouter
    from ._recording import UnrecordableTransportError
    from ._routes import Route, load_routes
    from ._server import EmulatorServer, make_server, run_server
    from ._text import count_tokens
    from ._wire import Chunk, FakeRequest, Reply

# Loaded on first use: the pytest plugin (`openrouter.testing.pytest_plugin`) loads in every
# pytest run where the package is installed, and should not pull in the emulator until needed.
_LAZY = {
    "Generation": "._billing",
    "Usage": "._billing",
    "DEFAULT_MODELS": "._catalogue",
    "CatalogueModel": "._catalogue",
    "FAKE_API_KEY": "._core",
    "FAKE_MANAGEMENT_KEY": "._core",
    "Emulator": "._core",
    "RecordedRequest": "._core",
    "FakeOpenRouter": "._fake",
    "UnrecordableTransportError": "._recording",
    "Route": "._routes",
    "load_routes": "._routes",
    "EmulatorServer": "._server",
    "make_server": "._server",
    "run_server": "._server",
    "count_tokens": "._text",
    "Chunk": "._wire",
    "FakeRequest": "._wire",
    "Reply": "._wire",
}


def __getattr__(name: str) -> Any:
    import importlib

    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "DEFAULT_MODELS",
    "FAKE_API_KEY",
    "FAKE_MANAGEMENT_KEY",
    "CatalogueModel",
    "Chunk",
    "Emulator",
    "EmulatorServer",
    "FakeOpenRouter",
    "FakeRequest",
    "Generation",
    "RecordedRequest",
    "Reply",
    "Route",
    "UnrecordableTransportError",
    "Usage",
    "count_tokens",
    "load_routes",
    "make_server",
    "run_server",
]
