"""Printed pages back into paragraphs (indexer/reflow.py): hard-wrapped PDF and pdftotext lines joined,
running headers, footers and page numbers dropped, citations still on the right page; text with one paragraph
per line untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.pdfreflow import wrap_by_chars
from indexer.clean import clean_document
from indexer.ingest import ingest_bytes
from indexer.load import extract, locate_pages, page_at
from indexer.reflow import is_page_number, unwrap_pages, unwrap_text
from indexer.settings import IndexSettings
from tests.conftest import pdf_bytes

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HEADER = "某市人才工作领导小组办公室文件"
TITLE = "关于设立人才编制周转池的通知"
P1 = (
    "治国安邦，人才为本。坚持党对人才工作的全面领导，是做好人才工作的根本保证，是充分发挥党的领导核心作用的"
    "一个重要方面，也是中国特色社会主义制度优势的重要体现。"
)
P2 = (
    "一、拿出150个事业编制作为人才引进事业编制周转池，先后组织开展市管高校、公立医院和市直事业单位引进高素质"
    "青年人才工作，全市共引进高素质人才1800余人，组织实施大学生就业创业春雨行动。"
)
P3 = "二、完善人才服务体系。"


LINES = wrap_by_chars([TITLE, P1, P2, P3])
# P2 runs over the page break in the middle of a sentence (and of a number: 1800 / 余人)
PAGES = [[HEADER, *LINES[:6], "— 1 —"], [HEADER, *LINES[6:], "— 2 —"]]


def test_the_layout_under_test_is_what_pypdf_gives() -> None:
    assert LINES[1:4] == [
        "  治国安邦，人才为本。坚持党对人才工作的全面领导，是做好人才工作的根本保证",
        "，是充分发挥党的领导核心作用的一个重要方面，也是中国特色社会主义制度优势的重",
        "要体现。",
    ]
    assert (LINES[5][-6:], LINES[6]) == ("人才1800", "余人，组织实施大学生就业创业春雨行动。")


def test_hard_wrapped_pdf_reads_as_paragraphs_without_furniture() -> None:
    extracted = extract(pdf_bytes(["\n".join(page) for page in PAGES]), ".pdf")
    assert extracted.text == "\n".join(["  " + TITLE, "  " + P1, "  " + P2, "  " + P3])
    cleaned = clean_document(extracted.text, navigation=False)
    assert (cleaned.title, cleaned.text) == (TITLE, "\n".join([TITLE, P1, P2, P3]))
    # the page texts keep their lines (for locating pages) but not the header and the page numbers
    assert extracted.pages == ("\n".join(LINES[:6]), "\n".join(LINES[6:]))


def test_a_sentence_across_a_page_break_is_cited_on_both_pages() -> None:
    prepared = ingest_bytes("notice.pdf", pdf_bytes(["\n".join(page) for page in PAGES]), IndexSettings())
    text, pages = prepared.text, prepared.meta.pages
    assert pages == (0, text.index("余人，组织实施"))
    assert page_at(pages, text.index("一、拿出150个")) == 1
    assert page_at(pages, text.index("全市共引进高素质人才1800")) == 1
    assert page_at(pages, text.index("组织实施大学生")) == 2
    assert page_at(pages, text.index(P3)) == 2
    # the sentence is in one passage, quotable whole (with the short paragraphs around it, P1 and P3)
    assert [text[s.start : s.end] for s in prepared.spans if P2 in text[s.start : s.end]] == [
        "\n".join([P1, P2, P3])
    ]


def test_pages_are_found_when_their_first_line_is_short_or_joined() -> None:
    clean = "标题\n第一段的文字到了页尾，接着下一页的文字。\n短\n第二页的第二段。"
    # page 2 begins with the end of a joined line; page 3 with a line of one character
    assert locate_pages(
        clean, ["标题\n第一段的文字到了页尾，", "接着下一页的文字。", "短\n第二页的第二段。"]
    ) == (
        0,
        clean.index("接着"),
        clean.index("短"),
    )


PDFTOTEXT = (
    HEADER
    + "\n"
    + "\n".join(
        [
            "治国安邦，人才为本。坚持党对人才工作的全面领导，是做好人才工作的根本",
            "保证，是充分发挥党的领导核心作用的一个重要方面，也是中国特色社会主义",
            "制度优势的重要体现。",
            "拿出150个事业编制作为人才引进事业编制周转池，先后组织开展市管高校、公立",
            "医院和市直事业单位引进高素质青年人才工作，全市共引进高素质人才1800余人",
        ]
    )
    + "\n第 1 页 共 2 页\n\f"
    + HEADER
    + "\n，组织实施大学生就业创业春雨行动。\n二、完善人才服务体系。\n第 2 页 共 2 页\n\f"
)


@pytest.mark.parametrize(("newline", "codec"), [("\n", "utf-8"), ("\r\n", "gb18030")])
def test_pdftotext_output_reads_as_paragraphs(newline: str, codec: str) -> None:
    text = extract(PDFTOTEXT.replace("\n", newline).encode(codec), ".txt").text
    assert text.replace("\r", "").rstrip() == "\n".join([P1, P2[2:], P3])
    assert clean_document(text).text == "\n".join([P1, P2[2:], P3])


def test_latin_words_keep_their_space_and_numbers_stay_whole() -> None:
    text = "\n".join(
        [
            "市政府与Tsinghua University签署协议，引进人才2000余名，建成the innovation",
            "center，并在科创城设立研发中心，投资16.18亿元，规划总面积278亩，首期建成850",
            "0平方米，同时启动二期工程建设，推动产学研深度融合，力争三年内形成产业集群和",
            "人才高地。",
        ]
    )
    assert unwrap_text(text) == (
        "市政府与Tsinghua University签署协议，引进人才2000余名，建成the innovation center，并在科创城设立"
        "研发中心，投资16.18亿元，规划总面积278亩，首期建成8500平方米，同时启动二期工程建设，推动产学研深度"
        "融合，力争三年内形成产业集群和人才高地。"
    )


def test_lines_cut_every_so_many_characters_are_joined_whatever_their_columns() -> None:
    # A tool that cuts every 33 characters, no indentation: with digits (one column each) the lines run 55 to
    # 66 columns, and the modal column width is the headings' (一、工作目标): the width is read in characters.
    paragraphs = [
        "为从根本上消除瓶装液化石油气使用安全隐患，加快推进燃气“瓶改管”工作，结合我区实际，制定本方案。",
        "一、工作目标",
        "2024年11月30日前，完成辖区内具备管道天然气接入条件的1.2万户瓶装液化石油气用户改造。",
        "二、补贴对象",
        "辖区内正在使用瓶装液化石油气、具备管道天然气接入条件的居民用户和餐饮等非居民用户。",
        "三、补贴标准",
        "（一）居民用户：每户改造初装费2600元，区财政补贴1800元，用户自付800元。",
        "（二）非居民用户：按改造工程费用的50%给予补贴，单户最高不超过20000元。",
    ]
    lines = [p[i : i + 33] for p in paragraphs for i in range(0, len(p), 33)]
    assert "0000元。" in lines and "一、工作目标" in lines  # the figure is cut at the wrap
    assert unwrap_pages(["\n".join(lines)]).text == "\n".join(paragraphs)


def test_a_line_ending_a_sentence_at_the_margin_is_kept_apart_without_indentation() -> None:
    # Without indentation nothing tells a paragraph's last line that reached the margin from a line that
    # happened to end a sentence there: the break stays (between two sentences, where it costs nothing).
    text = "\n".join(
        [
            "坚持把项目落地作为省校合作的核心内容，在与高校大量对接签约的基础上，通过",
            "领导包联、项目督导、定期调度等办法推动合作协议落地，聚焦人才平台项目。",
            "将橄榄枝抛向高校，招商引才、资源共享基地建设效果显著，仅与武汉大学就签订",
            "协议35个，落地项目20个。",
            "保障措施",
            "各地要高度重视人才工作，加强组织领导，完善工作机制，确保各项措施落到实处，",
            "形成工作合力。",
        ]
    )
    assert unwrap_text(text).split("\n") == [
        "坚持把项目落地作为省校合作的核心内容，在与高校大量对接签约的基础上，通过领导包联、项目督导、定期调度"
        "等办法推动合作协议落地，聚焦人才平台项目。",
        "将橄榄枝抛向高校，招商引才、资源共享基地建设效果显著，仅与武汉大学就签订协议35个，落地项目20个。",
        "保障措施",
        "各地要高度重视人才工作，加强组织领导，完善工作机制，确保各项措施落到实处，形成工作合力。",
    ]


def test_markers_and_indentation_start_paragraphs() -> None:
    text = "\n".join(
        [
            "为深入实施人才强市战略，现就设立人才编制周转池有关事项通知如下，请认真贯彻",
            "落实，各单位要结合实际制定具体办法，切实抓好组织实施并及时报送进展情况",
            "（一）总体要求。坚持党管人才原则，统筹编制资源，建立人才专用编制周转池，",
            "向产业链人才急需领域精准投放。",
            "第三条 本办法自发布之日起施行，由市委组织部、市委编办负责解释和具体实施",
            "　　附：人才编制周转池使用情况统计表，各单位按季度填报并报送市委人才办",
            "备案。",
        ]
    )
    assert unwrap_text(text).split("\n") == [
        "为深入实施人才强市战略，现就设立人才编制周转池有关事项通知如下，请认真贯彻落实，各单位要结合实际"
        "制定具体办法，切实抓好组织实施并及时报送进展情况",
        "（一）总体要求。坚持党管人才原则，统筹编制资源，建立人才专用编制周转池，向产业链人才急需领域精准投放。",
        "第三条 本办法自发布之日起施行，由市委组织部、市委编办负责解释和具体实施",
        "　　附：人才编制周转池使用情况统计表，各单位按季度填报并报送市委人才办备案。",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "— 3 —",
        "-3-",
        "- 12 -",
        "－3－",
        "第3页",
        "第 3 页 共 10 页",
        "共10页，第3页",
        "Page 3 of 10",
        "- iv -",
    ],
)
def test_page_number_lines(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["3/10", "3", "第3页有误。", "2023-3-5", "—— 全文完 ——", "第三条", "-3-5-"])
def test_lines_that_are_no_page_number_on_their_own(line: str) -> None:
    assert not is_page_number(line)


def test_running_headers_footers_and_edge_numbers_go_content_stays() -> None:
    unwrapped = unwrap_pages(
        [
            "运城市人民政府公报 2023年第5期\n一、第一页的正文。\n3/10",
            "运城市人民政府公报 2023年第5期\n运城市人民政府公报 2023年第5期刊登了本文。\n"
            "二、第二页的正文。\n4/10",
            "运城市人民政府公报 2023年第6期\n三、第三页的正文。\n5",
            "四、第四页的正文。\n第四页末尾的一行。",
        ]
    )
    assert unwrapped.text == (
        "一、第一页的正文。\n运城市人民政府公报 2023年第5期刊登了本文。\n二、第二页的正文。\n"
        "三、第三页的正文。\n四、第四页的正文。\n第四页末尾的一行。"
    )
    assert unwrapped.pages[1] == "运城市人民政府公报 2023年第5期刊登了本文。\n二、第二页的正文。"


def test_a_line_repeated_on_too_few_pages_stays() -> None:
    pages = ["某市文件\n第一页。", "第二页。", "第三页。"]
    assert unwrap_pages(pages).text == "某市文件\n第一页。\n第二页。\n第三页。"


def test_text_without_pages_loses_only_unambiguous_page_numbers() -> None:
    assert (
        unwrap_text("第一段。\n— 2 —\n第二段。\n3/10\n12\n第 3 页 共 10 页\n")
        == "第一段。\n第二段。\n3/10\n12\n"
    )


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.stem)
def test_text_with_one_paragraph_per_line_is_untouched(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert unwrap_text(text) is text
    assert extract(path.read_bytes(), ".txt").text == text


def test_equal_short_lines_and_table_rows_are_not_run_together() -> None:
    regions = "\n".join(["运城市盐湖区", "运城市临猗县", "运城市万荣县", "运城市闻喜县", "运城市稷山县"])
    assert unwrap_text(regions) == regions
    table = "\n".join(
        [
            "序号  单位名称                  引进人数  编制数量  使用情况说明文字",
            "1     运城市第一人民医院        12        10        已使用八个剩余两个",
            "2     运城学院                  30        25        已使用二十个剩余五",
            "3     山西大容量计量站          4         4         全部使用并完成备案",
        ]
    )
    # … and a table whose columns the file aligns with spaces is read as one (its cells parted as cleaning
    # parts an HTML table's), each row its own line
    assert unwrap_text(table).split("\n") == [
        "序号 | 单位名称 | 引进人数 | 编制数量 | 使用情况说明文字",
        "1 | 运城市第一人民医院 | 12 | 10 | 已使用八个剩余两个",
        "2 | 运城学院 | 30 | 25 | 已使用二十个剩余五",
        "3 | 山西大容量计量站 | 4 | 4 | 全部使用并完成备案",
    ]


def test_two_aligned_columns_of_a_text_file_are_a_label_and_its_value() -> None:
    # eval/policy10 n05 (written blind, GBK): the 产假 days stood as 难产（含剖宫产）          113天, a line
    # read as a heading; a sentence of single spaces is no table
    text = "\n".join(["三、生育津贴", "    顺产                  98天", "    难产（含剖宫产）      113天"])
    assert unwrap_text(text).split("\n") == ["三、生育津贴", "顺产 | 98天", "难产（含剖宫产） | 113天"]
    prose = "第一条 为规范 管理 制定本办法\n第二条 本办法 适用于 全区"
    assert unwrap_text(prose) == prose


def test_a_short_heading_after_an_unfinished_line_stays_a_heading() -> None:
    text = "\n".join(
        [
            "各地要高度重视人才工作，加强组织领导，完善工作机制，确保各项措施落到实处，",
            "形成工作合力，对成效明显的地区和单位予以通报表扬并在资金项目上给予倾斜支持",
            "保障措施",
            "一、加强组织领导。各级党委要把人才工作摆在突出位置，主要负责同志亲自抓，分管",
            "负责同志具体抓。",
        ]
    )
    assert unwrap_text(text).split("\n") == [
        "各地要高度重视人才工作，加强组织领导，完善工作机制，确保各项措施落到实处，形成工作合力，对成效明显的"
        "地区和单位予以通报表扬并在资金项目上给予倾斜支持",
        "保障措施",
        "一、加强组织领导。各级党委要把人才工作摆在突出位置，主要负责同志亲自抓，分管负责同志具体抓。",
    ]


# A short notice as pypdf gives it: most lines are one-line paragraphs (文号, 主送, a one-line article, the
# signature), so fewer than 40% of its lines are wrapped — but each of its long articles is.
NOTICE = [
    "郑州市金水区人力资源和社会保障局",
    "金人社〔2023〕2号",  # noqa: RUF001
    "关于印发《金水区技能人才提升补贴实施办法》的通知",
    "各街道办事处，区直各单位，辖区各企业：",
    "现将《金水区技能人才提升补贴实施办法》印发给你们，请遵照执行。",
    "第一条\u3000为加快培养高技能人才，鼓励劳动者提升职业技能，结合我区实际，",
    "制定本办法。",
    "第三条\u3000技能提升补贴标准为：取得初级工证书的补贴1000元，取得中级",
    "工证书的补贴1500元，取得高级工证书的补贴2000元，取得技师证书",
    "的补贴3000元，取得高级技师证书的补贴5000元。",
    "第五条\u3000对新认定的国家级技能大师工作室给予一次性资助30万元，省级技",
    "能大师工作室给予一次性资助10万元。",
    "第七条\u3000本办法自2023年2月1日起施行。",
    "郑州市金水区人力资源和社会保障局",
    "2023年1月16日",
]


def test_a_short_printed_notice_is_joined_back_too() -> None:
    """Issue (a policy collection): a notice's PDF was left as printed lines (4 of 15 wrapped, under the 40%
    asked of any text), so 第五条's first line became a heading and its 30万元 was in no passage."""
    text = unwrap_pages(["\n".join(NOTICE)]).text
    article = NOTICE[10] + NOTICE[11]  # 第五条 …资助30万元，省级技 + 能大师工作室给予一次性资助10万元。
    assert article in text
    assert "取得高级工证书的补贴2000元，取得技师证书的补贴3000元" in text
    assert text.split("\n")[:5] == NOTICE[:5]  # the one-line paragraphs stay apart
    assert text.split("\n")[-3:] == NOTICE[-3:]
    # plain text is not known to be printed lines, yet its lines at the margin are nearly all open (4 of 5),
    # share one width and run on into the line that ends their sentence: wrapped too
    assert unwrap_text("\n".join(NOTICE)) == text


