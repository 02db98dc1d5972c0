"""Server settings, read once from the environment (prefix CITEQA_) — runtime choices only.

Build-time choices (model, tokenizer, chunking, fusion) come from the index manifest, never from here.
Every size, time and rate limit of the HTTP layer lives here, so each has one home and one setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from indexer.backend import StoreConfig
from indexer.settings import default_index_dir

KIB = 1024
MIB = 1024 * KIB
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class ApiKey:
    name: str  # shown in logs and used as the rate-limit identity; never the secret itself
    secret: str
    access: Literal["ro", "rw"]


def parse_api_keys(spec: str) -> tuple[ApiKey, ...]:
    """``CITEQA_API_KEYS``: comma-separated ``SECRET:rw`` or ``SECRET:ro`` (access defaults to ``rw``; any
    other role, or a secret given twice, is a ValueError).

    Names are ``key1``, ``key2``… in the order given, so logs can say which key was used without leaking it.
    """
    keys: list[ApiKey] = []
    for i, item in enumerate((part.strip() for part in spec.split(",")), 1):
        if not item:
            continue
        secret, colon, role = item.rpartition(":")
        if not colon:
            secret, role = item, "rw"
        secret, access = secret.strip(), role.strip().lower()
        if access not in ("ro", "rw"):
            # a mistyped role (SECRET:read, SECRET:admin) must not become a read-write key of its own
            raise ValueError(f"API key {i} has the role {role!r}; write SECRET:ro or SECRET:rw")
        if any(k.secret == secret for k in keys):
            raise ValueError(f"API key {i} repeats an earlier key; give each key once, with its access")
        if len(secret) < 16:
            raise ValueError(
                f"API key {i} is {len(secret)} characters; use at least 16 random characters "
                "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(24))')"
            )
        keys.append(ApiKey(name=f"key{i}", secret=secret, access="ro" if access == "ro" else "rw"))
    return tuple(keys)


def settings_problem(exc: ValidationError) -> str:
    """One line for settings pydantic refused (its report spans lines and links to its docs): each variable,
    the value it was given and what it must be."""
    parts = []
    for error in exc.errors():
        field = str(error["loc"][0]) if error["loc"] else "settings"
        name = field if field.startswith("CITEQA_") else "CITEQA_" + field.upper()
        parts.append(f"{name}={error.get('input')!r}: {error['msg'][0].lower()}{error['msg'][1:]}")
    return "; ".join(parts) + " (fix the environment variable or unset it)"


class Settings(BaseSettings):
    # A variable set to "" is unset (CITEQA_INDEX= had made the current folder the index, where
    # indexer.settings.default_index_dir takes the seeds' index)
    model_config = SettingsConfigDict(env_prefix="CITEQA_", extra="ignore", env_ignore_empty=True)

    index_dir: Path = Field(
        default_factory=default_index_dir, validation_alias=AliasChoices("index_dir", "CITEQA_INDEX")
    )
    # ---------- where the index lives (README "Scaling out") ----------
    backend: str = "embedded"  # "embedded": the files in index_dir; "milvus": the collections below
    milvus_uri: str = ""  # e.g. http://milvus:19530 (a cluster, Zilliz Cloud or `milvus-lite server`)
    milvus_token: str = Field(default="", repr=False)  # user:password or an API key; never logged
    milvus_collection: str = "citeqa"  # prefix of the index's three collections
    milvus_consistency: str = "Strong"  # Strong: a write is visible to the next query of every process
    milvus_index: str = "FLAT"  # dense index type when the collections are created (HNSW for 10M+)
    milvus_replicas: int = Field(default=1, ge=1)  # in-memory replicas when loading (a cluster only)

    warm_up: bool = True
    # Request threads per process: queries are CPU-bound, so more threads than this only queue for the cores
    # (and each holds memory); raise it when a language model makes answers wait on the network.
    threads: int = Field(default=8, ge=1)  # 0 left every request (and start-up) waiting for ever
    # The host the server is bound to (set by `citeqa serve`); trusted as a Host header besides loopback.
    host: str = "127.0.0.1"

    # ---------- access ----------
    api_keys: str = ""  # comma-separated SECRET:rw / SECRET:ro; empty = no keys
    read_requires_key: bool = False  # with keys configured, reads need a (read-only or read-write) key too
    # Extra Host header values accepted besides loopback and the bound host ("*" turns the check off).
    trusted_hosts: str = ""
    # Origins of web pages allowed to call the OpenAI-compatible API (/v1) from the browser (CORS), comma-
    # separated, "*" for any: browser chat apps (NextChat, LobeChat …) in their client-side mode. Nothing else
    # is opened to other origins: uploads and deletes stay same-origin.
    cors_origins: str = ""
    rate_limit: str = "600/minute"  # per key, or per client address without a key (`limits` notation)

    # ---------- limits ----------
    # Each is bounded: a limit of 0 or below (or a zero timeout) refused every request it applies to with a
    # message about -1 bytes or -5 s, and served on as if configured.
    max_json_bytes: int = Field(default=64 * KIB, gt=0)  # /search, /ask, /mcp request bodies
    max_chat_bytes: int = Field(default=1 * MIB, gt=0)  # /v1/chat/completions: a conversation may be long
    max_upload_bytes: int = Field(default=10 * MIB, gt=0)  # one uploaded file, or one JSON document body
    max_upload_files: int = Field(default=20, ge=1)  # files in one multipart request
    # seconds to extract and prepare one upload before it is refused
    parse_timeout: float = Field(default=60.0, gt=0, allow_inf_nan=False)
    # address-space cap of the process that parses one upload (at least 64 MiB, which reads a small text)
    parse_memory_bytes: int = Field(default=2048 * MIB, ge=64 * MIB)
    # Slow clients (slowloris): a request's head must arrive within header_timeout seconds (else 408 and the
    # connection is closed); its body may keep the server waiting body_timeout seconds plus 1 s per KiB.
    header_timeout: float = Field(default=30.0, gt=0, allow_inf_nan=False)
    body_timeout: float = Field(default=30.0, gt=0, allow_inf_nan=False)

    # ---------- upload jobs ----------
    # An upload larger than this (all its files together), or any sent with ?wait=false, is answered 202
    # with a job to follow at /jobs/{id}: indexing 1 MiB of text takes minutes on two cores.
    async_upload_bytes: int = Field(default=256 * KIB, ge=0)
    # jobs one process holds in memory (queued + running); more → 503 + Retry-After
    max_pending_jobs: int = Field(default=4, ge=1)
    jobs_dir: Path | None = None  # job state files; default: the `jobs` folder inside the index directory
    jobs_keep: int = Field(default=1000, ge=0)  # finished jobs kept on disk (the oldest go first)
    # seconds a finished job is kept
    jobs_max_age: float = Field(default=7 * 86400, ge=0, allow_inf_nan=False)

    # ---------- answers ----------
    # Optional OpenAI-compatible language model for generative answers (issue 6); unset = extractive only.
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = Field(default=20.0, gt=0, allow_inf_nan=False)

    @field_validator("rate_limit")
    @classmethod
    def _rate_limit(cls, value: str) -> str:
        """A `limits` rate of at least one request (0/minute refused every request while /healthz said ok)."""
        from limits import parse

        try:
            item = parse(value)
        except ValueError:
            raise ValueError(f"{value!r} is no rate; write it as 600/minute or 10/second") from None
        if item.amount < 1:
            raise ValueError(f"{value!r} allows no request at all; allow at least 1, e.g. 600/minute")
        return value

    def store(self) -> StoreConfig:
        """The index these settings point at, for `indexer.backend.open_retriever`."""
        milvus = {name.removeprefix("milvus_"): value for name, value in self if name.startswith("milvus_")}
        milvus["dense_index"] = milvus.pop("index")  # CITEQA_MILVUS_INDEX: the dense index type
        return StoreConfig.of(self.backend, self.index_dir, **milvus)

    @cached_property
    def keys(self) -> tuple[ApiKey, ...]:
        return parse_api_keys(self.api_keys)

    @property
    def max_upload_request_bytes(self) -> int:
        """A multipart request may carry several files: the per-file limit times the file count, plus form
        overhead."""
        return self.max_upload_bytes * self.max_upload_files + 64 * KIB

    def cors_allowed(self) -> tuple[str, ...]:
        """The origins CORS is granted to on /v1 (``("*",)`` for any), none by default."""
        origins = [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]
        return ("*",) if "*" in origins else tuple(dict.fromkeys(origins))

    def allowed_hosts(self) -> tuple[str, ...] | None:
        """Host header names accepted (lower case, no port); None = any."""
        extra = [h.strip().lower() for h in self.trusted_hosts.split(",") if h.strip()]
        if "*" in extra:
            return None
        bound = self.host.strip("[]").lower()
        hosts = [*LOOPBACK_HOSTS, *extra]
        if bound not in ("0.0.0.0", "::", ""):
            hosts.append(bound)
        return tuple(dict.fromkeys(hosts))


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    return host in LOOPBACK_HOSTS or host.startswith("127.")
