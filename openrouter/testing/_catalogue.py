"""The emulator's model and provider catalogue: a few real-looking models with real-looking prices.

Prices are decimal strings in USD per token, as `/models` reports them; `CatalogueModel.price`
returns them as `Decimal` for cost maths. The JSON builders return the shapes of `/models`,
`/model/{author}/{slug}`, `/models/{author}/{slug}/endpoints` and `/providers`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

__all__ = ["DEFAULT_MODELS", "PROVIDERS", "VARIANTS", "CatalogueModel", "Provider", "find_model"]

_CHAT_PARAMETERS = (
    "max_tokens",
    "temperature",
    "top_p",
    "stop",
    "seed",
    "frequency_penalty",
    "presence_penalty",
    "response_format",
    "structured_outputs",
    "tools",
    "tool_choice",
)
_REASONING_PARAMETERS = (*_CHAT_PARAMETERS, "reasoning", "include_reasoning")


@dataclass(frozen=True, slots=True)
class Provider:
    """A provider as `/providers` lists it."""

    name: str
    slug: str
    headquarters: str
    datacenters: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The `/providers` entry."""
        site = f"https://{self.slug}.example.com"
        return {
            "name": self.name,
            "slug": self.slug,
            "privacy_policy_url": f"{site}/privacy",
            "terms_of_service_url": f"{site}/terms",
            "status_page_url": f"https://status.{self.slug}.example.com",
            "headquarters": self.headquarters,
            "datacenters": list(self.datacenters),
        }


PROVIDERS: tuple[Provider, ...] = (
    Provider("OpenAI", "openai", "US", ("US",)),
    Provider("Anthropic", "anthropic", "US", ("US",)),
    Provider("Google", "google-vertex", "US", ("US", "BE", "NL")),
    Provider("Together", "together", "US", ("US",)),
)


@dataclass(frozen=True, slots=True)
class CatalogueModel:
    """One model of the emulator's catalogue.

    Attributes:
        id: the slug used as `model` in requests.
        name: the display name.
        provider: the name of the provider that serves it (`provider` in responses).
        prompt, completion: USD per token, as decimal strings.
        context_length, max_completion_tokens: limits in tokens.
        input_modalities, output_modalities: what the model reads and writes.
        tokenizer: the tokenizer family.
        reasoning: whether the model can return reasoning.
        created: Unix time the model was added.
    """

    id: str
    name: str
    provider: str
    prompt: str
    completion: str
    context_length: int
    max_completion_tokens: int
    input_modalities: tuple[str, ...] = ("text",)
    output_modalities: tuple[str, ...] = ("text",)
    tokenizer: str = "Other"
    instruct_type: str | None = None
    reasoning: bool = False
    created: int = 1_720_000_000
    description: str = ""
    extra_pricing: Mapping[str, str] = field(default_factory=dict)

    def price(self, kind: str) -> Decimal:
        """A price as a Decimal: `prompt`, `completion` or any other pricing key (0 if absent)."""
        return Decimal(self.pricing().get(kind, "0"))

    def pricing(self) -> dict[str, str]:
        """The `pricing` object."""
        return {
            "prompt": self.prompt,
            "completion": self.completion,
            "request": "0",
            "image": "0",
            "web_search": "0",
            "internal_reasoning": "0",
            **self.extra_pricing,
        }

    def architecture(self) -> dict[str, Any]:
        """The `architecture` object."""
        return {
            "modality": "+".join(self.input_modalities) + "->" + "+".join(self.output_modalities),
            "input_modalities": list(self.input_modalities),
            "output_modalities": list(self.output_modalities),
            "tokenizer": self.tokenizer,
            "instruct_type": self.instruct_type,
        }

    def parameters(self) -> list[str]:
        """The `supported_parameters` list."""
        if "embeddings" in self.output_modalities:
            return ["dimensions", "encoding_format"]
        return list(_REASONING_PARAMETERS if self.reasoning else _CHAT_PARAMETERS)

    def to_json(self) -> dict[str, Any]:
        """The `Model` object of `/models`."""
        return {
            "id": self.id,
            "canonical_slug": self.id.split(":")[0],
            "hugging_face_id": None,
            "name": self.name,
            "created": self.created,
            "description": self.description or f"{self.name}, served by the emulator.",
            "context_length": self.context_length,
            "architecture": self.architecture(),
            "pricing": self.pricing(),
            "top_provider": {
                "context_length": self.context_length,
                "max_completion_tokens": self.max_completion_tokens,
                "is_moderated": self.provider in ("OpenAI", "Anthropic"),
            },
            "per_request_limits": None,
            "supported_parameters": self.parameters(),
            "default_parameters": {"temperature": None, "top_p": None, "frequency_penalty": None},
            "supported_voices": None,
            "knowledge_cutoff": None,
            "expiration_date": None,
            "links": {"details": f"/api/v1/models/{self.id}/endpoints"},
        }

    def endpoint_json(self) -> dict[str, Any]:
        """The one endpoint (provider) that serves this model."""
        return {
            "name": f"{self.provider} | {self.id}",
            "model_id": self.id,
            "model_name": self.name,
            "context_length": self.context_length,
            "pricing": self.pricing(),
            "provider_name": self.provider,
            "tag": self.provider.lower(),
            "quantization": "unknown",
            "max_completion_tokens": self.max_completion_tokens,
            "max_prompt_tokens": None,
            "supported_parameters": self.parameters(),
            "status": 0,
            "uptime_last_30m": 99.9,
            "supports_implicit_caching": False,
        }

    def endpoints_json(self) -> dict[str, Any]:
        """The body of `/models/{author}/{slug}/endpoints`."""
        model = self.to_json()
        return {
            "data": {
                "id": self.id,
                "name": self.name,
                "created": self.created,
                "description": model["description"],
                "architecture": model["architecture"],
                "endpoints": [self.endpoint_json()],
            }
        }


