from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ModelPricingOverride(_ReadModel):
    """Prices that replace the base ones when all of the entry's conditions hold.

    Attributes:
        min_prompt_tokens (float | None): Applies when the prompt has more tokens than this.
        utc_start (float | None): Start of a daily UTC window as HHMM (inclusive).
        utc_end (float | None): End of a daily UTC window as HHMM (exclusive).
        utc_days (list[str] | None): Weekdays (UTC) the entry applies on, for example `monday`.
        prompt (str | None):
        completion (str | None):
        audio (str | None):
        input_audio_cache (str | None):
        input_cache_read (str | None):
        input_cache_write (str | None):
        input_cache_write_1h (str | None):
    """

    __slots__ = (
        "min_prompt_tokens",
        "utc_start",
        "utc_end",
        "utc_days",
        "prompt",
        "completion",
        "audio",
        "input_audio_cache",
        "input_cache_read",
        "input_cache_write",
        "input_cache_write_1h",
        "additional_properties",
    )

    min_prompt_tokens: float | None
    utc_start: float | None
    utc_end: float | None
    utc_days: list[str] | None
    prompt: str | None
    completion: str | None
    audio: str | None
    input_audio_cache: str | None
    input_cache_read: str | None
    input_cache_write: str | None
    input_cache_write_1h: str | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        min_prompt_tokens: float | None = None,
        utc_start: float | None = None,
        utc_end: float | None = None,
        utc_days: list[str] | None = None,
        prompt: str | None = None,
        completion: str | None = None,
        audio: str | None = None,
        input_audio_cache: str | None = None,
        input_cache_read: str | None = None,
        input_cache_write: str | None = None,
        input_cache_write_1h: str | None = None,
    ) -> None:
        self.min_prompt_tokens = min_prompt_tokens
        self.utc_start = utc_start
        self.utc_end = utc_end
        self.utc_days = utc_days
        self.prompt = prompt
        self.completion = completion
        self.audio = audio
        self.input_audio_cache = input_audio_cache
        self.input_cache_read = input_cache_read
        self.input_cache_write = input_cache_write
        self.input_cache_write_1h = input_cache_write_1h
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("min_prompt_tokens", "min_prompt_tokens", False, "float"),
        ("utc_start", "utc_start", False, "float"),
        ("utc_end", "utc_end", False, "float"),
        ("utc_days", "utc_days", False, "list[str]"),
        ("prompt", "prompt", False, "str"),
        ("completion", "completion", False, "str"),
        ("audio", "audio", False, "str"),
        ("input_audio_cache", "input_audio_cache", False, "str"),
        ("input_cache_read", "input_cache_read", False, "str"),
        ("input_cache_write", "input_cache_write", False, "str"),
        ("input_cache_write_1h", "input_cache_write_1h", False, "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.min_prompt_tokens = _json_get_("min_prompt_tokens")
        _new_model_.utc_start = _json_get_("utc_start")
        _new_model_.utc_end = _json_get_("utc_end")
        _new_model_.utc_days = _json_get_("utc_days")
        _new_model_.prompt = _json_get_("prompt")
        _new_model_.completion = _json_get_("completion")
        _new_model_.audio = _json_get_("audio")
        _new_model_.input_audio_cache = _json_get_("input_audio_cache")
        _new_model_.input_cache_read = _json_get_("input_cache_read")
        _new_model_.input_cache_write = _json_get_("input_cache_write")
        _new_model_.input_cache_write_1h = _json_get_("input_cache_write_1h")
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
        "min_prompt_tokens",
        "utc_start",
        "utc_end",
        "utc_days",
        "prompt",
        "completion",
        "audio",
        "input_audio_cache",
        "input_cache_read",
        "input_cache_write",
        "input_cache_write_1h",
    )
)
