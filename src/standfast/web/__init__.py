"""The local web app: server-rendered pages over the vault, analyze, ingest, takedown, guide and reports.

``create_app(WebConfig(...))`` builds the FastAPI application; ``standfast serve`` (commands.py) runs it
on loopback with a per-launch token. Everything it needs is served locally: no CDN, no external request.
"""
