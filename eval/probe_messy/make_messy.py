"""Build a messy collection under /tmp/probe/messy, and /tmp/probe/probes.json (a phrase per readable file),
from the seeds and ../shared/bench: duplicates, near-duplicates, empty and furniture-only files, GBK,
GB18030, Big5, UTF-16 with and without BOM, UTF-8-BOM, binary .txt, broken .pdf/.docx, HTML with scripts
and nav, same names in other folders, long and non-UTF-8 names, link loops, chmod 000, a 4 MB single line,
40 levels of folders. eval/results/probe-messy.md says what was run on it."""

import io
import json
import os
import random
import shutil
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

random.seed(7)
ROOT = "/tmp/probe/messy"
if os.path.exists(ROOT):
    os.system(f"chmod -R u+rwx {ROOT}")
    shutil.rmtree(ROOT)
os.makedirs(ROOT)
seeds = sorted(os.listdir(REPO / "seeds"))
seedtext = {s: open(REPO / "seeds" / s, encoding="utf-8").read() for s in seeds}


def corpus(name, n):
    out = []
    with open(f"/work/shared/bench/{name}/corpus.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if len(r["text"]) > 200:
                out.append(r)
            if len(out) >= n:
                break
    return out


cm = corpus("cmrc2018", 200)
dr = corpus("drcd", 120)
probes = {}  # path -> phrase expected searchable


def w(rel, data, phrase=None):
    p = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)
    if phrase:
        probes[rel] = phrase


# 1. plain utf-8 docs from cmrc (150), in subfolders
for i, r in enumerate(cm[:150]):
    sub = ["", "a/", "b/", "a/deep/"][i % 4]
    w(f"{sub}cm_{i:03d}.txt", f"{r['title']}\n\n{r['text']}\n".encode(), r["text"][40:60])
# 2. exact duplicates under different names
for i in range(10):
    r = cm[i]
    w(f"dups/copy_of_cm_{i:03d}.txt", f"{r['title']}\n\n{r['text']}\n".encode())
# 3. near duplicates (one char changed)
for i in range(10, 20):
    r = cm[i]
    t = r["text"]
    t = t[:100] + "。" + t[101:]
    w(f"near/near_{i:03d}.txt", f"{r['title']}\n\n{t}\n".encode())
# 4. empty / whitespace-only / clean-to-nothing
w("empty/empty.txt", b"")
w("empty/space.txt", b"   \n\t\n  \r\n")
w("empty/bom_only.txt", b"\xef\xbb\xbf")
w(
    "empty/nav_only.txt",
    "网站首页 | 新闻中心 | 政务公开 | 联系我们\n版权所有：某某市人民政府\n"
    "打印本页 关闭窗口\n分享到：微信 微博\n".encode(),
)
w("empty/spam.md", "点击这里\n\n上一篇\n下一篇\n\n【打印】【关闭】\n".encode())
w("empty/nbsp.txt", "\u3000\u3000\u00a0\n\u200b\n".encode())
# 5. encodings from drcd (traditional) and cmrc (simplified)
encs = [
    ("gbk", cm, "gbk"),
    ("gb18030", cm, "gb18030"),
    ("big5", dr, "big5"),
    ("utf16le_bom", dr, "utf-16"),
    ("utf16le_nobom", dr, "utf-16-le"),
    ("utf16be_nobom", cm, "utf-16-be"),
    ("utf8bom", cm, "utf-8-sig"),
]
k = 150
for name, src, codec in encs:
    for j in range(4):
        r = src[(k) % len(src)] if src is cm else src[k % len(src) - 50 + j]
        k += 1
        text = f"{r['title']}\n\n{r['text']}\n"
        try:
            data = text.encode(codec)
        except UnicodeEncodeError:
            data = text.encode(codec, errors="replace")
            text = data.decode(codec)
        w(f"enc/{name}_{j}.txt", data, text[len(r["title"]) + 2 + 30 : len(r["title"]) + 2 + 48])
# GB18030 with 4-byte chars
w("enc/gb18030_rare.txt", ("𠮷野家与鿏元素。" + cm[170]["text"]).encode("gb18030"), cm[170]["text"][20:40])
# 6. binary junk .txt, truncated pdf, garbage docx, zip-of-garbage docx
w("bad/junk.txt", bytes(random.getrandbits(8) for _ in range(5000)))
w("bad/elf.txt", open("/bin/true", "rb").read()[:20000])
pdfsrc = None
for dp, _dn, fn in os.walk(REPO / "tests"):
    for f in fn:
        if f.endswith(".pdf"):
            pdfsrc = os.path.join(dp, f)
