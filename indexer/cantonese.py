"""A question written in Cantonese, read as Mandarin before it is searched and answered.

Hong Kong and Guangdong askers write as they speak: 「我阿媽今年67歲，係香港人，揸住回鄉證去興安睇靈渠，使唔使
買飛？」. The documents they ask are written in standard Chinese (門票, 免收, 港澳居民來往內地通行證), so the
question's own words — 使唔使, 買飛, 睇, 回鄉證 — match nothing, and a dense encoder trained mostly on
Mandarin reads them poorly. Only a question that shows a word no Mandarin sentence writes (唔, 咗, 嘅, 喺,
冇, 佢 …) is rewritten, word for word from the table below, on its normalised (simplified) form; documents are
never rewritten, and every quote stays the documents' own text.
"""

from __future__ import annotations

import re

# Words only Cantonese writes (simplified forms: the question is normalised first). 係 is no marker: its
# simplified form 系 is also Mandarin's (联系, 系统).
_MARKERS = re.compile(r"[唔咗嘅喺冇佢啲嚟嗰咩㗎嘢睇攞揾搵嘞噉咁]|几多|几耐|点样|点解|边度|边个")

# Cantonese words and their Mandarin, longest first where one holds another (使唔使 before 唔).
_WORDS: dict[str, str] = {
    # asking either way
    "使唔使": "要不要",
    "要唔要": "要不要",
    "可唔可以": "可不可以",
    "得唔得": "可不可以",
    "系唔系": "是不是",
    "有冇": "有没有",
    "几多钱": "多少钱",
    "几多": "多少",
    "几耐": "多长时间",
    "几时": "什么时候",
    "点样": "怎样",
    "点解": "为什么",
    "边度": "哪里",
    "边个": "谁",
    "边间": "哪家",
    "乜嘢": "什么",
    "咩": "什么",
    # people
    "阿妈": "妈妈",
    "阿爸": "爸爸",
    "老豆": "父亲",
    "阿爷": "爷爷",
    "阿嫲": "奶奶",
    "阿婆": "外婆",
    "个女": "女儿",
    "个仔": "儿子",
    "细路": "小孩",
    "佢哋": "他们",
    "我哋": "我们",
    "你哋": "你们",
    "佢": "他",
    # things and doings
    "回乡证": "港澳居民来往内地通行证",
    "买飞": "买票",
    "飞价": "票价",
    "睇医生": "看病",
    "睇症": "看病",
    "睇": "看",
    "俾钱": "付钱",
    "畀钱": "付钱",
    "俾": "给",
    "畀": "给",
    "攞": "领",
    "揸住": "拿着",
    "揸": "拿",
    "搵": "找",
    "揾": "找",
    "搭的士": "坐出租车",
    "的士": "出租车",
    "搭巴士": "坐公交",
    "屋企": "家",
    "返工": "上班",
    "返屋企": "回家",
    "返酒店": "回酒店",
    "返去": "回去",
    "返嚟": "回来",
    "嗰阵": "那时",
    "嗰": "那",
    "而家": "现在",
    "今日": "今天",
    "琴日": "昨天",
    "听日": "明天",
    # particles and function words
    "唔": "不",
    "冇": "没有",
    "咗": "了",
    "嘅": "的",
    "喺": "在",
    "啲": "些",
    "嚟": "来",
    "嘢": "东西",
    "㗎": "",
    "嘞": "",
    "噉": "这样",
    "咁": "这么",
}
_WORD = re.compile("|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)))
# … and 係 (系 once normalised) as the copula: 我係香港人 — not inside 联系, 关系, 体系, 系统, 系列
_COPULA = re.compile(r"(?<![联关维体派院直旁干])系(?![统列数])")


def mandarin(norm: str) -> str:
    """``norm`` (a normalised question) in Mandarin words when it is written in Cantonese; else unchanged."""
    if not _MARKERS.search(norm):
        return norm
    return _COPULA.sub("是", _WORD.sub(lambda m: _WORDS[m.group()], norm))
