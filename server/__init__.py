"""citeqa delivery: answer composition, HTTP API, web page, MCP and the OpenAI-compatible API."""
