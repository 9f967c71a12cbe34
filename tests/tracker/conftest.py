"""The web app's fixtures (in-process client, live server, Chromium launch) for the tracker's page tests."""

from tests.web.conftest import browser_type_launch_args, live, unlocked, web  # noqa: F401
