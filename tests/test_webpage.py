"""Content that extraction and cleaning used to drop (a third policy collection, eval/policy3): the answer of
a 区长信箱 page, which trafilatura discards by its class name (reply-body), and the heading, issuer and first
row of a .docx 办事指南 whose first row states a date. Real trafilatura, real python-docx, real cleaning."""

from __future__ import annotations

import io

import pytest

from indexer.clean import clean_document
from indexer.decode import DocumentError
from indexer.ingest import ingest_bytes
from indexer.load import extract
from indexer.settings import DEFAULTS
from indexer.webpage import missing_hanzi, page_text, read_page

REPLY = "具有本区户籍、年满80周岁的老年人，按年龄段享受养老服务补贴：90至99周岁每人每月300元。"
MAILBOX = (
    "<html><head><title>留言详情_区长信箱_上海市闵行区人民政府</title></head><body>"
    "<div class='head'>上海闵行 | 政务公开 | 政务服务 | 互动交流 | 数据开放</div>"
    "<div class='crumb'>您的位置：首页 &gt; 互动交流 &gt; 区长信箱 &gt; 留言选登</div>"
    "<table class='msg'><tr><th>留言标题</th><td>母亲今年八十二岁，高龄补贴能领多少？</td></tr>"
    "<tr><th>留言内容</th><td>区长您好！我母亲是闵行区户籍，今年82岁。请问高龄老人养老服务补贴每月多少钱？"
    "谢谢！</td></tr></table>"
    "<div class='reply'><div class='reply-head'>办理单位：闵行区民政局　回复时间：2024-05-11</div>"
    f"<div class='reply-body'><p>您的来信收悉，现答复如下：</p><p>{REPLY}</p>"
    "<p>该补贴与市级老年综合津贴可以同时享受。</p></div></div>"
    "<div class='foot'>上海市闵行区人民政府主办 沪ICP备10012345号-1</div></body></html>"
)


def test_a_reply_trafilatura_discards_is_read_from_the_whole_page() -> None:
    page = read_page(MAILBOX)
    assert page.navigation  # the whole page, furniture and all, for clean.py
    assert REPLY in page.text
    cleaned = clean_document(page.text, navigation=True)
    assert REPLY in cleaned.text
    assert "该补贴与市级老年综合津贴可以同时享受。" in cleaned.text
    assert "沪ICP备" not in cleaned.text and "您的位置" not in cleaned.text
    assert extract(MAILBOX.encode("utf-8"), ".html").text == page.text


def test_a_page_trafilatura_reads_whole_stays_its_reading() -> None:
    html = (
        "<html><head><title>通知</title></head><body><ul class='menu'><li>首页</li><li>政务公开</li></ul>"
        "<div class='article'><h1>关于发放消费券的通知</h1><p>第二期消费券将于2024年6月1日10时起发放，"
        "每人限领一次。</p><p>消费券有效期为15天，逾期自动作废。</p></div></body></html>"
    )
    page = read_page(html)
    assert not page.navigation
    assert "第二期消费券将于2024年6月1日10时起发放，每人限领一次。" in page.text
    assert "首页" not in page.text


def test_page_text_keeps_blocks_in_order_and_rows_as_cells() -> None:
    html = (
        "<html><head><title>t</title><style>p{}</style></head><body><nav>首页 新闻</nav>"
        "<p>甲段。<b>加粗</b>续</p><table><tr><th>项目</th><td>内容</td></tr><tr><td>收费</td><td>不收费</td>"
        "</tr></table><script>var x=1;</script><div>乙段<br/>丙行</div></body></html>"
    )
    assert page_text(html) == "甲段。加粗续\n项目 | 内容\n收费 | 不收费\n乙段\n丙行"
    # nested 200 deep: read without recursion; 5,000 deep: past libxml2's depth limit, read flattened
    for depth in (200, 5000):
        deep = f"<html><body>{'<div>' * depth}这是一个很深的页面里的一句话。{'</div>' * depth}</body></html>"
        assert page_text(deep) == "这是一个很深的页面里的一句话。"
    assert page_text("") == ""


