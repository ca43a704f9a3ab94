"""The HTTP API and the chat widget: a thin FastAPI layer over `assistant.core.Assistant`."""