w("bad/not_a.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
w("bad/garbage.docx", bytes(random.getrandbits(8) for _ in range(3000)))
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    z.writestr("word/document.xml", b"<not xml" + bytes(random.getrandbits(8) for _ in range(200)))
    z.writestr("junk.bin", bytes(random.getrandbits(8) for _ in range(2000)))
w("bad/zipgarbage.docx", b.getvalue())
w("bad/empty.pdf", b"")
w("bad/empty.docx", b"")
# 7. html with scripts and nav
for j in range(5):
    r = cm[175 + j]
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{r["title"]}</title>
<script>var x = "脚本内容不应出现{j}"; document.write(x);</script><style>body{{color:red}}</style></head>
<body><nav><a href="/">网站首页</a> | <a href="/news">新闻中心</a> | <a>政务公开</a></nav>
<div class="breadcrumb">当前位置：首页 &gt; 新闻</div>
<article><h1>{r["title"]}</h1><p>{r["text"]}</p></article>
<footer>版权所有 © 某某网 ICP备12345号 访问量：1234</footer></body></html>"""
    w(f"html/page_{j}.html", html.encode(), r["text"][30:48])
w(
    "html/gbk_page.html",
    (
        f"<html><head><meta charset='gbk'><title>{cm[180]['title']}</title></head>"
        f"<body><p>{cm[180]['text']}</p></body></html>"
    ).encode("gbk", "replace"),
    cm[180]["text"][30:48],
)
w("html/script_only.html", b"<html><head><script>alert(1)</script></head><body><nav>home</nav></body></html>")
# 8. markdown
for j in range(5):
    r = cm[181 + j]
    w(
        f"md/note_{j}.md",
        f"# {r['title']}\n\n- 要点一\n\n{r['text']}\n\n```python\nprint('x')\n```\n".encode(),
        r["text"][30:48],
    )
# 9. same-named files in different folders (different content)
for j, sub in enumerate(["x", "y", "z/x"]):
    r = cm[186 + j]
    w(f"same/{sub}/report.txt", f"{r['title']}\n\n{r['text']}\n".encode(), r["text"][30:48])
# 10. very long filename
longname = "很长的文件名" * 40 + ".txt"  # 240 chars*3 bytes = 720 bytes > 255 ... trim
longname = ("很长的文件名" * 13)[:80] + ".txt"  # 80*3=240 bytes
w(f"long/{longname}", f"{cm[189]['title']}\n\n{cm[189]['text']}\n".encode(), cm[189]["text"][30:48])
w("long/" + "a" * 250 + ".txt", f"{cm[190]['title']}\n\n{cm[190]['text']}\n".encode(), cm[190]["text"][30:48])
# 11. non-UTF-8 filename
os.makedirs(f"{ROOT}/names", exist_ok=True)
with open(os.fsencode(f"{ROOT}/names/") + "报告".encode("gbk") + b"_\xff.txt", "wb") as out:
    out.write(f"{cm[191]['title']}\n\n{cm[191]['text']}\n".encode())
probes["names/<gbk name>"] = cm[191]["text"][30:48]
# 12. symlink loop + symlink to file + dangling
os.makedirs(f"{ROOT}/links", exist_ok=True)
os.symlink("..", f"{ROOT}/links/loop")
os.symlink("self", f"{ROOT}/links/self")
os.symlink("/nonexistent/file.txt", f"{ROOT}/links/dangling.txt")
# 13. unreadable
w("perm/secret.txt", f"{cm[192]['title']}\n\n{cm[192]['text']}\n".encode())
os.chmod(f"{ROOT}/perm/secret.txt", 0)
os.makedirs(f"{ROOT}/perm/lockeddir")
w("perm/lockeddir/inside.txt", cm[193]["text"].encode())
os.chmod(f"{ROOT}/perm/lockeddir", 0)
# 14. huge single line (~4 MB)
big = "".join(r["text"] for r in cm).replace("\n", "")
big = big * (4_000_000 // (len(big.encode())) + 1)
w("huge/oneline.txt", big.encode()[: 4_000_000 - (4_000_000 % 3)].decode("utf-8", "ignore").encode(), None)
# 15. deeply nested
d = "/".join(f"d{i}" for i in range(40))
w(f"{d}/deep.txt", f"{cm[194]['title']}\n\n{cm[194]['text']}\n".encode(), cm[194]["text"][30:48])
# 16. seeds copied in, plus unsupported extension, hidden file
for s in seeds:
    w(f"seeds/{s}", seedtext[s].encode())
w("other/image.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
w("other/.hidden.txt", cm[195]["text"].encode())
w("other/UPPER.TXT", f"{cm[196]['title']}\n\n{cm[196]['text']}\n".encode(), cm[196]["text"][30:48])
w("other/notes.markdown", cm[197]["text"].encode())
# 17. more plain to reach several hundred: drcd traditional utf-8
for i, r in enumerate(dr[:100]):
    w(f"trad/dr_{i:03d}.txt", f"{r['title']}\n\n{r['text']}\n".encode(), r["text"][40:58])
json.dump(probes, open("/tmp/probe/probes.json", "w"), ensure_ascii=False, indent=0)
n = sum(len(f) for _, _, f in os.walk(ROOT))
print("files", n, "probes", len(probes))