def test_missing_hanzi_counts_whole_sentences_only() -> None:
    page = "首页 政务公开 政务服务 互动交流 数据开放\n甲乙丙丁戊己庚辛壬癸子丑。\n短句。"
    assert missing_hanzi(page, "") == 12  # the menu line ends no sentence; 短句 is under 10 hanzi
    assert missing_hanzi(page, "甲乙丙丁戊己庚辛壬癸 子丑。") == 0  # whitespace apart


def test_a_guide_docx_keeps_its_heading_issuer_and_dated_first_row() -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("洪山区2024年小学一年级新生入学办事指南")
    document.add_paragraph("武汉市洪山区教育局　2024年6月")
    table = document.add_table(rows=3, cols=2)
    rows = [
        ("项目", "内容"),
        ("服务对象", "2024年8月31日前年满6周岁的适龄儿童"),
        ("入学方式", "户籍儿童按“房户一致”原则划片入学；随迁子女按条件申请入学"),
    ]
    for row, (a, b) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = a, b
    buffer = io.BytesIO()
    document.save(buffer)
    extracted = extract(buffer.getvalue(), ".docx")
    cleaned = clean_document(extracted.text, navigation=extracted.navigation)
    assert cleaned.title == "洪山区2024年小学一年级新生入学办事指南"
    assert cleaned.date is None  # a table row's date is what it states, not the document's
    assert cleaned.text.split("\n") == [
        "洪山区2024年小学一年级新生入学办事指南",
        "武汉市洪山区教育局 2024年6月",
        "项目 | 内容",
        "服务对象 | 2024年8月31日前年满6周岁的适龄儿童",
        "入学方式 | 户籍儿童按“房户一致”原则划片入学；随迁子女按条件申请入学",
    ]


def test_a_page_nested_past_libxml2s_depth_limit_is_read_whole() -> None:
    """A fault probe: an old site's unclosed <font> tags nest a level a line; past about 255 levels lxml's
    default parser stopped, and the rest of the page was dropped without a word (146 of 400 articles), or a
    page whose only paragraph sat deeper was called empty."""
    articles = "".join(f"<font size=3>第{i}条：人才住房补贴第{i}档{i}00元。<br>" for i in range(400))
    page = read_page(f"<html><head><title>人才补贴实施细则</title></head><body>{articles}</body></html>")
    assert "第1条：人才住房补贴第1档100元。" in page.text
    assert "第399条：人才住房补贴第399档39900元。" in page.text
    paragraph = "<p>深处的段落：补贴五万元。</p>"
    deep = "<html><body>" + "<div>" * 300 + paragraph + "</div>" * 300 + "</body></html>"
    assert read_page(deep).text == "深处的段落：补贴五万元。"


def test_a_page_nested_past_huge_trees_own_limit_is_read_whole() -> None:
    """Past 2,048 levels libxml2 stops even with huge_tree: a 3,000-line page of unclosed <font> tags lost
    its last 954 lines without a word, and a paragraph 5,000 <div>s deep was called empty (a fault probe).
    Such a page is parsed again without its inline tags, then with its blocks (tables too) as line breaks."""
    lines = "".join(f"<font face=宋体>第{i}条 每户补助{i}元。<br>" for i in range(3000))
    page = read_page(f"<html><body><div class=content>{lines}</div></body></html>")
    assert page.text.split("\n") == [f"第{i}条 每户补助{i}元。" for i in range(3000)]
    paragraphs = "<p>根据通知，每户补助3000元。</p><p>申请时间为2025年3月1日至6月30日。</p>"
    deep = "<html><body>" + "<div>" * 5000 + paragraphs + "</div>" * 5000 + "</body></html>"
    assert read_page(deep).text == "根据通知，每户补助3000元。\n申请时间为2025年3月1日至6月30日。"
    assert page_text(deep) == "根据通知，每户补助3000元。\n申请时间为2025年3月1日至6月30日。"
    # tables in tables 5,000 deep (a layout table per level) had been called empty too: their cells are
    # read as lines
    tables = "<html><body>" + "<table><tr><td>" * 5000 + paragraphs + "</td></tr></table>" * 5000
    assert read_page(tables + "</body></html>").text == (
        "根据通知，每户补助3000元。\n申请时间为2025年3月1日至6月30日。"
    )


