"""Loaded by every Python process a snippet check starts (PYTHONPATH points here), and by
the test process itself: refuse any connection or name lookup that is not loopback, and
say who tried (LOOPBACK_GUARD_LABEL names the snippet)."""

import os
import socket

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}

_resolve, _connect = socket.getaddrinfo, socket.socket.connect


class NonLoopbackConnection(ConnectionRefusedError):
    pass


def _refuse(host, port):
    who = os.environ.get("LOOPBACK_GUARD_LABEL", "this process")
    raise NonLoopbackConnection(f"{who} tried to reach {host}:{port}; only 127.0.0.1 is allowed here")


def _guarded_getaddrinfo(host, port, *args, **kwargs):
    name = host.decode() if isinstance(host, bytes) else host
    if name not in _LOOPBACK:
        _refuse(name, port)
    return _resolve(host, port, *args, **kwargs)


def _guarded_connect(self, address):
    if self.family in (socket.AF_INET, socket.AF_INET6) and address[0] not in _LOOPBACK:
        _refuse(address[0], address[1])
    return _connect(self, address)


socket.getaddrinfo = _guarded_getaddrinfo
socket.socket.connect = _guarded_connect
