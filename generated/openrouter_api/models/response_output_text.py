from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class ResponseOutputText(_ReadModel):
    """
    Attributes:
        type (Literal['output_text']):
        text (str):
        annotations (list[ResponseFileCitation | ResponseFilePath | ResponseUnknownAnnotation | ResponseUrlCitation] |
            None):
        logprobs (list[ResponseTokenLogprob] | None):
    """

    __slots__ = (
        "type",
        "text",
        "annotations",
        "logprobs",
        "additional_properties",
    )

    type: Literal["output_text"]
    text: str
    annotations: (
        list[
            ResponseFileCitation
            | ResponseFilePath
            | ResponseUnknownAnnotation
            | ResponseUrlCitation
        ]
        | None
    )
    logprobs: list[ResponseTokenLogprob] | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type: Literal["output_text"],
        text: str,
        annotations: list[
            ResponseFileCitation
            | ResponseFilePath
            | ResponseUnknownAnnotation
            | ResponseUrlCitation
        ]
        | None = None,
        logprobs: list[ResponseTokenLogprob] | None = None,
    ) -> None:
        self.type = type
        self.text = text
        self.annotations = annotations
        self.logprobs = logprobs
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("type", "type", True, "Literal['output_text']"),
        ("text", "text", True, "str"),
        (
            "annotations",
            "annotations",
            False,
            "list[ResponseFileCitation | ResponseFilePath | ResponseUnknownAnnotation | ResponseUrlCitation]",
        ),
        ("logprobs", "logprobs", False, "list[ResponseTokenLogprob]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _new_model_.type = _json_get_("type")
        _new_model_.text = _json_get_("text")
        _annotations = _json_get_("annotations")
        if isinstance(_annotations, list):
            annotations: Any = []
            for _list_item_ in _annotations:
                annotations.append(_read_annotations_item(_list_item_))
        else:
            annotations = _annotations
        _new_model_.annotations = annotations
        _logprobs = _json_get_("logprobs")
        if isinstance(_logprobs, list):
            logprobs: Any = []
            for _list_item_ in _logprobs:
                logprobs.append(
                    ResponseTokenLogprob.from_dict(_list_item_)
                    if isinstance(_list_item_, dict)
                    else _list_item_
                )
        else:
            logprobs = _logprobs
        _new_model_.logprobs = logprobs
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
        "type",
        "text",
        "annotations",
        "logprobs",
    )
)


def _read_annotations_item(data: Any) -> Any:
    if isinstance(data, dict):
        if data.get("type") == "url_citation":
            return ResponseUrlCitation.from_dict(data)
        if data.get("type") == "file_citation":
            return ResponseFileCitation.from_dict(data)
        if data.get("type") == "file_path":
            return ResponseFilePath.from_dict(data)
        return ResponseUnknownAnnotation.from_dict(data)
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.response_file_citation import ResponseFileCitation  # noqa: E402
    from ..models.response_file_path import ResponseFilePath  # noqa: E402
    from ..models.response_token_logprob import ResponseTokenLogprob  # noqa: E402
    from ..models.response_unknown_annotation import ResponseUnknownAnnotation  # noqa: E402
    from ..models.response_url_citation import ResponseUrlCitation  # noqa: E402
else:
    ResponseFileCitation = _Deferred_(
        globals(), "..models.response_file_citation", "ResponseFileCitation"
    )
    ResponseFilePath = _Deferred_(globals(), "..models.response_file_path", "ResponseFilePath")
    ResponseTokenLogprob = _Deferred_(
        globals(), "..models.response_token_logprob", "ResponseTokenLogprob"
    )
    ResponseUnknownAnnotation = _Deferred_(
        globals(), "..models.response_unknown_annotation", "ResponseUnknownAnnotation"
    )
    ResponseUrlCitation = _Deferred_(
        globals(), "..models.response_url_citation", "ResponseUrlCitation"
    )