def test_a_frameset_page_is_refused_naming_its_frames_and_a_placeholder_title_is_no_title() -> None:
    """A site's article in a frame (eval/policy23, 涞源县): the frameset page had been indexed as its
    <noframes> apology in raw markup (<body>您的浏览器不支持框架…</body>), and the framed page, whose <title>
    says only 正文, titled 正文 in every citation. The frameset page is refused naming the frame to index,
    unless its <noframes> holds text of its own; the framed page is titled by its headline."""
    frames = (
        "<html><head><title>某县殡葬服务费用减免办法</title></head><frameset rows='0,*'>"
        "<frame src='about:blank'><frame src='main_content.htm' name='mainFrame'></frameset>"
        "<noframes><body>您的浏览器不支持框架，请升级浏览器。</body></noframes></html>"
    )
    with pytest.raises(DocumentError) as caught:
        extract(frames.encode(), ".htm", name="办法.htm")
    assert caught.value.reason == (
        "is a frameset page: its text is in the pages it frames (main_content.htm); index those"
    )
    fallback = frames.replace("您的浏览器不支持框架，请升级浏览器。", "<p>第一条 每具遗体减免1250元。</p>")
    assert extract(fallback.encode(), ".htm", name="办法.htm").text == "第一条 每具遗体减免1250元。"
    framed = (
        "<html><head><title>正文</title></head><body><table>"
        "<tr><td>当前位置：首页 &gt;&gt; 民政服务 &gt;&gt; 殡葬管理</td></tr>"
        "<tr><td><b>某县基本殡葬服务费用减免办法</b></td></tr>"
        "<tr><td>发布单位：某县民政局　发布时间：2024-12-18</td></tr>"
        "<tr><td><p>第一条 为深化殡葬改革，减轻群众丧葬负担，制定本办法。</p>"
        "<p>第二条 每具遗体最高减免基本殡葬服务费用1250元。</p></td></tr></table></body></html>"
    )
    page = extract(framed.encode(), ".htm", name="main_content.htm")
    assert page.title is None
    assert (
        ingest_bytes("main_content.htm", framed.encode(), DEFAULTS).meta.title
        == "某县基本殡葬服务费用减免办法"
    )


def test_a_saved_error_page_is_refused_saying_what_it_says() -> None:
    """A dead 政策解读 link saved under the article's name (eval/policy24) had been indexed as a document
    titled 404 whose text was 「抱歉，您访问的页面不存在或已被删除！ 返回首页」. A short page of content is
    read, a number in it no error."""
    dead = (
        "<html><head><title>404</title></head><body><div class='err'><img src='/images/404.png'>"
        "<p>抱歉，您访问的页面不存在或已被删除！</p><p><a href='/'>返回首页</a></p></div></body></html>"
    )
    with pytest.raises(DocumentError) as caught:
        extract(dead.encode(), ".html", name="政策解读.html")
    assert caught.value.reason == (
        "is an error page (抱歉，您访问的页面不存在或已被删除！ 返回首页), not a document; "
        "save the page again once it opens"
    )
    gone = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"
    with pytest.raises(DocumentError):
        extract(gone.encode(), ".html", name="a.html")
    short = "<html><head><title>通知</title></head><body><p>咨询电话：0530-404，补贴500元。</p></body></html>"
    assert extract(short.encode(), ".html", name="b.html").text == "咨询电话：0530-404，补贴500元。"


def test_a_page_nested_deep_in_inline_tags_is_read_whole_and_english_errors_need_an_english_page() -> None:
    """2,100 unclosed <tt> (or <code>, <ins>, <nobr>…) had lost everything past libxml2's depth limit, and
    1,500 nested <code> had made trafilatura's recursive walk fail (a fault probe); 「钱包 not found
    请联系前台。」 and a short page titled 404 with a sentence of content had been refused as error pages."""
    for tag in ("tt", "code", "ins", "nobr"):
        deep = f"<html><body><p>开头。</p>{f'<{tag}>' * 2100}<p>深层内容。</p><p>结尾段落。</p></body></html>"
        assert read_page(deep).text.split("\n") == ["开头。", "深层内容。", "结尾段落。"]
    code = "<html><body><p>开头。</p>" + "<code>" * 1500 + "深层内容。" + "</code>" * 1500 + "</body></html>"
    assert read_page(code).text.split("\n") == ["开头。", "深层内容。"]
    notice = (
        "<html><head><title>失物招领</title></head><body><p>钱包 not found 请联系前台。</p></body></html>"
    )
    assert extract(notice.encode(), ".html", name="a.html").text == "钱包 not found 请联系前台。"
    order = "<html><head><title>404</title></head><body><p>第404号令：补贴每人五百元。</p></body></html>"
    assert extract(order.encode(), ".html", name="b.html").text == "第404号令：补贴每人五百元。"
    english = "<html><head><title>Error</title></head><body><h1>Not Found</h1><p>The URL was not found.</p>"
    with pytest.raises(DocumentError):
        extract((english + "</body></html>").encode(), ".html", name="c.html")