# An FAQ saved as hard-wrapped GB18030 .txt (a second policy collection's 萧山区职称评审政策一问一答): most
# lines are short 一问 lines and one-line answers, so 3 wrapped lines of 14 fell under the share asked of all
# lines, and
# 「…在30个工作日内通过“浙江省职」 / 「称管理服务平台”下载电子证书…」 were two sentences: the answer to
# 「评上职称以后多久能拿到证书?」 lost its half with the 30个工作日.
FAQ = [
    "萧山区职称评审政策一问一答",
    "",
    "一问：民营企业的专业技术人员可以在萧山申报职称吗？",
    "答：可以。在萧山区非公有制经济组织工作的专业技术人员，可通过",
    "所在单位或区人才市场申报职称，与国有企事业单位人员同等对待。",
    "二问：具有博士学位的可以直接申报中级职称吗？",
    "答：可以。具有博士学位的，可直接申报中级职称；取得硕士学位后",
    "从事本专业技术工作满3年的，可申报中级职称。",
    "三问：评审结果公示多少天？",
    "答：评审结果公示期为5个工作日。",
    "四问：职称证书多久可以领取？",
    "答：评审结果公示期满无异议的，在30个工作日内通过“浙江省职",
    "称管理服务平台”下载电子证书，电子证书与纸质证书具有同等效力",
    "。",
    "（萧山区人力资源和社会保障局 2024年6月）",
]


