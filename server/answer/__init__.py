"""Answers (SPEC §4 /ask): extractive by default — the few sentences of the retrieved passages that answer a
question, each cited as a verbatim slice of its document, grouped by region for "which regions" questions —
and optionally written by a language model and checked claim by claim against its sources.

Modules: question (what the question asks), units (candidate sentences and clauses), scoring (claim
scores, slot filling, where the question's interrogative sits), ranking (the ranker, meaning, support),
absent (the rules that decline, and which candidates are supported), forms (how a question asks a day, a
bound, a thing's figure, a cost … and how a text states it), brackets (the asker's value and the ranges
figures are stated for), narrow (which supported candidates may answer) over stated (what a candidate
states: a date, a named row, a bound's column), answer_config (the settings), claims (claim selection, the
answer text), widen (claims read with their neighbours), compose (evidence, abstention, the response),
calibration (per-encoder threshold and ranker).
The checked language-model path and ``answer_question`` — the one entry point of /ask, MCP, the chat API
and `citeqa ask` — stay in server/generate.py, where those callers import them from.
"""

from server.answer.compose import (
    DEFAULT_CONFIG,
    NOT_FOUND,
    UNKNOWN_REGION,
    AnswerConfig,
    Claim,
    Composition,
    analyse,
    claim_region,
    compose,
    compose_answer,
    compose_from,
    gather_hits,
    to_response,
    write_answer,
)
from server.answer.question import Question, check_question, is_region_question
from server.answer.ranking import VECTORS
from server.answer.terms import Term
from server.answer.units import Unit, trim_sentence

__all__ = [
    "DEFAULT_CONFIG",
    "NOT_FOUND",
    "UNKNOWN_REGION",
    "VECTORS",
    "AnswerConfig",
    "Claim",
    "Composition",
    "Question",
    "Term",
    "Unit",
    "analyse",
    "check_question",
    "claim_region",
    "compose",
    "compose_answer",
    "compose_from",
    "gather_hits",
    "is_region_question",
    "to_response",
    "trim_sentence",
    "write_answer",
]
