from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from ..types import UNSET, Unset
from ..types import Model as _Model


class DecisionsRequest(_Model):
    """A state and named, typed questions about it.

    Attributes:
        model (str):
        state (Any): The content to judge, as a string or a JSON object or array.
        questions (DecisionsQuestions): Question name to question.
        provider (None | ProviderPreferences | Unset):
        session_id (str | Unset): Groups related requests for observability; never sent to the provider. Wins over the
            `x-session-id` header.
        trace (TraceConfig | Unset): Observability fields forwarded to configured broadcast destinations. The named keys
            are
            understood; any other key is passed on as custom metadata.
        user (str | Unset): Your identifier for the end user.
    """

    __slots__ = (
        "model",
        "state",
        "questions",
        "provider",
        "session_id",
        "trace",
        "user",
        "additional_properties",
    )

    model: str
    state: Any
    questions: DecisionsQuestions
    provider: None | ProviderPreferences | Unset
    session_id: str | Unset
    trace: TraceConfig | Unset
    user: str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        state: Any,
        questions: DecisionsQuestions,
        provider: None | ProviderPreferences | Unset = UNSET,
        session_id: str | Unset = UNSET,
        trace: TraceConfig | Unset = UNSET,
        user: str | Unset = UNSET,
    ) -> None:
        self.model = model
        self.state = state
        self.questions = questions
        self.provider = provider
        self.session_id = session_id
        self.trace = trace
        self.user = user
        self.additional_properties = {}

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        state = self.state

        questions = self.questions.to_dict()

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ProviderPreferences):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        session_id = self.session_id

        trace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trace, Unset):
            trace = self.trace.to_dict()

        user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "state": state,
                "questions": questions,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if trace is not UNSET:
            field_dict["trace"] = trace
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        state = d.pop("state")

        questions = DecisionsQuestions.from_dict(d.pop("questions"))

        def _parse_provider(data: object) -> None | ProviderPreferences | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_type_0 = ProviderPreferences.from_dict(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast("None | ProviderPreferences | Unset", data)

        provider = _parse_provider(d.pop("provider", UNSET))

        session_id = d.pop("session_id", UNSET)

        _trace = d.pop("trace", UNSET)
        trace: TraceConfig | Unset
        if isinstance(_trace, Unset):
            trace = UNSET
        else:
            trace = TraceConfig.from_dict(_trace)

        user = d.pop("user", UNSET)

        decisions_request = cls(
            model=model,
            state=state,
            questions=questions,
            provider=provider,
            session_id=session_id,
            trace=trace,
            user=user,
        )

        decisions_request.additional_properties = d
        return decisions_request

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
from ..models.decisions_questions import DecisionsQuestions  # noqa: E402
from ..models.provider_preferences import ProviderPreferences  # noqa: E402
from ..models.trace_config import TraceConfig  # noqa: E402
