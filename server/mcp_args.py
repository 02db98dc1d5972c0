"""What an MCP client reads when a tool's arguments do not fit its input schema: one sentence per argument,
naming it and what it takes ("top_k must be an integer from 1 to 20; got \"abc\""), worded from the same
input schema the client was given. The SDK passed on pydantic's report, which names an internal model, the
error type and a link to pydantic's documentation.

Still a tool execution error (a result with isError true), as the MCP specification asks of input validation
errors since 2025-11-25 (SEP-1303), so a model reads it and can correct its call. Imported with the SDK, on
the first MCP request.
"""

from __future__ import annotations

import json
from typing import Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.context import Context
from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
from mcp.shared.exceptions import MCPError
from mcp_types import INVALID_PARAMS, CallToolResult, GetPromptResult, InputRequiredResult
from pydantic import ValidationError

from server.limits import STORED_ID_PATTERN

# A pattern in words: the regular expression itself tells a reader little.
_PATTERNS = {
    STORED_ID_PATTERN: "an id as search and ask return it (up to 128 letters, digits and _ . ~ -)",
}
_SHOWN_CHARS = 40  # a rejected value longer than this is described, not echoed


class CiteqaMCPServer(MCPServer[Any]):
    """The SDK's server, except that arguments failing a tool's input schema are answered in plain words,
    and a prompt it does not have is an invalid-params error (the SDK answered JSON-RPC code 0, no code at
    all, and logged a traceback at level error for each such call: any client could flood the log)."""

    async def get_prompt(
        self, name: str, arguments: dict[str, Any] | None = None, context: Context[Any, Any] | None = None
    ) -> GetPromptResult | InputRequiredResult:
        if not any(p.name == name for p in await self.list_prompts()):
            known = ", ".join(p.name for p in await self.list_prompts()) or "none: use the tools"
            raise MCPError(code=INVALID_PARAMS, message=f"unknown prompt {name!r}; prompts: {known}")
        return await super().get_prompt(name, arguments, context)

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> CallToolResult | InputRequiredResult:
        schema = next((t.input_schema for t in await self.list_tools() if t.name == name), None)
        known: dict[str, Any] = (schema or {}).get("properties", {})
        unknown = [a for a in arguments or {} if a not in known]
        if schema is not None and unknown:
            # an argument the tool does not take (doc_id, filters on search) had been dropped without a word,
            # the results unfiltered: the REST API answers such a field 422 (a fault probe)
            names = ", ".join(repr(a) for a in unknown)
            raise ToolError(
                f"Error executing tool {name}: {name} takes no argument {names}; it takes {', '.join(known)}"
            )
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            invalid = exc.__cause__
            if isinstance(exc, UnexpectedToolError) or not isinstance(invalid, ValidationError):
                raise
            schema = next((t.input_schema for t in await self.list_tools() if t.name == name), {})
            # the SDK's own prefix, as on every other error of a tool; the cause stays for its log line
            raise ToolError(f"Error executing tool {name}: {describe_invalid(schema, invalid)}") from invalid


def describe_invalid(schema: dict[str, Any], error: ValidationError) -> str:
    """One sentence per offending argument, in the order pydantic found them, joined by "; "."""
    properties: dict[str, Any] = schema.get("properties", {})
    sentences: dict[str, str] = {}
    for e in error.errors():
        loc = e.get("loc", ())
        name = str(loc[0]) if loc else ""
        if name in sentences:
            continue  # a union reports each of its branches: one sentence for the argument
        prop = properties.get(name)
        if prop is None:
            sentences[name] = f"the arguments do not fit the tool's input schema: {e.get('msg', '')}"
        elif e.get("type") == "missing":
            sentences[name] = f"{name} is required: pass {expectation(prop)}"
        else:
            sentences[name] = f"{name} must be {expectation(prop)}; got {_shown(e.get('input'))}"
    return "; ".join(sentences.values())


def expectation(prop: dict[str, Any]) -> str:
    """What an argument of this JSON schema takes, in words: "an integer from 1 to 20"."""
    if "enum" in prop:
        names = [json.dumps(v, ensure_ascii=False) for v in prop["enum"]]
        return "one of " + (f"{', '.join(names[:-1])} or {names[-1]}" if len(names) > 1 else names[0])
    if "anyOf" in prop:
        return " or ".join(expectation(branch) for branch in prop["anyOf"])
    kind = prop.get("type")
    if kind == "integer":
        low, high = prop.get("minimum"), prop.get("maximum")
        if low is not None and high is not None:
            return f"an integer from {low} to {high}"
        if low is not None:
            return f"an integer of at least {low}"
        return "an integer" if high is None else f"an integer of at most {high}"
    if kind == "string":
        if prop.get("pattern") in _PATTERNS:
            return str(_PATTERNS[prop["pattern"]])
        words = "a non-empty string" if prop.get("minLength", 0) >= 1 else "a string"
        if "maxLength" in prop:
            words += f" of at most {prop['maxLength']} characters"
        if "pattern" in prop:
            words += f" matching {prop['pattern']}"
        return words
    return {"null": "null", "boolean": "true or false", "number": "a number"}.get(str(kind), f"a {kind}")


def _shown(value: Any) -> str:
    """The rejected value as the client sent it (JSON), or its length when it is a long text."""
    if isinstance(value, str) and len(value) > _SHOWN_CHARS:
        return f"a string of {len(value)} characters"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 1] + "…"
