from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ObservabilityRampConfig(_ReadModel):
    """Connection settings for Ramp. Secrets may come back masked.

    Attributes:
        api_key (str): Key from the Ramp integration settings.
        base_url (str | None): API base URL override.
        headers (ObservabilityHeaders | None): HTTP header names and values added to every export request.
    """

    __slots__ = (
        "api_key",
        "base_url",
        "headers",
        "additional_properties",
    )

    api_key: str
    base_url: str | None
    headers: ObservabilityHeaders | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        api_key: str,
        base_url: str | None = None,
        headers: ObservabilityHeaders | None = None,
    ) -> None:
        self.api_key = api_key
        self.base_url = base_url
        self.headers = headers
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("api_key", "apiKey", True, "str"),
        ("base_url", "baseUrl", False, "str"),
        ("headers", "headers", False, "ObservabilityHeaders"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.api_key = _json_get_("apiKey")
        _new_model_.base_url = _json_get_("baseUrl")
        _headers = _json_get_("headers")
        headers: Any = (
            ObservabilityHeaders.from_dict(_headers) if isinstance(_headers, dict) else _headers
        )
        _new_model_.headers = headers
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
        "apiKey",
        "baseUrl",
        "headers",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.observability_headers import ObservabilityHeaders  # noqa: E402
else:
    ObservabilityHeaders = _Deferred_(
        globals(), "..models.observability_headers", "ObservabilityHeaders"
    )