DEFAULT_MODELS: tuple[CatalogueModel, ...] = (
    CatalogueModel(
        "openai/gpt-4o-mini", "OpenAI: GPT-4o-mini", "OpenAI", "0.00000015", "0.0000006",
        128_000, 16_384, ("text", "image", "file"), tokenizer="GPT", created=1_721_260_800,
        extra_pricing={"input_cache_read": "0.000000075"},
    ),
    CatalogueModel(
        "openai/gpt-4o", "OpenAI: GPT-4o", "OpenAI", "0.0000025", "0.00001",
        128_000, 16_384, ("text", "image", "file"), tokenizer="GPT", created=1_715_367_049,
    ),
    CatalogueModel(
        "anthropic/claude-3.5-haiku", "Anthropic: Claude 3.5 Haiku", "Anthropic",
        "0.0000008", "0.000004", 200_000, 8_192, ("text", "image"), tokenizer="Claude",
        created=1_730_678_400,
    ),
    CatalogueModel(
        "anthropic/claude-sonnet-4", "Anthropic: Claude Sonnet 4", "Anthropic",
        "0.000003", "0.000015", 200_000, 64_000, ("text", "image", "file"), tokenizer="Claude",
        reasoning=True, created=1_747_930_371,
    ),
    CatalogueModel(
        "google/gemini-2.5-flash", "Google: Gemini 2.5 Flash", "Google", "0.0000003",
        "0.0000025", 1_048_576, 65_535, ("text", "image", "file", "audio", "video"),
        tokenizer="Gemini", reasoning=True, created=1_750_172_488,
    ),
    CatalogueModel(
        "google/gemini-2.5-flash-image", "Google: Gemini 2.5 Flash Image", "Google",
        "0.0000003", "0.0000025", 32_768, 8_192, ("image", "text"), ("image", "text"),
        tokenizer="Gemini", created=1_756_218_977,
    ),
    CatalogueModel(
        "meta-llama/llama-3.3-70b-instruct:free", "Meta: Llama 3.3 70B Instruct (free)",
        "Together", "0", "0", 131_072, 2_048, tokenizer="Llama3", instruct_type="llama3",
        created=1_733_506_137,
    ),
    CatalogueModel(
        "openai/text-embedding-3-small", "OpenAI: Text Embedding 3 Small", "OpenAI",
        "0.00000002", "0", 8_192, 0, ("text",), ("embeddings",), tokenizer="GPT",
        created=1_705_953_600,
    ),
)  # fmt: skip

#: Routing variants that keep the base model's prices (`:nitro`, `:floor`, ...).
VARIANTS = ("nitro", "floor", "online", "thinking", "extended", "exacto")


def find_model(models: Sequence[CatalogueModel], model_id: str) -> CatalogueModel | None:
    """The catalogue entry for a requested slug, resolving routing variants such as `:nitro`."""
    for model in models:
        if model.id == model_id:
            return model
    base, _, variant = model_id.partition(":")
    if variant in VARIANTS:
        return next((m for m in models if m.id == base), None)
    return None
