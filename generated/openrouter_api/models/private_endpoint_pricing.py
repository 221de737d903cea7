from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel


class PrivateEndpointPricing(_ReadModel):
    """Negotiated USD rates per token, as decimal strings. A cache rate left out is taken from the
    public endpoint of the same model and provider when there is one.

        Attributes:
            prompt (str): USD per prompt token.
            completion (str): USD per completion token.
            cache_read (str | None): USD per cache-read prompt token.
            cache_write (str | None): USD per cache-write prompt token.
    """

    __slots__ = (
        "prompt",
        "completion",
        "cache_read",
        "cache_write",
        "additional_properties",
    )

    prompt: str
    completion: str
    cache_read: str | None
    cache_write: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt: str,
        completion: str,
        cache_read: str | None = None,
        cache_write: str | None = None,
    ) -> None:
        self.prompt = prompt
        self.completion = completion
        self.cache_read = cache_read
        self.cache_write = cache_write
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("prompt", "prompt", True, "str"),
        ("completion", "completion", True, "str"),
        ("cache_read", "cache_read", False, "str"),
        ("cache_write", "cache_write", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        d = dict(src_dict)
        prompt = d.pop("prompt", None)
        completion = d.pop("completion", None)
        cache_read = d.pop("cache_read", None)
        cache_write = d.pop("cache_write", None)
        private_endpoint_pricing = cls(
            prompt=prompt,
            completion=completion,
            cache_read=cache_read,
            cache_write=cache_write,
        )
        private_endpoint_pricing.additional_properties = d
        return private_endpoint_pricing

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
