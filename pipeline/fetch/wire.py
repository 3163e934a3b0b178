"""The socket layer under ``SafeClient``: an overall deadline on every request, and a count of the bytes on the wire.

httpx's read timeout starts again with every byte, so a server that drips an
answer can hold a request for ever. Here every socket operation of a request
(connect, send, each read of the headers and the body) waits at most until
the request's deadline, so a request ends by its deadline whatever the server
does. The stream also counts what the server sent after the final header
block, so that a body longer than its Content-Length (which the HTTP parser
silently cuts) is seen.
"""

from __future__ import annotations

import re
import socket
import ssl
import time
from typing import Any, Iterable

import httpcore
import httpx

_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_STATUS = re.compile(rb"\s*HTTP/\d(?:\.\d)?\s+(\d{3})")
MAX_HEAD = 256 * 1024
SLACK = 0.05  # a socket timeout may fire a little before the moment it was set for


class Deadline:
    """The moment the current request must be over by, shared by the streams of one client."""

    def __init__(self) -> None:
        self.at: float | None = None

    def start(self, seconds: float) -> None:
        self.at = time.monotonic() + seconds

    def clear(self) -> None:
        self.at = None

    @property
    def passed(self) -> bool:
        return self.at is not None and time.monotonic() >= self.at - SLACK

    def bound(self, timeout: float | None, error: type[Exception]) -> float | None:
        """``timeout`` shortened to what is left before the deadline; ``error`` when nothing is left."""
        if self.at is None:
            return timeout
        left = self.at - time.monotonic()
        if left <= 0:
            raise error("the request's overall deadline has passed")
        return left if timeout is None else min(timeout, left)


def header_end(head: bytes) -> int | None:
    """Offset where the body of the final (non-1xx) response starts in ``head``; None if not all there."""
    position = 0
    while match := _BLANK_LINE.search(head, position):
        status = _STATUS.match(head, position)
        if status is None:
            return None
        if not status.group(1).startswith(b"1") or status.group(1) == b"101":
            return match.end()
        position = match.end()
    return None


class _Stream(httpcore.NetworkStream):
    """A network stream whose every wait ends by the deadline, counting the bytes of each response."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline, tls: bool = False):
        self._inner = inner
        self._deadline = deadline
        self._tls = tls
        self._head = bytearray()
        self._received = 0

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._inner.read(max_bytes, self._deadline.bound(timeout, httpcore.ReadTimeout))
        self._received += len(data)
        if len(self._head) < MAX_HEAD:
            self._head += data[: MAX_HEAD - len(self._head)]
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._head.clear()
        self._received = 0
        self._inner.write(buffer, self._deadline.bound(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._deadline.bound(timeout, httpcore.ConnectTimeout))
        return _Stream(inner, self._deadline, tls=True)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)

    def body_bytes_on_wire(self) -> int | None:
        """Bytes the server sent after the final header block of the current response, counted so far.

        On a plain socket, bytes already waiting to be read count as one more.
        None when the header block was not found.
        """
        end = header_end(bytes(self._head))
        if end is None:
            return None
        extra = 0
        sock = self._inner.get_extra_info("socket")
        if not self._tls and isinstance(sock, socket.socket) and self._inner.get_extra_info("is_readable"):
            try:
                extra = len(sock.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT))
            except OSError:
                extra = 0
        return self._received - end + extra


class _Backend(httpcore.NetworkBackend):
    def __init__(self, deadline: Deadline):
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, self._deadline.bound(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _Stream(stream, self._deadline)

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not used")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class DeadlineTransport(httpx.HTTPTransport):
    """httpx's own transport over a connection pool whose sockets keep ``deadline``."""

    def __init__(self, deadline: Deadline):
        super().__init__()
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(), network_backend=_Backend(deadline),
            max_connections=10, max_keepalive_connections=5, keepalive_expiry=5.0,
        )


def body_bytes_on_wire(response: httpx.Response) -> int | None:
    """What the server sent as the body of ``response`` (see ``_Stream.body_bytes_on_wire``); None if unknown."""
    stream = response.extensions.get("network_stream")
    return stream.body_bytes_on_wire() if isinstance(stream, _Stream) else None
