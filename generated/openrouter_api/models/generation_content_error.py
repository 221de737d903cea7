from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class GenerationContentError(_ReadModel):
    """The failure stored for a generation.

    Attributes:
        status (int | None): HTTP status returned to the caller.
        message (None | str): Error message returned to the caller.
        provider_name (None | str): Provider whose error was returned, when known.
        raw (None | str): Raw error body, when stored.
        previous_errors (list[GenerationContentErrorAttempt]): Earlier failed attempts, in order.
    """

    __slots__ = (
        "status",
        "message",
        "provider_name",
        "raw",
        "previous_errors",
        "additional_properties",
    )

    status: int | None
    message: None | str
    provider_name: None | str
    raw: None | str
    previous_errors: list[GenerationContentErrorAttempt]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: int | None,
        message: None | str,
        provider_name: None | str,
        raw: None | str,
        previous_errors: list[GenerationContentErrorAttempt],
    ) -> None:
        self.status = status
        self.message = message
        self.provider_name = provider_name
        self.raw = raw
        self.previous_errors = previous_errors
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("status", "status", True, "int | None"),
        ("message", "message", True, "None | str"),
        ("provider_name", "provider_name", True, "None | str"),
        ("raw", "raw", True, "None | str"),
        ("previous_errors", "previous_errors", True, "list[GenerationContentErrorAttempt]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.status = _json_get_("status")
        _new_model_.message = _json_get_("message")
        _new_model_.provider_name = _json_get_("provider_name")
        _new_model_.raw = _json_get_("raw")
        _previous_errors = _json_get_("previous_errors")
        if isinstance(_previous_errors, list):
            previous_errors: Any = []
            for _list_item_ in _previous_errors:
                previous_errors.append(
                    GenerationContentErrorAttempt.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            previous_errors = _previous_errors
        _new_model_.previous_errors = previous_errors
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
        "status",
        "message",
        "provider_name",
        "raw",
        "previous_errors",
    )
)


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.generation_content_error_attempt import GenerationContentErrorAttempt  # noqa: E402
else:
    GenerationContentErrorAttempt = _Deferred_(
        globals(), "..models.generation_content_error_attempt", "GenerationContentErrorAttempt"
    )
