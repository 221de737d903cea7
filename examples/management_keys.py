"""Key management with a management key: create a key with a limit, list, update, delete.

Against the live API this needs OPENROUTER_MANAGEMENT_KEY (it creates and deletes a real key).
"""

import os

from _setup import LIVE, connect, where

import openrouter
from openrouter.types import CreateApiKeyRequest, UpdateApiKeyRequest

print(f"Talking to {where()}.")
if LIVE and not os.environ.get("OPENROUTER_MANAGEMENT_KEY"):
    raise SystemExit("Set OPENROUTER_MANAGEMENT_KEY to run this example against the live API.")
with connect(management=True) as client:
    created = client.keys.create(body=CreateApiKeyRequest(name="example-ci", limit=1.0))
    print(f"Created {created.data.name} ({created.data.hash[:12]}...); the secret is shown once.")
    for key in openrouter.paginate(client.keys.list):
        print(f"  {key.name:20} limit={key.limit} usage={key.usage}")
    client.keys.update(created.data.hash, body=UpdateApiKeyRequest(disabled=True))
    client.keys.delete(created.data.hash)
    print("Disabled and deleted it again.")
    print(f"Balance: ${client.credits.get().remaining} left")
