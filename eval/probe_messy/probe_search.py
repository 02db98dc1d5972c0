import json
import re
import sys
from pathlib import Path

from indexer.backend import StoreConfig, open_retriever
from indexer.ingest import file_doc_id
from indexer.searcher import Filters

r = open_retriever(StoreConfig.of("embedded", Path(sys.argv[1])))
probes = json.load(open("/tmp/probe/probes.json"))
dup = {}
for line in open(sys.argv[2]):
    m = re.match(r"duplicate /tmp/probe/messy/(.*): same content as (\S+), stored once", line)
    if m:
        dup[m.group(1)] = m.group(2)
ok = 0
misses = []
for rel, phrase in probes.items():
    if rel.startswith("names/"):
        ids = [d.doc_id for d in r.data.documents if (d.path or "").startswith("/tmp/probe/messy/names/")]
        doc_id = ids[0] if ids else "?"
    else:
        doc_id = dup.get(rel) or file_doc_id(rel)
    got = r.document(doc_id)
    hits = r.search(phrase, 3, "bm25", filters=Filters(doc_id=doc_id)) if got else []
    if got and phrase in got[1] and any(phrase in h.text for h in hits):
        ok += 1
    else:
        misses.append((rel, doc_id, phrase, bool(got)))
print("probes", len(probes), "found", ok, "missed", len(misses))
for miss in misses:
    print(miss)
