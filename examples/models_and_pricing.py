"""The model catalogue: filter models, show prices per million tokens, estimate a call's cost."""

from decimal import Decimal

from _setup import MODEL, connect, where

print(f"Talking to {where()}.")
with connect() as client:
    listing = client.models.list()
    print(f"{len(listing.data)} models; the first five:")
    for model in listing.data[:5]:
        per_million = (Decimal(model.pricing.prompt) * 1_000_000).normalize()
        print(f"  {model.id:45} {model.context_length:>8} ctx  ${per_million:f}/M input")
    cost = client.models.estimate_cost(MODEL, prompt_tokens=2_000, completion_tokens=500)
    print(f"A 2,000 + 500 token call to {MODEL} costs about ${cost:f}")
    endpoints = client.models.endpoints(MODEL)
    print(f"{MODEL} is served by {len(endpoints.data.endpoints)} endpoint(s).")