def test_a_short_wrapped_faq_is_joined_by_its_lines_at_the_margin() -> None:
    lines = unwrap_text("\n".join(FAQ)).split("\n")
    assert lines == [
        *FAQ[:3],
        FAQ[3] + FAQ[4],
        FAQ[5],
        FAQ[6] + FAQ[7],
        *FAQ[8:11],
        FAQ[11] + FAQ[12] + FAQ[13],
        FAQ[14],
    ]
    # lines of one width that never run on into a sentence's end (a directory, a menu) among one-line
    # paragraphs stay apart
    directory = "\n".join(
        [
            "运城市盐湖区人力资源和社会保障局就业服务中心窗口 0359-2021234",
            "运城市临猗县人力资源和社会保障局就业服务中心窗口 0359-4021234",
            "运城市万荣县人力资源和社会保障局就业服务中心窗口 0359-4521234",
            "运城市闻喜县人力资源和社会保障局就业服务中心窗口 0359-7021234",
            "各窗口工作日受理。",
            "咨询时间：周一至周五。",
            "上午9:00至12:00。",
            "下午13:30至17:00。",
            "节假日不受理。",
            "以上信息如有变动，以窗口公告为准。",
            "办理须知：",
            "请携带本人身份证。",
        ]
    )
    assert unwrap_text(directory) == directory


