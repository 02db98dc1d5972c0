"""Messy documents one at a time: UTF-16 without a byte-order mark, binary data, an HTML page's date and
navigation, pager links. Each case failed before its fix (tests/test_messy.py: folders and processes)."""

from __future__ import annotations

import pytest

from indexer.ingest import ingest_bytes
from indexer.load import DocumentError, decode_bytes, extract
from indexer.settings import DEFAULTS

TEXT = "东德\n\n民主德國的大規模移民潮使其生存受到威脅。运城市拿出150个事业编制 (ABC 2023)。\n"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_byte_order_mark_is_decoded(codec: str) -> None:
    assert decode_bytes(TEXT.encode(codec)) == TEXT
    assert decode_bytes(b"\xff\xfe" + TEXT.encode("utf-16-le")) == TEXT


@pytest.mark.parametrize("data", [bytes(range(256)) * 4, b"\x7fELF\x02\x01\x01" + bytes(200), b"a\x00b"])
def test_binary_with_nul_bytes_is_still_refused(data: bytes) -> None:
    with pytest.raises(DocumentError, match="is not a text file"):
        decode_bytes(data, name="x.txt")


BODY = "<p>运城市开始设立人才编制周转池，全市共投入资金五千万元用于人才引进工作，共引进人才两千名。</p>"


@pytest.mark.parametrize(
    ("head", "body", "date"),
    [
        ("", "<p>2019年，运城市建成2000平方米人才公寓。</p>", None),  # was 2000-01-01
        ('<meta name="date" content="2023-02-06">', "", "2023-02-06"),
        ("", '<div class="info">发布时间：2023-02-06 10:00</div>', "2023-02-06"),
        ("", '<time datetime="2022-05-01">2022-05-01</time>', "2022-05-01"),
    ],
)
def test_html_date_comes_from_markup_never_from_a_number_in_the_text(
    head: str, body: str, date: str | None
) -> None:
    page = f"<html><head><title>通知</title>{head}</head><body>{body}{BODY}</body></html>"
    assert extract(page.encode("utf-8"), ".html", name="p.html").date == date


def test_navigation_of_a_short_page_is_not_indexed() -> None:
    page = (
        "<html><head><title>通知</title></head><body>"
        '<nav><a href="/">网站首页</a> <a>新闻中心</a> <a>政务公开</a></nav>'
        '<div role="navigation"><a>上一篇</a><a>下一篇</a></div>'
        "<div>运城市人才公寓</div></body></html>"
    )
    assert extract(page.encode("utf-8"), ".html", name="p.html").text == "运城市人才公寓"  # was the menu too
    only_menu = "<html><body><nav>home</nav><script>alert(1)</script></body></html>"
    with pytest.raises(DocumentError, match="is empty; nothing to index"):
        ingest_bytes("menu.html", only_menu.encode("utf-8"), DEFAULTS)


def test_pager_links_alone_on_their_line_are_furniture() -> None:
    page = "点击这里\n\n上一篇\n下一篇\n\n【打印】【关闭】\n"
    with pytest.raises(DocumentError, match="only site furniture"):  # was indexed as 点击这里 上一篇 下一篇
        ingest_bytes("spam.md", page.encode("utf-8"), DEFAULTS)
    kept = ingest_bytes("a.txt", "下一篇报道将介绍运城市的人才公寓。\n上一篇\n".encode(), DEFAULTS)
    assert kept.text == "下一篇报道将介绍运城市的人才公寓。"
