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

from ._billing import Generation, Usage
from ._catalogue import DEFAULT_MODELS, CatalogueModel
from ._core import FAKE_API_KEY, FAKE_MANAGEMENT_KEY, Emulator, RecordedRequest
from ._fake import FakeOpenRouter
from ._routes import Route, load_routes
from ._server import EmulatorServer, make_server, run_server
from ._text import count_tokens
from ._wire import Chunk, FakeRequest, Reply

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
    "Usage",
    "count_tokens",
    "load_routes",
    "make_server",
    "run_server",
]
