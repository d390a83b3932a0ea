"""The HTTP API and dashboard (`warta serve`): FastAPI over the store, in the process that owns it."""

from warta.api.app import create_app

__all__ = ["create_app"]
