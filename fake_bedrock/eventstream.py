"""AWS event-stream framing (application/vnd.amazon.eventstream), as sent by
InvokeModelWithResponseStream: prelude with CRC, string headers, payload, message CRC, as
AWS documents the message format (sources.EVENT_STREAM)."""

from __future__ import annotations

import struct
import zlib

STRING = 7


def encode_message(headers: dict[str, str], payload: bytes) -> bytes:
    encoded = b"".join(_header(name, value) for name, value in headers.items())
    total = 12 + len(encoded) + len(payload) + 4
    prelude = struct.pack(">II", total, len(encoded))
    prelude += struct.pack(">I", zlib.crc32(prelude))
    message = prelude + encoded + payload
    return message + struct.pack(">I", zlib.crc32(message))


def _header(name: str, value: str) -> bytes:
    raw_name, raw_value = name.encode(), value.encode()
    return (struct.pack(">B", len(raw_name)) + raw_name + struct.pack(">BH", STRING, len(raw_value))
            + raw_value)


def event(payload: bytes, event_type: str = "chunk") -> bytes:
    return encode_message({":event-type": event_type, ":content-type": "application/json",
                           ":message-type": "event"}, payload)
