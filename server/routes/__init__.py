"""The HTTP API's routers, one per concern: search and answers, documents, operations (chat tools live in
server/openai_compat.py and server/mcp.py)."""
