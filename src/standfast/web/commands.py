"""`standfast serve`: start the local web app on loopback and print (and open) its private address."""

from __future__ import annotations

import socket
import sys
import threading
from typing import Annotated

import typer

from standfast import clikit
from standfast.errors import UsageError
from standfast.web.launch import LaunchFile

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def _listen(host: str, port: int) -> socket.socket:
    """Bind before printing the address, so a client that reads it can connect at once."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must be IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted sockets only then (else every
    # small response waits ~40 ms for a delayed ACK).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"Cannot listen on {host}:{port}: {exc.strerror}. Try another --port.") from None
    sock.listen(128)
    return sock


def url_for(host: str, port: int, token: str) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/?token={token}"


def _open_browser(uri: str) -> None:
    # Headless machines have no browser: webbrowser then returns False or raises; neither is an error.
    # `uri` is the private launch file's address, never the token: browser arguments are public.
    try:
        import webbrowser

        webbrowser.open(uri, new=1)
    except Exception:
        pass


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (keep 127.0.0.1: this computer only).")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port (0 picks a free one).")] = 0,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Do not open a browser window.")] = False,
    lock_after: Annotated[float, typer.Option("--lock-after", help="Lock the vault after this many minutes "
                                              "without use.")] = 15.0,
) -> None:
    """Start the private web app. Open the address it prints; it works only on this computer."""
    import uvicorn

    from standfast.web.app import create_app
    from standfast.web.config import WebConfig

    if not 0 <= port <= 65535:
        raise UsageError("The port must be between 0 and 65535.")
    if lock_after <= 0:
        raise UsageError("--lock-after must be a positive number of minutes.")
    if host not in LOOPBACK_NAMES:
        clikit.err_console.print("standfast: warning: listening beyond this computer. Anyone who can reach "
                                 "this address and has the link can use the app.", markup=False)
    sock = _listen(host, port)
    chosen = int(sock.getsockname()[1])
    launch: LaunchFile | None = None
    config = WebConfig(vault_path=clikit.vault_path(), host=host, port=chosen,
                       lock_after_seconds=lock_after * 60, actor=clikit.state().actor,
                       on_token_used=lambda: launch.remove() if launch is not None else None)
    app = create_app(config)
    url = url_for(host, chosen, config.token)
    if not no_browser:
        try:
            launch = LaunchFile(url)
        except OSError:
            launch = None  # no private folder: the person opens the printed address themselves
    sys.stdout.write(url + "\n")
    sys.stdout.flush()
    clikit.err_console.print("Standfast is running on this computer only. Press Ctrl+C to stop.", markup=False)
    if launch is not None:
        threading.Timer(0.5, _open_browser, args=(launch.uri,)).start()
    # Access logs are off: URLs can hold search words, and nothing about the person should be logged.
    server = uvicorn.Server(uvicorn.Config(
        app, host=host, port=chosen, access_log=False, log_level="warning", server_header=False,
        date_header=False, proxy_headers=False, timeout_graceful_shutdown=2))
    try:
        server.run(sockets=[sock])
    finally:
        if launch is not None:
            launch.remove()
