"""A notice forwarded as an attachment (Foxmail's 作为附件转发: a message/rfc822 part), as eval/policy26
(written blind) brought it: the forward's body said only 「见附件邮件」 and the notice with its figures
(1000万元以上的，奖励5万元) was read as nothing. Real e-mail library, real extraction."""

from __future__ import annotations

from email.message import EmailMessage

from indexer.load import extract


def _message(subject: str, body: str, charset: str = "gb2312") -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = "西峡县商务局 <sw@example.cn>"
    message.set_content(body, charset=charset)
    return message


NOTICE = _message(
    "关于组织申报2026年度西峡县农村电子商务发展奖补资金的通知",
    "各乡镇（街道），各有关企业：\n网络零售奖补：2025年度农产品网络零售额1000万元以上的，奖励5万元。\n",
)


def forward(inner: EmailMessage, filename: str | None = None) -> EmailMessage:
    outer = _message("转发：" + str(inner["Subject"]), "请各乡镇做好宣传发动（见附件邮件）。\n")
    outer.add_attachment(inner)
    if filename is not None:
        part = next(outer.iter_attachments())
        part.replace_header("Content-Disposition", f'attachment; filename="{filename}"')
    return outer


def test_a_message_forwarded_as_an_attachment_is_read_under_its_subject() -> None:
    page = extract(forward(NOTICE).as_bytes(), ".eml", name="转发.eml")
    assert page.title == "转发：关于组织申报2026年度西峡县农村电子商务发展奖补资金的通知"
    assert page.text.split("\n") == [
        "请各乡镇做好宣传发动（见附件邮件）。",
        "",
        "附件：关于组织申报2026年度西峡县农村电子商务发展奖补资金的通知.eml",
        "各乡镇（街道），各有关企业：",
        "网络零售奖补：2025年度农产品网络零售额1000万元以上的，奖励5万元。",
    ]


def test_a_forwarded_message_is_named_by_its_file_name_and_read_two_forwards_deep() -> None:
    named = extract(forward(NOTICE, "原通知.eml").as_bytes(), ".eml", name="转发.eml").text
    assert "附件：原通知.eml\n各乡镇（街道），各有关企业：" in named
    twice = extract(forward(forward(NOTICE)).as_bytes(), ".eml", name="转发.eml").text
    assert "奖励5万元" in twice
    # (a forward of a forward of a forward: the third level is past the depth read)
    thrice = extract(forward(forward(forward(NOTICE))).as_bytes(), ".eml", name="转发.eml").text
    assert "奖励5万元" not in thrice
    assert thrice.count("请各乡镇做好宣传发动") == 3


def test_a_forwarded_part_holding_no_message_stands_as_its_name() -> None:
    outer = _message("转发：通知", "请查收。\n")
    outer.add_attachment(b"", maintype="message", subtype="rfc822", filename="空.eml")
    assert extract(outer.as_bytes(), ".eml", name="转发.eml").text == "请查收。\n\n附件：空.eml"


def test_a_mail_clients_wrap_after_a_comma_runs_on_and_an_item_stays_a_line() -> None:
    """Foxmail wraps a long line at 76 columns: 「…1000万元以上的，」 and 「奖励5万元…」 had been two
    sentences (eval/policy26 n13, blind)."""
    body = (
        "（一）网络零售奖补：零售额500万元以上的，奖励3万元；1000万元以上的，\n奖励5万元。\n"
        "申报材料如下：\n1.申报表，\n2.营业执照。\n"
    )
    text = extract(_message("通知", body).as_bytes(), ".eml", name="通知.eml").text
    assert text.split("\n") == [
        "（一）网络零售奖补：零售额500万元以上的，奖励3万元；1000万元以上的，奖励5万元。",
        "申报材料如下：",
        "1.申报表，",
        "2.营业执照。",
    ]
