from __future__ import annotations

from enum import StrEnum
from typing import Any


class AppRankingSubcategory(StrEnum):
    AUDIO_GEN = "audio-gen"
    CLI_AGENT = "cli-agent"
    CLOUD_AGENT = "cloud-agent"
    CREATIVE_WRITING = "creative-writing"
    GAME = "game"
    GENERAL_CHAT = "general-chat"
    IDE_EXTENSION = "ide-extension"
    IMAGE_GEN = "image-gen"
    LEGAL = "legal"
    NATIVE_APP_BUILDER = "native-app-builder"
    PERSONAL_AGENT = "personal-agent"
    PROGRAMMING_APP = "programming-app"
    ROLEPLAY = "roleplay"
    VIDEO_GEN = "video-gen"
    WRITING_ASSISTANT = "writing-assistant"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _parse(cls, value: Any) -> AppRankingSubcategory:
        """The member for `value` by dict lookup (much faster than calling the class); KeyError if unknown."""
        return cls._value2member_map_[value]  # type: ignore[return-value]
