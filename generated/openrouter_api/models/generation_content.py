from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenerationContent")


@_attrs_define
class GenerationContent:
    """Stored prompt and output of a generation.

    Attributes:
        input_ (GenerationContentMessagesInput | GenerationContentPromptInput): The input: a prompt string or a list of
            messages.
        output (GenerationContentOutput): Stored output of a generation.
        error (GenerationContentError | None): The stored failure; null when the generation succeeded.
    """

    input_: GenerationContentMessagesInput | GenerationContentPromptInput
    output: GenerationContentOutput
    error: GenerationContentError | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_: dict[str, Any]
        if isinstance(self.input_, GenerationContentMessagesInput):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_.to_dict()

        output = self.output.to_dict()

        error: dict[str, Any] | None
        if isinstance(self.error, GenerationContentError):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "output": output,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_input_(
            data: object,
        ) -> GenerationContentMessagesInput | GenerationContentPromptInput:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_type_0 = GenerationContentMessagesInput.from_dict(data)

                return input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            input_type_1 = GenerationContentPromptInput.from_dict(data)

            return input_type_1

        input_ = _parse_input_(d.pop("input"))

        output = GenerationContentOutput.from_dict(d.pop("output"))

        def _parse_error(data: object) -> GenerationContentError | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = GenerationContentError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("GenerationContentError | None", data)

        error = _parse_error(d.pop("error"))

        generation_content = cls(
            input_=input_,
            output=output,
            error=error,
        )

        generation_content.additional_properties = d
        return generation_content

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


# Models that refer to each other (possibly in cycles) are bound here, after the class exists,
# instead of being imported inside every method call: the methods then cost no import lookups.
from ..models.generation_content_error import GenerationContentError  # noqa: E402
from ..models.generation_content_messages_input import GenerationContentMessagesInput  # noqa: E402
from ..models.generation_content_output import GenerationContentOutput  # noqa: E402
from ..models.generation_content_prompt_input import GenerationContentPromptInput  # noqa: E402
