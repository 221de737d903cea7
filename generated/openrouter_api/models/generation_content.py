from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from ..types import Deferred as _Deferred_
from ..types import ReadModel as _ReadModel
from ..types import new_instance as _new_instance_


class GenerationContent(_ReadModel):
    """Stored prompt and output of a generation.

    Attributes:
        input (GenerationContentMessagesInput | GenerationContentPromptInput): The input: a prompt string or a list of
            messages.
        output (GenerationContentOutput): Stored output of a generation.
        error (GenerationContentError | None): The stored failure; null when the generation succeeded.
    """

    __slots__ = (
        "input",
        "output",
        "error",
        "additional_properties",
    )

    input: GenerationContentMessagesInput | GenerationContentPromptInput
    output: GenerationContentOutput
    error: GenerationContentError | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input: GenerationContentMessagesInput | GenerationContentPromptInput,
        output: GenerationContentOutput,
        error: GenerationContentError | None,
    ) -> None:
        self.input = input
        self.output = output
        self.error = error
        self.additional_properties = {}

    __spec_fields__: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("input", "input", True, "GenerationContentMessagesInput | GenerationContentPromptInput"),
        ("output", "output", True, "GenerationContentOutput"),
        ("error", "error", True, "GenerationContentError | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read the API's JSON tolerantly: never raises on shape drift (see `ReadModel`)."""
        # Fields are set on a bare instance: no copy of the dict, no keyword call of __init__
        # (no field can give a local the names `_json_get_`, `_new_model_`, `_new_instance_`
        # or `_list_item_`).
        _json_get_: Any = src_dict.get
        _new_model_ = _new_instance_(cls)
        _input_ = _json_get_("input")
        input_: Any = _read_input_(_input_)
        _new_model_.input = input_
        _output = _json_get_("output")
        output: Any = (
            GenerationContentOutput.from_dict(_output) if isinstance(_output, dict) else _output
        )
        _new_model_.output = output
        _error = _json_get_("error")
        error: Any = (
            GenerationContentError.from_dict(_error) if isinstance(_error, dict) else _error
        )
        _new_model_.error = error
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
        "input",
        "output",
        "error",
    )
)


def _read_input_(data: Any) -> Any:
    if isinstance(data, dict):
        if "messages" in data:
            return GenerationContentMessagesInput.from_dict(data)
        if "prompt" in data:
            return GenerationContentPromptInput.from_dict(data)
        return data
    return data


# The models this one refers to are bound at first use (see `Deferred`): a response loads the
# models it holds, not every model its fields allow; later reads find the class itself.
if TYPE_CHECKING:
    from ..models.generation_content_error import GenerationContentError  # noqa: E402
    from ..models.generation_content_messages_input import GenerationContentMessagesInput  # noqa: E402
    from ..models.generation_content_output import GenerationContentOutput  # noqa: E402
    from ..models.generation_content_prompt_input import GenerationContentPromptInput  # noqa: E402
else:
    GenerationContentError = _Deferred_(
        globals(), "..models.generation_content_error", "GenerationContentError"
    )
    GenerationContentMessagesInput = _Deferred_(
        globals(), "..models.generation_content_messages_input", "GenerationContentMessagesInput"
    )
    GenerationContentOutput = _Deferred_(
        globals(), "..models.generation_content_output", "GenerationContentOutput"
    )
    GenerationContentPromptInput = _Deferred_(
        globals(), "..models.generation_content_prompt_input", "GenerationContentPromptInput"
    )
