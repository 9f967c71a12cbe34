"""`standfast serve`: start the local web app on loopback and print (and open) its private address.

With ``--phone`` a second, small listener serves the phone upload page on this computer's address in
the local network (found automatically, or ``--phone-address``); it is the only thing that ever listens
beyond loopback, and only on a private-network address. The pairing address and its QR code are printed.
"""

from __future__ import annotations

import contextlib
import ipaddress
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


def lan_address() -> str | None:
    """This computer's address on its local network: the source address the system would use for a
    private-range destination. A UDP ``connect`` only picks a route; no packet is sent."""
    for probe in ("10.255.255.255", "192.168.255.255", "172.31.255.255"):
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect((probe, 9))
            address = str(s.getsockname()[0])
            if address and not ipaddress.ip_address(address).is_loopback and address != "0.0.0.0":
                return address
    return None


def phone_address_ok(address: str) -> str:
    """A phone listener may bind only a single private-network (or loopback) address, never all or public ones."""
    try:
        ip = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        raise UsageError(f"--phone-address must be an IP address of this computer, not {address!r}.") from None
    if ip.is_unspecified or ip.is_multicast or not (ip.is_private or ip.is_loopback or ip.is_link_local):
        raise UsageError("The phone page listens only on a home or office network address (for example "
                         "192.168.1.20), never on every address or a public one.")
    return str(ip)


def _print_phone(url: str) -> None:
    from standfast.web.qr import terminal

    sys.stdout.write(url + "\n")
    sys.stdout.flush()
    clikit.err_console.print("On the phone: join the same Wi-Fi as this computer, open the camera, and scan this "
                             "code. It works once, for one phone. The Standfast page on this computer shows it "
                             "too, under 'From a phone'.", markup=False)
    sys.stderr.write(terminal(url))
    sys.stderr.flush()


def serve(
    host: Annotated[str, typer.Option("--host", help="Loopback address to listen on (127.0.0.1, ::1 or "
                                      "localhost): the app works on this computer only.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port (0 picks a free one).")] = 0,
    no_browser: Annotated[bool, typer.Option("--no-browser", help="Do not open a browser window.")] = False,
    lock_after: Annotated[float, typer.Option("--lock-after", help="Lock the vault after this many minutes "
                                              "without use.")] = 15.0,
    phone: Annotated[bool, typer.Option("--phone", help="Also let a phone on the same Wi-Fi send screenshots and "
                                        "chats into a case: prints a one-time QR code.")] = False,
    phone_address: Annotated[str | None, typer.Option("--phone-address", help="With --phone: this computer's "
                                                      "address on the local network (found automatically).")]
    = None,
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
        raise UsageError("The app listens on this computer only (--host 127.0.0.1, ::1 or localhost). "
                         "To add files from a phone, use --phone.")
    if phone_address is not None and not phone:
        raise UsageError("--phone-address goes with --phone.")
    phone_sock: socket.socket | None = None
    phone_base: str | None = None
    if phone:
        address = phone_address_ok(phone_address) if phone_address else lan_address()
        if address is None:
            raise UsageError("This computer is not on a network the phone could reach. Join the same Wi-Fi as "
                             "the phone, or give --phone-address.")
        phone_sock = _listen(address, 0)
        shown = f"[{address}]" if ":" in address else address
        phone_base = f"http://{shown}:{int(phone_sock.getsockname()[1])}"
    sock = _listen(host, port)
    chosen = int(sock.getsockname()[1])
    launch: LaunchFile | None = None
    config = WebConfig(vault_path=clikit.vault_path(), host=host, port=chosen,
                       lock_after_seconds=lock_after * 60, actor=clikit.state().actor,
                       on_token_used=lambda: launch.remove() if launch is not None else None,
                       phone_base_url=phone_base)
    app = create_app(config)
    url = url_for(host, chosen, config.token)
    if not no_browser:
        try:
            launch = LaunchFile(url)
        except OSError:
            launch = None  # no private folder: the person opens the printed address themselves
    sys.stdout.write(url + "\n")
    sys.stdout.flush()
    listener = None
    if phone_sock is not None and phone_base is not None:
        from standfast.web.phoneapp import PhoneListener

        listener = PhoneListener(app, phone_sock, advertised=phone_base.split("://", 1)[1]).start()
        _print_phone(app.state.pairings.url(app.state.pairings.new()))
    if listener is None:
        clikit.err_console.print("Standfast is running on this computer only. Press Ctrl+C to stop.", markup=False)
    else:
        clikit.err_console.print(f"Standfast is running. Only the phone page listens on the network ({phone_base}); "
                                 "everything else stays on this computer. Press Ctrl+C to stop.", markup=False)
    if launch is not None:
        threading.Timer(0.5, _open_browser, args=(launch.uri,)).start()
    # Access logs are off: URLs can hold search words, and nothing about the person should be logged.
    server = uvicorn.Server(uvicorn.Config(
        app, host=host, port=chosen, access_log=False, log_level="warning", server_header=False,
        date_header=False, proxy_headers=False, timeout_graceful_shutdown=2))
    try:
        server.run(sockets=[sock])
    finally:
        if listener is not None:
            listener.stop()
        if launch is not None:
            launch.remove()
