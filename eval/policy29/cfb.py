"""A small writer of OLE2 compound files (MS-CFB version 3: 512-byte sectors, a 64-byte mini stream under
the 4096-byte cutoff), enough for an Outlook .msg, a binary PowerPoint .ppt and a VBA project: storages and
streams from a flat ``{"a/b/stream": bytes}`` map, the directory a balanced tree of black entries, every time
zero (a second run writes the same bytes)."""

from __future__ import annotations

import struct

SECTOR, MINI, CUTOFF = 512, 64, 4096
FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b"") -> None:
        self.name, self.kind, self.data = name, kind, data
        self.children: dict[str, _Entry] = {}
        self.sid = 0
        self.left = self.right = self.child = NOSTREAM
        self.start, self.size = END, len(data)


def _key(e: _Entry) -> tuple[int, str]:
    return (len(e.name), e.name.upper())


def _tree(entries: list[_Entry]) -> int:
    """A balanced binary search tree of ``entries`` (sorted as CFB compares names); its root's id."""
    if not entries:
        return NOSTREAM
    mid = len(entries) // 2
    node = entries[mid]
    node.left = _tree(entries[:mid])
    node.right = _tree(entries[mid + 1 :])
    return node.sid


def _chain(fat: list[int], first: int, count: int) -> None:
    for i in range(count):
        fat[first + i] = first + i + 1 if i < count - 1 else END


def compound_file(streams: dict[str, bytes], root_clsid: bytes = bytes(16)) -> bytes:
    root = _Entry("Root Entry", 5)
    for path, data in streams.items():
        node = root
        *folders, name = path.split("/")
        for f in folders:
            node = node.children.setdefault(f, _Entry(f, 1))
        node.children[name] = _Entry(name, 2, data)
    order: list[_Entry] = []

    def walk(e: _Entry) -> None:
        e.sid = len(order)
        order.append(e)
        for c in sorted(e.children.values(), key=_key):
            walk(c)

    walk(root)
    for e in order:
        e.child = _tree(sorted(e.children.values(), key=_key))
    # the mini stream: every stream under the cutoff, in 64-byte sectors
    mini = bytearray()
    minifat: list[int] = []
    big = []
    for e in order:
        if e.kind != 2 or not e.data:
            continue
        if len(e.data) < CUTOFF:
            n = -(-len(e.data) // MINI)
            e.start = len(minifat)
            minifat.extend(range(e.start + 1, e.start + n))
            minifat.append(END)
            mini += e.data + bytes(n * MINI - len(e.data))
        else:
            big.append(e)
    root.data, root.size = bytes(mini), len(mini)

    def nsec(n: int) -> int:
        return -(-n // SECTOR)

    body: list[bytes] = []
    fat_chain: list[tuple[int, int]] = []
    cursor = 0
    for e in [*big, root]:
        if not e.data:
            continue
        n = nsec(len(e.data))
        e.start = cursor
        fat_chain.append((cursor, n))
        body.append(e.data + bytes(n * SECTOR - len(e.data)))
        cursor += n
    mf = struct.pack(f"<{len(minifat)}I", *minifat) if minifat else b""
    mf_start, mf_n = (cursor, nsec(len(mf))) if mf else (END, 0)
    if mf:
        mf += struct.pack("<I", FREE) * ((mf_n * SECTOR - len(mf)) // 4)
        fat_chain.append((cursor, mf_n))
        body.append(mf)
        cursor += mf_n
    dir_n = nsec(len(order) * 128)
    dir_start = cursor
    fat_chain.append((cursor, dir_n))
    cursor += dir_n
    fat_n = 1
    while (cursor + fat_n) > fat_n * (SECTOR // 4):
        fat_n += 1
    assert fat_n <= 109
    fat = [FREE] * (fat_n * SECTOR // 4)
    for first, n in fat_chain:
        _chain(fat, first, n)
    for i in range(fat_n):
        fat[cursor + i] = FATSECT
    directory = bytearray()
    for e in order:
        raw_name = e.name.encode("utf-16-le") + b"\0\0"
        directory += struct.pack(
            "<64sHBBIII16sIQQIQ",
            raw_name,
            len(raw_name),
            e.kind,
            1,
            e.left,
            e.right,
            e.child,
            root_clsid if e.kind == 5 else bytes(16),
            0,
            0,
            0,
            e.start if e.size else (END if e.kind != 1 else 0),
            e.size,
        )
    empty = struct.pack(
        "<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NOSTREAM, NOSTREAM, NOSTREAM, bytes(16), 0, 0, 0, 0, 0
    )
    while len(directory) < dir_n * SECTOR:
        directory += empty
    difat = list(range(cursor, cursor + fat_n)) + [FREE] * (109 - fat_n)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + bytes(16)
        + struct.pack(
            "<HHHHH6xIIIIIIIII", 0x3E, 3, 0xFFFE, 9, 6, 0, fat_n, dir_start, 0, CUTOFF, mf_start, mf_n, END, 0
        )
        + struct.pack("<109I", *difat)
    )
    assert len(header) == SECTOR
    return header + b"".join(body) + bytes(directory) + struct.pack(f"<{len(fat)}I", *fat)
