"""The page's own scripts and styles, read once from resources/web and served by name."""

from __future__ import annotations

from aiohttp import web

from workshop_app.resources import resource_path


class StaticAssets:
    """Serves only the files it was given: a name outside the list is 404, never a path."""

    def __init__(self, content_types: dict[str, str]) -> None:
        self.content_types = content_types
        self._cache: dict[str, bytes] = {}

    def response(self, name: str) -> web.Response:
        content_type = self.content_types.get(name)
        if content_type is None:
            raise web.HTTPNotFound()
        if name not in self._cache:
            self._cache[name] = resource_path("web", name).read_bytes()
        return web.Response(
            body=self._cache[name],
            content_type=content_type,
            charset="utf-8",
            headers={"Cache-Control": "max-age=3600"},
        )