def test_a_line_opening_with_closing_punctuation_continues_the_line_above() -> None:
    """Probe (a second policy collection): a hard-wrapped .txt too short to read as wrapped left
    「…人才工程入选者」 and 「；（四）新区紧缺急需的…」 apart, so the list's fourth item opened with a
    semicolon and was no item. No line opens with ；，。、） — such a line was cut from the one above."""
    text = "第三条 引进：（一）博士；\n（二）人才工程入选者\n；（三）紧缺急需人才。\n第四条 使用程序。"
    joined = "第三条 引进：（一）博士；\n（二）人才工程入选者；（三）紧缺急需人才。\n第四条 使用程序。"
    assert unwrap_text(text) == joined
    assert unwrap_text("甲\n乙\n丙") == "甲\n乙\n丙"


def test_a_figure_wrapped_at_its_decimal_point_is_one_number() -> None:
    # pypdf's two pages of a reportlab 细则 (eval/policy6), wrapped at 36 characters under a running header
    header = "花溪区住房和城乡建设局\u3000花溪区财政局\n"
    pages = [
        header + "花溪区农村危房改造补助资金管理实施细则\n"
        "第一条\u3000根据《贵阳市花溪区农村低收入群体等重点对象住房安全保障实施办\n"
        "法》（花府办发\u30142024\u301511号），制定本细则。\n"
        "第二条\u3000补助标准\n"
        "（一）C级危房加固改造，每户补助1.6万元；\n"
        "（二）经鉴定为D级危房并采取拆除重建方式进行改造的，每户补助资金3.\n"
        "5万元；\n"
        "（三）农村分散供养特困人员和农村低保户，在上述标准基础上每户另行增加\n"
        "补助5000元。\n"
        "第三条\u3000同一农户享受过危房改造补助的，5年内不得重复申请。\n- 1 -\n",
        header + "第四条\u3000资金拨付\n"
        "补助资金实行分期拨付：开工后预拨补助资金的40%；竣工验收合格后拨付\n"
        "剩余60%。补助资金通过“一卡通”直接发放到户。\n"
        "第五条\u3000本细则由区住房城乡建设局、区财政局负责解释，自2024年4月\n"
        "1日起施行。\n- 2 -\n",
    ]
    text = unwrap_pages(pages).text
    assert "（二）经鉴定为D级危房并采取拆除重建方式进行改造的，每户补助资金3.5万元；\n" in text
    # a sentence ending in a full stop ends there, and a wrapped figure at a line's end still joins
    assert "\n（三）农村分散供养特困人员和农村低保户，在上述标准基础上每户另行增加补助5000元。\n" in text
    assert "自2024年4月1日起施行。" in text


