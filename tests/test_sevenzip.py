""".7z archives kept beside the documents, read as a .zip or a tar archive is (indexer/sevenzip.py): each file
in one a document named ``archive.7z/member``, filed under the archive's name. The archives are written here
with py7zr as 7-Zip writes them: a UTF-8 .txt and a .docx in a folder of Chinese names; one encrypted with a
password (its names too, or not), one cut short, one damaged, one empty — each one skipped line, the folder's
other files indexed; names that climb out, are written twice, are hidden or macOS's; and the bounds, checked
before anything is inflated."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import docx
import py7zr
import pytest

from indexer import archive, sevenzip
from indexer.archive import ARCHIVE_SUFFIXES, members, read_member
from indexer.build import index_paths
from indexer.decode import DocumentError
from indexer.retrieve import Retriever
from indexer.settings import DEFAULTS
from indexer.worddoc import DocumentTooLarge
from tests.conftest import KeywordEncoder

NOTICE = "关于开展2026年暑期青少年体育免费培训的通知。培训项目为游泳、篮球和足球，报名截止日期为7月10日。"
RULES = ["青少年体育培训实施办法", "培训费用由区财政全额承担，学员不缴纳任何费用。"]


def seven_zip(
    entries: list[tuple[str, bytes]],
    *,
    password: str | None = None,
    names_encrypted: bool = False,
    encoded_header: bool = True,
) -> bytes:
    """A .7z of ``entries`` (name, bytes) as py7zr writes one (LZMA2, solid; AES-256 with a password)."""
    out = io.BytesIO()
    with py7zr.SevenZipFile(out, "w", password=password, header_encryption=names_encrypted) as archive:
        archive.set_encoded_header_mode(encoded_header)
        for name, data in entries:
            archive.writestr(data, name)
    return out.getvalue()


def renamed(data: bytes, old: str, new: str) -> bytes:
    """A .7z written with a plain header, one name in it replaced by another of its length (py7zr will not
    write ../ or a leading /), its header's checksums made right again."""
    out = bytearray(data)
    before, after = old.encode("utf-16-le"), new.encode("utf-16-le")
    assert len(before) == len(after) and out.count(before) == 1
    at = out.index(before)
    out[at : at + len(before)] = after
    offset, size = struct.unpack_from("<QQ", out, 12)
    struct.pack_into("<I", out, 28, zlib.crc32(out[32 + offset : 32 + offset + size]))
    struct.pack_into("<I", out, 8, zlib.crc32(out[12:32]))
    return bytes(out)


