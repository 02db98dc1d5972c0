"""Server settings, read once from the environment (prefix CITEQA_) — runtime choices only.

Build-time choices (model, tokenizer, chunking, fusion) come from the index manifest, never from here.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from indexer.settings import default_index_dir


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CITEQA_", extra="ignore")

    index_dir: Path = Field(
        default_factory=default_index_dir, validation_alias=AliasChoices("index_dir", "CITEQA_INDEX")
    )
    max_upload_bytes: int = 10 * 1024 * 1024
    warm_up: bool = True
    # Optional OpenAI-compatible language model for generative answers (issue 6); unset = extractive only.
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 20.0