def test_a_tables_layout_rows_with_one_character_cells_are_rows_and_set_no_margin() -> None:
    """A 汇总表 drawn cell by cell and read in layout mode (eval/policy24 n19, blind): its rows part their
    cells by runs of spaces, two of them one character (序号 2, 二套 9) — no text set a space between every
    character — and had stayed lines of spaces, so the 合计 row was never read as one; and the rows' widths
    had set the page's margin, running its title into the line below."""
    page = "\n".join(
        [
            "靖边县2025年第一批购房契税补贴拨付汇总表",
            "填报单位：靖边县住房和城乡建设局（房地产服务中心）　　拨付日期：2025年8月28日",
            "序号    项目名称          首套（套）    二套（套）    补贴金额（元）",
            "1     统万城·学府里          46         12          318460",
            "2     靖边·凤凰城三期         38         9           262180",
            "3     芦河湾·悦府            27         6           171350",
            "合计                      111         27          751990",
        ]
    )
    assert unwrap_pages([page]).text.split("\n") == [
        "靖边县2025年第一批购房契税补贴拨付汇总表",
        "填报单位：靖边县住房和城乡建设局（房地产服务中心）　　拨付日期：2025年8月28日",
        "序号 | 项目名称 | 首套（套） | 二套（套） | 补贴金额（元）",
        "1 | 统万城·学府里 | 46 | 12 | 318460",
        "2 | 靖边·凤凰城三期 | 38 | 9 | 262180",
        "3 | 芦河湾·悦府 | 27 | 6 | 171350",
        "合计 | 111 | 27 | 751990",
    ]


