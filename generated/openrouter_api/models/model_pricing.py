from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ModelPricing(_ReadModel):
    """Prices as decimal strings in USD per token (or per unit where noted); "0" means free.

    Attributes:
        prompt (str): Per input token.
        completion (str): Per output token.
        request (str | None): Per request.
        image (str | None): Per input image.
        image_token (str | None): Per image token.
        image_output (str | None): Per output image.
        audio (str | None): Per audio input token.
        audio_output (str | None): Per audio output token.
        input_audio_cache (str | None): Per cached audio input token.
        input_cache_read (str | None): Per input token read from the cache.
        input_cache_write (str | None): Per token written to the cache (default lifetime).
        input_cache_write_1h (str | None): Per token written to a one-hour cache.
        internal_reasoning (str | None): Per reasoning token.
        web_search (str | None): Per web search.
        discount (float | None): Fraction taken off the listed prices (0 none, 1 free).
        overrides (list[ModelPricingOverride] | None): Conditional prices (long prompts, time windows); later matching
            entries win per price.
    """

    __slots__ = (
        "prompt",
        "completion",
        "request",
        "image",
        "image_token",
        "image_output",
        "audio",
        "audio_output",
        "input_audio_cache",
        "input_cache_read",
        "input_cache_write",
        "input_cache_write_1h",
        "internal_reasoning",
        "web_search",
        "discount",
        "overrides",
        "additional_properties",
    )

    prompt: str
    completion: str
    request: str | None
    image: str | None
    image_token: str | None
    image_output: str | None
    audio: str | None
    audio_output: str | None
    input_audio_cache: str | None
    input_cache_read: str | None
    input_cache_write: str | None
    input_cache_write_1h: str | None
    internal_reasoning: str | None
    web_search: str | None
    discount: float | None
    overrides: list[ModelPricingOverride] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt: str,
        completion: str,
        request: str | None = None,
        image: str | None = None,
        image_token: str | None = None,
        image_output: str | None = None,
        audio: str | None = None,
        audio_output: str | None = None,
        input_audio_cache: str | None = None,
        input_cache_read: str | None = None,
        input_cache_write: str | None = None,
        input_cache_write_1h: str | None = None,
        internal_reasoning: str | None = None,
        web_search: str | None = None,
        discount: float | None = None,
        overrides: list[ModelPricingOverride] | None = None,
    ) -> None:
        self.prompt = prompt
        self.completion = completion
        self.request = request
        self.image = image
        self.image_token = image_token
        self.image_output = image_output
        self.audio = audio
        self.audio_output = audio_output
        self.input_audio_cache = input_audio_cache
        self.input_cache_read = input_cache_read
        self.input_cache_write = input_cache_write
        self.input_cache_write_1h = input_cache_write_1h
        self.internal_reasoning = internal_reasoning
        self.web_search = web_search
        self.discount = discount
        self.overrides = overrides
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("prompt", "prompt", True, "str"),
        ("completion", "completion", True, "str"),
        ("request", "request", False, "str"),
        ("image", "image", False, "str"),
        ("image_token", "image_token", False, "str"),
        ("image_output", "image_output", False, "str"),
        ("audio", "audio", False, "str"),
        ("audio_output", "audio_output", False, "str"),
        ("input_audio_cache", "input_audio_cache", False, "str"),
        ("input_cache_read", "input_cache_read", False, "str"),
        ("input_cache_write", "input_cache_write", False, "str"),
        ("input_cache_write_1h", "input_cache_write_1h", False, "str"),
        ("internal_reasoning", "internal_reasoning", False, "str"),
        ("web_search", "web_search", False, "str"),
        ("discount", "discount", False, "float"),
        ("overrides", "overrides", False, "list[ModelPricingOverride]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.prompt = _json_get_("prompt")
        _new_model_.completion = _json_get_("completion")
        _new_model_.request = _json_get_("request")
        _new_model_.image = _json_get_("image")
        _new_model_.image_token = _json_get_("image_token")
        _new_model_.image_output = _json_get_("image_output")
        _new_model_.audio = _json_get_("audio")
        _new_model_.audio_output = _json_get_("audio_output")
        _new_model_.input_audio_cache = _json_get_("input_audio_cache")
        _new_model_.input_cache_read = _json_get_("input_cache_read")
        _new_model_.input_cache_write = _json_get_("input_cache_write")
        _new_model_.input_cache_write_1h = _json_get_("input_cache_write_1h")
        _new_model_.internal_reasoning = _json_get_("internal_reasoning")
        _new_model_.web_search = _json_get_("web_search")
        _new_model_.discount = _json_get_("discount")
        _overrides = _json_get_("overrides")
        if isinstance(_overrides, list):
            overrides: Any = []
            for _list_item_ in _overrides:
                overrides.append(
                    ModelPricingOverride.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            overrides = _overrides
        _new_model_.overrides = overrides
        _new_model_.additional_properties = (
            {}
            if _FIELDS.issuperset(src_dict)
            else {k: v for k, v in src_dict.items() if k not in _FIELDS}
        )
        return _new_model_

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


#: The JSON names of the fields: anything else goes to `additional_properties`.
_FIELDS: frozenset[str] = frozenset(
    (
        "prompt",
        "completion",
        "request",
        "image",
        "image_token",
        "image_output",
        "audio",
        "audio_output",
        "input_audio_cache",
        "input_cache_read",
        "input_cache_write",
        "input_cache_write_1h",
        "internal_reasoning",
        "web_search",
        "discount",
        "overrides",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.model_pricing_override import ModelPricingOverride  # noqa: E402
else:
    ModelPricingOverride = _Deferred_(
        globals(), "..models.model_pricing_override", "ModelPricingOverride"
    )
