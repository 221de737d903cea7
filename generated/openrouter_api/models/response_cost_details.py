from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseCostDetails(_ReadModel):
    """Breakdown of the upstream cost in USD.

    Attributes:
        upstream_inference_cost (float | None): What the provider charged, for bring-your-own-key requests.
        upstream_inference_input_cost (float | None):
        upstream_inference_output_cost (float | None):
        server_tool_cost (float | None): Metered cost of server tools such as sandbox time.
    """

    __slots__ = (
        "upstream_inference_cost",
        "upstream_inference_input_cost",
        "upstream_inference_output_cost",
        "server_tool_cost",
        "additional_properties",
    )

    upstream_inference_cost: float | None
    upstream_inference_input_cost: float | None
    upstream_inference_output_cost: float | None
    server_tool_cost: float | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        upstream_inference_cost: float | None = None,
        upstream_inference_input_cost: float | None = None,
        upstream_inference_output_cost: float | None = None,
        server_tool_cost: float | None = None,
    ) -> None:
        self.upstream_inference_cost = upstream_inference_cost
        self.upstream_inference_input_cost = upstream_inference_input_cost
        self.upstream_inference_output_cost = upstream_inference_output_cost
        self.server_tool_cost = server_tool_cost
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("upstream_inference_cost", "upstream_inference_cost", False, "float | None"),
        ("upstream_inference_input_cost", "upstream_inference_input_cost", False, "float"),
        ("upstream_inference_output_cost", "upstream_inference_output_cost", False, "float"),
        ("server_tool_cost", "server_tool_cost", False, "float | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.upstream_inference_cost = _json_get_("upstream_inference_cost")
        _new_model_.upstream_inference_input_cost = _json_get_("upstream_inference_input_cost")
        _new_model_.upstream_inference_output_cost = _json_get_("upstream_inference_output_cost")
        _new_model_.server_tool_cost = _json_get_("server_tool_cost")
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
        "upstream_inference_cost",
        "upstream_inference_input_cost",
        "upstream_inference_output_cost",
        "server_tool_cost",
    )
)