# A one-page 办事指南 printed from Word in a proportional font (eval/policy31's 阿荣旗 用火审批 guide, written
# blind): two of its eleven lines are wrapped, too few for the modal width (or the three open lines asked
# of any text), and their widths differ by some columns (78 and 84, the widest line 86 ending its sentence).
GUIDE = [
    "阿荣旗防火期生产性用火审批办事指南",
    "一、适用范围：防火期内（高火险期除外）因防治病虫害、冻害等确需在森林草原防火区",
    "生产性用火的单位和个人。",
    "二、受理单位：用火地所在镇人民政府（受旗人民政府授权）。",
    "三、申请时间：用火单位或者个人应当提前3日提出申请。",
    "四、申请材料：1.生产性用火申请表；2.用火地块位置示意图；3.扑火人员名单和扑火工具清单。",
    "五、办理时限：受理后1个工作日内作出批准或者不予批准的决定。",
    "六、用火条件：风力三级以上的天气不得用火，已经用火的应当立即停止；用火前应当开设宽度",
    "不少于10米的防火隔离带，并配备不少于5名扑火人员，用火结束后看守至余火彻底熄灭。",
    "七、收费标准：不收费。",
    "八、咨询电话：0470-4212119（阿荣旗林业和草原局森林草原防火股）",
]


def test_a_short_page_wrapped_twice_near_its_widest_line_is_joined() -> None:
    joined = [*GUIDE[:1], GUIDE[1] + GUIDE[2], *GUIDE[3:7], GUIDE[7] + GUIDE[8], *GUIDE[9:]]
    assert unwrap_pages(["\n".join(GUIDE)]).text.split("\n") == joined
    assert unwrap_text("\n".join(GUIDE)).split("\n") == joined
    # … not once only, nor where the line after an open one opens an item, nor a title at the margin
    once = [*GUIDE[:7], GUIDE[7] + "。", *GUIDE[9:]]
    assert unwrap_pages(["\n".join(once)]).text.split("\n") == once
    items = [GUIDE[1], "（一）生产性用火的单位和个人。", GUIDE[7], "（二）不少于10米的防火隔离带。"]
    assert unwrap_pages(["\n".join(items)]).text.split("\n") == items