def docx_of(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def indexed(folder: Path, index: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """`citeqa index`'s folder indexing: its skipped lines (name under the folder, reason) and each indexed
    document's text by its path under the folder."""
    report = index_paths([folder], index, lambda _: KeywordEncoder(), DEFAULTS, workers=0)
    skipped = [(Path(s.name).relative_to(folder).as_posix(), s.reason) for s in report.skipped]
    retriever = Retriever(index, encoder=KeywordEncoder())
    texts = {}
    for document in retriever.snapshot.data.documents:
        found = retriever.document(document.doc_id)
        assert found is not None and document.path is not None
        texts[Path(document.path).relative_to(folder).as_posix()] = found[1]
    return skipped, texts


def listed(tmp_path: Path, name: str, data: bytes) -> list[tuple[str, bytes] | str]:
    """Each member's name and bytes (a DocumentError in a member's place: its message)."""
    path = tmp_path / name
    path.write_bytes(data)
    out: list[tuple[str, bytes] | str] = []
    for member in members(path, name):
        if isinstance(member, DocumentError):
            out.append(str(member))
        else:
            try:
                out.append((member.name, read_member(path, member.stored, f"{name}/{member.name}")))
            except DocumentError as e:
                out.append(str(e))
    return out


def test_a_folders_7z_is_read_as_its_documents(tmp_path: Path) -> None:
    """A folder with its folder entry, as 7-Zip adds one, a .txt and a .docx under it, a .7z inside the .7z
    (one skipped line), a hidden file and macOS's copy (passed over)."""
    source = tmp_path / "source"
    (source / "子目录").mkdir(parents=True)
    (source / "子目录" / "通知.txt").write_bytes(NOTICE.encode())
    (source / "子目录" / "实施办法.docx").write_bytes(docx_of(RULES))
    (source / "子目录" / "旧版.7z").write_bytes(seven_zip([("x.txt", b"x")]))
    folder = tmp_path / "docs"
    folder.mkdir()
    with py7zr.SevenZipFile(folder / "archive.7z", "w") as archive:
        archive.writeall(source / "子目录", "子目录")
        archive.writestr(b"\0\0\0\1Bud1", "子目录/.DS_Store")
        archive.writestr(b"\0\5\26\7", "__MACOSX/子目录/._通知.txt")
    with py7zr.SevenZipFile(folder / "archive.7z") as archive:
        assert sorted(archive.getnames()) == [
            "__MACOSX/子目录/._通知.txt",
            "子目录",
            "子目录/.DS_Store",
            "子目录/实施办法.docx",
            "子目录/旧版.7z",
            "子目录/通知.txt",
        ]
    (folder / "说明.txt").write_text("压缩包之外的说明文件。", encoding="utf-8")
    skipped, texts = indexed(folder, tmp_path / "index")
    assert skipped == [
        ("archive.7z/子目录/旧版.7z", "is an archive inside an archive; unpack it and index its files")
    ]
    assert texts == {
        "archive.7z/子目录/实施办法.docx": "\n".join(RULES),
        "archive.7z/子目录/通知.txt": NOTICE,
        "说明.txt": "压缩包之外的说明文件。",
    }
    assert ".7z" in ARCHIVE_SUFFIXES  # (an upload of one is told to unpack it, as a .zip's is)


@pytest.mark.parametrize("names_encrypted", [False, True], ids=["contents", "contents-and-names"])
def test_an_encrypted_7z_is_one_skipped_line(tmp_path: Path, names_encrypted: bool) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "加密.7z").write_bytes(
        seven_zip([("通知.txt", NOTICE.encode())], password="密码123", names_encrypted=names_encrypted)
    )
    (folder / "说明.txt").write_text("压缩包之外的说明文件。", encoding="utf-8")
    skipped, texts = indexed(folder, tmp_path / "index")
    assert skipped == [("加密.7z", "is encrypted; unpack it with its password and index its files")]
    assert texts == {"说明.txt": "压缩包之外的说明文件。"}


def test_an_encrypted_member_beside_others_is_refused_alone(tmp_path: Path) -> None:
    """7-Zip encrypts a whole archive; one added to without the password holds both kinds."""
    path = tmp_path / "混合.7z"
    path.write_bytes(seven_zip([("密.txt", b"secret")], password="pw"))
    with py7zr.SevenZipFile(path, "a") as archive:
        archive.writestr("公开的正文。".encode(), "公开.txt")
    assert listed(tmp_path, "混合.7z", path.read_bytes()) == [
        "混合.7z/密.txt: is encrypted in its archive; unpack it with its password and index it",
        ("公开.txt", "公开的正文。".encode()),
    ]


def test_damaged_7z_archives_are_each_one_skipped_line(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    whole = seven_zip([("通知.txt", NOTICE.encode() * 20)], encoded_header=False)  # (its size as written)
    (folder / "截断.7z").write_bytes(whole[: len(whole) // 2])
    (folder / "伪装.7z").write_bytes(b"PK\x03\x04" + bytes(200))  # (a zip named .7z)
    (folder / "空文件.7z").write_bytes(b"")
    # the data stored as it is (no compression) and a byte of the second member changed: the header and the
    # first member read, the second does not (one block: a member after it would not read either)
    stored = io.BytesIO()
    with py7zr.SevenZipFile(stored, "w", filters=[{"id": py7zr.FILTER_COPY}]) as archive:
        archive.writestr("完好的正文。".encode(), "好.txt")
        archive.writestr(NOTICE.encode(), "坏.txt")
    damaged = bytearray(stored.getvalue())
    damaged[32 + len("完好的正文。".encode()) + 3] ^= 0xFF
    (folder / "损坏.7z").write_bytes(bytes(damaged))
    (folder / "说明.txt").write_text("压缩包之外的说明文件。", encoding="utf-8")
    skipped, texts = indexed(folder, tmp_path / "index")
    assert sorted(skipped) == [
        (
            "伪装.7z",
            "is not a readable .7z archive (not a 7z file); unpack it and index its files",
        ),
        (
            "截断.7z",
            "is not a readable .7z archive (next header size 86 exceeds the archive size); unpack it "
            "and index its files",
        ),
        (
            "损坏.7z/坏.txt",
            "cannot be read from its archive (CRC mismatch: its data is damaged); unpack it and index its "
            "files",
        ),
        ("空文件.7z", "is not a readable .7z archive (not a 7z file); unpack it and index its files"),
    ]
    assert texts == {"损坏.7z/好.txt": "完好的正文。", "说明.txt": "压缩包之外的说明文件。"}


def test_an_empty_7z_or_one_of_folders_only_holds_no_files(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    (folder / "空目录").mkdir(parents=True)
    with py7zr.SevenZipFile(folder / "空.7z", "w"):
        pass
    with py7zr.SevenZipFile(folder / "目录.7z", "w") as archive:
        archive.write(folder / "空目录", "空目录")
    (folder / "说明.txt").write_text("压缩包之外的说明文件。", encoding="utf-8")
    skipped, texts = indexed(folder, tmp_path / "index")
    assert sorted(skipped) == [
        ("目录.7z", "holds no files; nothing to index"),
        ("空.7z", "holds no files; nothing to index"),
    ]
    assert texts == {"说明.txt": "压缩包之外的说明文件。"}


def test_names_that_climb_out_or_repeat_are_read_inside_or_said(tmp_path: Path) -> None:
    """../ and a leading / are no part of a name; a name written twice is read once, the first; a name
    py7zr will not extract (../, which 7-Zip never writes) is one line of its own."""
    plain = seven_zip(
        [
            ("a.txt", "第一份。".encode()),
            ("xx/up.txt", "上一级。".encode()),
            ("xabs.txt", "根目录。".encode()),
            ("a.txt", "第二份。".encode()),
            ("xa.txt", "第三份。".encode()),
        ],
        encoded_header=False,
    )
    data = renamed(
        renamed(renamed(plain, "xx/up.txt", "../up.txt"), "xabs.txt", "/abs.txt"), "xa.txt", "/a.txt"
    )
    assert listed(tmp_path, "名.7z", data) == [
        ("a.txt", "第一份。".encode()),
        "名.7z/up.txt: cannot be read from its archive (Specified path is bad: ../up.txt); unpack it and "
        "index its files",
        ("abs.txt", "根目录。".encode()),
        "名.7z/a.txt: is in its archive twice; the first is read",
        "名.7z/a.txt: is in its archive twice; the first is read",
    ]


def test_a_7z_over_the_bounds_is_refused_before_it_is_inflated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = seven_zip([(f"{n}.txt", b"x") for n in range(1001)])
    with pytest.raises(DocumentTooLarge) as caught:
        listed(tmp_path, "多.7z", many)
    assert str(caught.value) == "多.7z: holds 1,001 entries (limit 1,000); unpack it"
    big = seven_zip([("大.txt", bytes(5000)), ("小.txt", b"small")])
    # each member's declared size before it is extracted (py7zr is not asked to extract it)
    monkeypatch.setattr(sevenzip, "MAX_MEMBER_BYTES", 4096)
    monkeypatch.setattr(py7zr.SevenZipFile, "extract", None)
    assert listed(tmp_path, "大.7z", big)[0] == (
        "大.7z/大.txt: is 5,000 bytes (limit 4,096); unpack it and split it"
    )
    monkeypatch.setattr(archive, "MAX_TOTAL_BYTES", 5004)  # (the directory check is archive.py's)
    with pytest.raises(DocumentTooLarge) as caught:
        listed(tmp_path, "大.7z", big)
    assert str(caught.value) == "大.7z: expands to 5,005 bytes (limit 5,004); unpack it and index its files"


@pytest.mark.parametrize("encoded", [True, False], ids=["compressed", "stored"])
def test_a_header_over_its_bound_is_refused_before_py7zr_reads_it(tmp_path: Path, encoded: bool) -> None:
    """py7zr reads a header of up to 256 MiB, a dict for each of up to 8 million entries; a compressed one
    of a few KB can declare that much. 600 names of 1,000 characters stand for it here."""
    data = seven_zip([(f"{n:04d}{'名' * 996}.txt", b"") for n in range(600)], encoded_header=encoded)
    assert len(data) < 20_000 if encoded else len(data) > 1024 * 1024
    with pytest.raises(DocumentTooLarge) as caught:
        listed(tmp_path, "长名.7z", data)
    size = "a header that expands to 1,216,261 bytes" if encoded else "a header of 1,216,256 bytes"
    assert str(caught.value) == f"长名.7z: has {size} (limit 1,048,576); unpack it and index its files"


def test_a_solid_blocks_members_are_inflated_once_and_read_alike(tmp_path: Path) -> None:
    """The first member read from a solid block inflates the block once and keeps its members; each member
    read in any order is the bytes py7zr extracts for it alone (the reference), and an archive rewritten in
    place is read afresh, not from what was kept."""
    entries = [(f"附件/{n:02d}.txt", f"第{n}份材料。".encode() * (n + 1)) for n in range(6)]
    entries.append(("附件/表.docx", docx_of(RULES)))
    path = tmp_path / "材料.7z"
    path.write_bytes(seven_zip(entries))
    with py7zr.SevenZipFile(path) as opened:
        assert len({id(f.folder) for f in opened.files}) == 1  # (one solid block)
    reference = {m: bytes(sevenzip._inflate(path, [m])[m].data) for m, _ in entries}
    assert reference == dict(entries)
    assert read_member(path, "附件/03.txt", "材料.7z/附件/03.txt") == "第3份材料。".encode() * 4
    assert archive._kept is not None and archive._kept[1] == dict(entries)
    for member, data in [*reversed(entries), *entries]:
        assert read_member(path, member, f"材料.7z/{member}") == data
    changed = [(name, data + "（修订）".encode()) for name, data in entries]
    path.write_bytes(seven_zip(changed))
    assert (
        read_member(path, "附件/03.txt", "材料.7z/附件/03.txt")
        == "第3份材料。".encode() * 4 + "（修订）".encode()
    )
    assert archive._kept[1] == dict(changed)


def test_a_block_over_its_bound_or_with_a_bad_name_is_read_member_by_member(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A block over BLOCK_BYTES, or one holding a name py7zr will not write, is not kept: each member is
    inflated alone, the good ones read and the bad one its own line."""
    entries = [("a.txt", "甲。".encode() * 50), ("b.txt", "乙。".encode() * 50)]
    path = tmp_path / "大.7z"
    path.write_bytes(seven_zip(entries))
    monkeypatch.setattr(archive, "_kept", None)
    monkeypatch.setattr(archive, "BLOCK_BYTES", 599)  # (the two members are 600 bytes)
    assert [read_member(path, m, f"大.7z/{m}") for m, _ in entries] == [d for _, d in entries]
    assert archive._kept is None
    bad = renamed(seven_zip([("xx/up.txt", b"up"), *entries], encoded_header=False), "xx/up.txt", "../up.txt")
    assert listed(tmp_path, "坏.7z", bad) == [
        "坏.7z/up.txt: cannot be read from its archive (Specified path is bad: ../up.txt); unpack it and "
        "index its files",
        *entries,
    ]
    assert archive._kept is None
