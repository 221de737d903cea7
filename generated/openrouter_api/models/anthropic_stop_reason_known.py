from enum import StrEnum


class AnthropicStopReasonKnown(StrEnum):
    COMPACTION = "compaction"
    END_TURN = "end_turn"
    MAX_TOKENS = "max_tokens"
    MODEL_CONTEXT_WINDOW_EXCEEDED = "model_context_window_exceeded"
    PAUSE_TURN = "pause_turn"
    REFUSAL = "refusal"
    STOP_SEQUENCE = "stop_sequence"
    TOOL_USE = "tool_use"

    def __str__(self) -> str:
        return str(self.value)