def test_a_long_line_without_a_sentence_end_is_read_once() -> None:
    """A fault probe: each position of a 120 KB line with no 。 had been scanned to the line's end (over 60 s
    in the check of what trafilatura left out); only whole sentences count, as before."""
    page = "字" * 120_000 + "\n这是一个完整的句子有十五个汉字。尾巴没有句号"
    assert missing_hanzi(page, "") == 15
    assert missing_hanzi(page, "这是一个完整的句子有十五个汉字。") == 0


def test_a_pages_article_in_an_iframe_srcdoc_is_read_where_the_frame_stands() -> None:
    """eval/policy26's 政策解读 (written blind) holds its 问/答 only in an <iframe srcdoc>, HTML-escaped in
    the attribute: it had been indexed as its page chrome alone (发布日期, 打印本页, 关闭窗口)."""
    inner = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>正文</title></head><body>"
        "<p>问：一户人家一个月用20吨水，要交多少水费？</p>"
        "<p>答：前15吨按第一阶梯每吨2.30元计算为34.50元，超出的5吨按第二阶梯每吨3.45元计算为17.25元，"
        "合计51.75元。</p></body></html>"
    )
    escaped = inner.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")
    page = (
        "<html><head><title>政策解读_磐安县人民政府</title></head><body>"
        "<div class='crumb'>首页 &gt; 政策解读</div><h1>《水价核定及水费减免办法》政策解读</h1>"
        f"<iframe id='jdFrame' title='政策解读正文' sandbox='allow-same-origin' srcdoc='{escaped}'>"
        "您的浏览器不支持iframe</iframe>"
        "<div class='tools'>【打印本页】【关闭窗口】</div></body></html>"
    )
    read = extract(page.encode(), ".html", name="政策解读.html")
    assert read.title == "《水价核定及水费减免办法》政策解读"
    assert read.text.splitlines() == [
        "首页 > 政策解读",
        "问：一户人家一个月用20吨水，要交多少水费？",
        "答：前15吨按第一阶梯每吨2.30元计算为34.50元，超出的5吨按第二阶梯每吨3.45元计算为17.25元，"
        "合计51.75元。",
        "【打印本页】【关闭窗口】",
    ]
    # (a srcdoc holding another's is read two levels deep)
    framed = "&lt;iframe srcdoc=&quot;&amp;lt;p&amp;gt;附注&amp;lt;/p&amp;gt;&quot;&gt;&lt;/iframe&gt;"
    nested = page.replace(escaped, escaped.replace("&lt;p&gt;问", framed + "&lt;p&gt;问"))
    assert "附注" in extract(nested.encode(), ".html", name="政策解读.html").text.splitlines()


def test_a_page_of_too_many_elements_is_read_whole_without_trafilatura() -> None:
    """trafilatura's time grows with the square of a page's elements (12.9 s for 40,000 <div><p>; a 10 MB
    upload may hold far more, and held the upload queue behind it: a fault probe): past
    htmlprep.MAX_ELEMENTS the page is read whole, as one too deep for it is, every line kept."""
    from indexer.htmlprep import MAX_ELEMENTS

    count = MAX_ELEMENTS // 2 + 1  # a <div> and a <p> each
    rows = "".join(f"<div><p>第{i}条 补贴标准为每人每年{i}元。</p></div>" for i in range(count))
    page = read_page(f"<html><head><title>补贴标准</title></head><body>{rows}</body></html>")
    assert page.navigation and page.title == "补贴标准"
    lines = page.text.split("\n")
    assert len(lines) == count
    assert lines[0] == "第0条 补贴标准为每人每年0元。"
    assert lines[-1] == f"第{count - 1}条 补贴标准为每人每年{count - 1}元。"
