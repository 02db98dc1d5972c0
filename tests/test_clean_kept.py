"""Cleaning never drops content: furniture only by line shape and zone, never by a phrase inside a sentence.

The bench check measures "content kept" on ../shared/bench: every gold answer of cmrc2018 and drcd that occurs
in its relevant passage still occurs after cleaning, and every relevant stard article survives whole.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.clean import _tidy, clean_document

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"

STATUTE = "本条例自1999年1月1日起施行。1994年8月18日国务院发布的《基本农田保护条例》同时废止。"


def test_statute_date_line_is_content() -> None:
    cleaned = clean_document(STATUTE)
    assert (cleaned.text, cleaned.title, cleaned.date) == (STATUTE, None, None)


def test_contact_block_is_content() -> None:
    raw = (
        "联系人：张明\n联系电话：010-87654321\n电子邮箱：rsj@bj.gov.cn\n"
        "北京市人力资源和社会保障局\n2023年3月1日"
    )
    cleaned = clean_document(raw)
    assert cleaned.text == raw
    assert cleaned.title == "联系人：张明"


def test_body_sentence_naming_site_furniture_is_content() -> None:
    raw = (
        "关于邮寄发票的通知\n"
        "各位纳税人：即日起，电子发票可通过本局门户网站首页二维码申请邮寄，邮寄费用由本局承担，"
        "请在申请时填写准确的收件地址和联系电话。\n"
        "打印遗嘱应当有两个以上见证人在场见证。\n"
        "如有疑问请致电12366。"
    )
    assert clean_document(raw).text == raw


def test_last_contact_line_after_body_is_content() -> None:
    body = "为做好2023年度社会保险费征缴工作，现将有关事项通知如下，请各单位认真做好缴费基数申报和核定工作。"
    raw = f"{body}\n咨询电话：010-12345678 电子邮箱：sb@bj.gov.cn"
    assert clean_document(raw).text == raw


def test_article_before_a_short_last_line_is_kept() -> None:
    long_line = (
        "当事人办理了抵押预告登记，抵押人破产，经审查抵押财产属于破产财产，"
        "预告登记权利人主张优先受偿的，人民法院应予支持。"
    )
    raw = f"{long_line}\n（三）动产与权利担保"
    assert clean_document(raw).text == raw


def test_furniture_lines_still_go() -> None:
    body = "运城市拿出150个事业编制作为人才引进事业编制周转池，用于引进高层次人才和急需紧缺人才，成效明显。"
    raw = (
        "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流\n"
        "当前位置：首页 > 新闻 > 正文\n"
        "人才编制周转池\n"
        "发布时间：2023-02-06 来源：运城日报\n"
        f"{body}\n"
        "分享到：\n"
        "责任编辑：李四\n"
        "版权所有 运城市人民政府 晋ICP备12345号"
    )
    cleaned = clean_document(raw)
    assert cleaned == type(cleaned)(
        text=f"人才编制周转池\n{body}", title="人才编制周转池", date="2023-02-06", source="运城日报"
    )


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _qrels(path: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0] != "query-id":
                out.setdefault(parts[0], set()).add(parts[1])
    return out


def _bench_folder(name: str) -> Path:
    folder = BENCH / name
    if not (folder / "corpus.jsonl").exists():
        pytest.skip(f"{folder} is absent; the content-kept check needs ../shared/bench")
    return folder


@pytest.mark.bench
@pytest.mark.parametrize("name", ["cmrc2018", "drcd"])
def test_every_gold_answer_survives_cleaning(name: str) -> None:
    folder = _bench_folder(name)
    corpus = {str(r["id"]): str(r["text"]) for r in _read_jsonl(folder / "corpus.jsonl")}
    qrels = _qrels(folder / "qrels.tsv")
    cleaned: dict[str, str] = {}
    checked, lost = 0, []
    for row in _read_jsonl(folder / "answers.jsonl"):
        for pid in qrels.get(str(row["id"]), ()):
            raw = corpus[pid]
            if pid not in cleaned:
                cleaned[pid] = clean_document(raw).text
            for answer in row["answers"]:  # type: ignore[attr-defined]
                if answer in raw:
                    checked += 1
                    if answer not in cleaned[pid]:
                        lost.append((pid, answer))
    assert checked > 4000
    assert lost == []


@pytest.mark.bench
def test_every_relevant_stard_article_survives_cleaning() -> None:
    folder = _bench_folder("stard")
    relevant = set().union(*_qrels(folder / "qrels.tsv").values())
    lost = []
    for row in _read_jsonl(folder / "corpus.jsonl"):
        if str(row["id"]) in relevant:
            text = clean_document(str(row["text"])).text
            lines = [_tidy(line) for line in str(row["text"]).split("\n") if _tidy(line)]
            if [line for line in lines if line not in text]:
                lost.append(row["id"])
    assert len(relevant) > 1000
    assert lost == []
