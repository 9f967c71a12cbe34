"""Route modules, one per page family. Each exposes ``router``."""

from __future__ import annotations

from standfast.web.routes import (
    cases,
    check,
    core,
    evidence,
    helpdir,
    password,
    phone,
    reports,
    session,
    takedown,
    tracker,
    vaultpages,
)

ROUTERS = [core.router, vaultpages.router, cases.router, evidence.router, check.router, helpdir.router,
           takedown.router, reports.router, password.router, session.router, phone.router, tracker.router]
