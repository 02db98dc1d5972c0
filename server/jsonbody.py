"""JSON request bodies read by pydantic's own parser (jiter), as POST /documents reads its body, instead of
the standard library's ``json.loads`` that FastAPI calls.

``json.loads`` accepts an unpaired surrogate escape (``"\\ud800"``) and hands the string on: a /search or /ask
filter holding one failed later, answered 400 with Python's codec error ("'utf-8' codec can't encode character
'\\udc00' in position 0: surrogates not allowed"); a body nested thousands of levels deep or a number of
thousands of digits raised inside the parser, which FastAPI answers "There was an error parsing the body" (a
probe). jiter refuses all three while parsing, with where and why, and the API's usual handler turns that into
400 ``malformed_json``: "the request body holds an unpaired surrogate (such as \\ud800): …", "the request body
is not valid JSON: recursion limit exceeded at character 202". UTF-8, UTF-16 and UTF-32 bodies are read as
``json.loads`` reads them; bytes that are not valid in their encoding keep the API's "not UTF-8" message.

The OpenAI-compatible API (``SurrogateJsonRoute``) still takes a lone surrogate escape as ``json.loads`` does:
it names the field that holds one (the model, the question) and ignores one in an earlier turn of the chat, so
a broken message does not fail every later request of that chat.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Coroutine
from typing import Any

import pydantic_core
from fastapi import Request, Response
from fastapi.routing import APIRoute

_WHERE = re.compile(r"^(?P<why>.*) at line (?P<line>\d+) column (?P<column>\d+)$", re.DOTALL)


def parse_json(body: bytes, surrogates: bool = False) -> Any:
    """``body`` parsed as JSON; ``json.JSONDecodeError`` (with the offset where parsing stopped) when it is
    not JSON, ``UnicodeDecodeError`` when its bytes are not text in the encoding they start in. With
    ``surrogates``, a lone surrogate escape is read into the string as ``json.loads`` reads it."""
    text = body.decode(json.detect_encoding(body))
    try:
        return pydantic_core.from_json(text)
    except ValueError as e:
        why, pos = str(e), 0
        if surrogates and ("surrogate" in why or "hex escape" in why):
            try:
                return json.loads(text)
            except RecursionError:
                pass  # (nested too deeply too: jiter's words say so)
        where = _WHERE.match(why)
        if where:
            why = where["why"]
            line, column = int(where["line"]), int(where["column"])
            starts = [0, *(m.end() for m in re.finditer("\n", text))]
            pos = (starts[line - 1] if line <= len(starts) else 0) + max(column - 1, 0)
        raise json.JSONDecodeError(why, text, min(pos, len(text))) from e


class StrictJsonRequest(Request):
    surrogates = False

    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            self._json = parse_json(await self.body(), self.surrogates)
        return self._json


class SurrogateJsonRequest(StrictJsonRequest):
    surrogates = True


class StrictJsonRoute(APIRoute):
    """A route whose JSON body is read by ``parse_json`` (FastAPI's documented custom-Request pattern)."""

    request_class: type[StrictJsonRequest] = StrictJsonRequest

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        request_class = self.request_class

        async def strict(request: Request) -> Response:
            return await handler(request_class(request.scope, request.receive))

        return strict


class SurrogateJsonRoute(StrictJsonRoute):
    """``StrictJsonRoute`` that reads a lone surrogate escape as ``json.loads`` does (the chat API)."""

    request_class = SurrogateJsonRequest
