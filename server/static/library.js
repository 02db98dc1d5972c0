// citeqa web page: the library — the documents listed, files added (the 添加文件 button, or dropped anywhere on
// the page) and documents deleted. As in app.js, every file name, title and server message goes into the DOM
// as text (textContent / text nodes), never as HTML: all of them are untrusted.
"use strict";

// What POST /documents parses (indexer/decode.py SUPPORTED_SUFFIXES): the file picker offers these.
const SUPPORTED = [
  ".txt", ".md", ".html", ".htm", ".docx", ".doc", ".wps", ".pdf", ".xlsx", ".xls", ".csv",
  ".mht", ".mhtml", ".rtf", ".pptx", ".ofd", ".odt", ".eml", ".json", ".ods", ".tsv", ".xml", ".epub",
  ".odp", ".webarchive", ".srt", ".vtt", ".et", ".xps", ".oxps",
  // pages saved under their site's suffix, Office files with macros or templates, Outlook and PowerPoint 97
  ".shtml", ".shtm", ".xhtml", ".aspx", ".asp", ".jsp", ".php", ".jhtml",
  ".do", ".action", ".cfm", ".nsf",
  ".docm", ".dotx", ".dotm", ".xlsm", ".xltx", ".xltm", ".pptm", ".ppsx", ".ppsm", ".potx", ".potm",
  ".msg", ".ppt", ".pps", ".pot", ".dps",
  // Flat OpenDocument, Excel's binary workbook, an open-data set's GeoJSON, an SVG infographic
  ".fodt", ".fods", ".fodp", ".xlsb", ".geojson", ".svg", ".uof", ".uot", ".uos", ".uop", ".vcf", ".odg", ".mbox",
  ".ott", ".ots", ".otp", ".otg", ".rss", ".atom", ".ass", ".ssa",
  // OpenOffice.org 1.x documents, Timed Text subtitles, a map's places; a programme's lyrics, a GPS file;
  // a translation job's XLIFF, SubViewer and SAMI captions, an outline's OPML, a Jupyter notebook;
  // mind maps (XMind, FreeMind), a Visio drawing, YAML, a translation memory (TMX); an Evernote export, a
  // crawler's web archive (WARC), a browser's HTTP archive (HAR), a gettext catalogue, a LaTeX document; a
  // SQL dump, an iCalendar file, a dBase table, an SQLite database, reStructuredText; JSON Lines, an Apple
  // Mail message, a FictionBook e-book, a Gnumeric workbook, AsciiDoc; Org-mode, a MediaWiki page's source,
  // TOML, a single gzipped document (NAME.csv.gz: read as the file it holds), RIS and BibTeX reference exports;
  // a draw.io diagram, a 百度脑图 (KityMinder) map, Java properties, an Apple property list, DocBook, a single
  // bzip2- or xz-compressed document (NAME.csv.bz2, NAME.txt.xz: read as the file it holds)
  ".sxw", ".stw", ".sxc", ".stc", ".sxi", ".sti", ".sxd", ".std", ".ttml", ".dfxp", ".kml", ".kmz",
  ".lrc", ".gpx", ".xlf", ".xliff", ".sbv", ".smi", ".sami", ".opml", ".ipynb",
  ".xmind", ".mm", ".vsdx", ".yaml", ".yml", ".tmx",
  ".enex", ".warc", ".warc.gz", ".har", ".po", ".tex",
  ".sql", ".ics", ".dbf", ".db", ".sqlite", ".sqlite3", ".rst",
  ".jsonl", ".ndjson", ".emlx", ".fb2", ".gnumeric", ".adoc", ".asciidoc",
  ".org", ".wiki", ".mediawiki", ".toml", ".gz", ".ris", ".bib",
  ".drawio", ".km", ".properties", ".plist", ".dbk", ".docbook", ".bz2", ".xz",
];
const JOB_URL = /^\/jobs\/[A-Za-z0-9_-]+$/;
const KEPT_BATCHES = 3; // upload reports shown at once, newest first

const OUTCOMES = {
  added: ["已添加", "ok"],
  updated: ["已更新", "ok"],
  unchanged: ["已在文库中，未改动", "same"],
  duplicate: ["重复，未再收录", "same"],
};

const JOB_STATES = { queued: "排队等待处理", running: "正在处理" };

/** The library panel, the upload report and the drop target. `ctx` is what app.js shares: el, metaLine,
 *  api, ApiError, openDocument, changed (documents were added or removed: drop cached reads), and
 *  onDocuments (called with the list each time it is read, for the search filters). */
export function createLibrary(ctx) {
  const { el, metaLine, api, ApiError, NO_REGION } = ctx;
  const $ = (sel) => document.querySelector(sel);

  const panel = $("#library");
  const count = $("#doc-count");
  const list = $("#doc-list");
  const emptyNote = $("#empty-note");
  const examples = $(".examples");
  const picker = $("#upload-input");
  const report = $("#upload-report");
  const overlay = $("#drop-overlay");
  const libraryStatus = $("#library-status");

  picker.accept = SUPPORTED.join(",");

  let docs = null; // the last list read; null until one is
  let loading = null;
  let again = false;

  const label = (d) => d.title || d.doc_id;

  // ---- the list -------------------------------------------------------------------------------------

  /** Read GET /documents and show it; a read while one is under way is done once more after it. */
  async function load() {
    if (loading) {
      again = true;
      return loading;
    }
    loading = (async () => {
      do {
        again = false;
        let data;
        try {
          data = await api("GET", "/documents");
        } catch (_) {
          continue; // the library stays as it was (a question's error says what is wrong)
        }
        const read = data && Array.isArray(data.documents) ? data.documents : null;
        if (read) show(read);
      } while (again);
    })().finally(() => {
      loading = null;
    });
    return loading;
  }

  function show(read) {
    docs = read;
    const empty = docs.length === 0;
    count.textContent = `${docs.length} 篇`;
    list.replaceChildren(...docs.map(item));
    // 文库为空: say so at the top, with the way to add documents, and offer no example questions (they are
    // about documents that are not there)
    emptyNote.hidden = !empty;
    examples.hidden = empty;
    $("#doc-details").hidden = empty;
    panel.hidden = false;
    ctx.onDocuments(docs);
  }

  function item(d) {
    const name = label(d);
    const li = el("li", { className: "doc-item", dataset: { docId: d.doc_id } });
    const row = el("div", { className: "doc-row" },
      el("button", { type: "button", className: "doc-link", onclick: () => ctx.openDocument(d.doc_id, null) },
        el("span", { className: "doc-link-title", text: name }),
        el("span", { className: "meta", text: metaLine([d.region || NO_REGION, d.date, `${d.passages} 段`]) })),
      el("button", { type: "button", className: "doc-delete", "aria-label": `删除《${name}》`,
        onclick: () => askDelete(d, li) }, "删除"));
    li.append(row);
    return li;
  }

  // ---- delete ---------------------------------------------------------------------------------------

  /** The confirm step, in the entry itself: 确认删除 sends DELETE, 取消 (or Escape) puts the entry back. */
  function askDelete(d, li) {
    const name = label(d);
    const row = li.querySelector(".doc-row");
    const yes = el("button", { type: "button", className: "danger confirm-delete" }, "确认删除");
    const no = el("button", { type: "button", className: "secondary cancel-delete" }, "取消");
    const box = el("div", { className: "doc-confirm", role: "group", "aria-label": `删除《${name}》` },
      el("p", { className: "confirm-text" }, "从文库中删除《", name, "》？删除后不能恢复，需重新上传。"),
      el("div", { className: "confirm-actions" }, yes, no));
    const restore = () => {
      box.remove();
      row.hidden = false;
      row.querySelector(".doc-delete").focus();
    };
    no.addEventListener("click", restore);
    box.addEventListener("keydown", (ev) => {
      if (ev.key === "Escape") {
        ev.preventDefault();
        restore();
      }
    });
    yes.addEventListener("click", async () => {
      yes.disabled = true;
      no.disabled = true;
      yes.textContent = "正在删除…";
      libraryStatus.classList.remove("failed");
      try {
        await api("DELETE", `/documents/${encodeURIComponent(d.doc_id)}`);
      } catch (err) {
        // refused (a read-only key, deleted elsewhere already…): the server's message, above the list, which
        // is read again (a document deleted elsewhere leaves it; one still there can be tried again)
        libraryStatus.textContent = `删除《${name}》失败：${err instanceof ApiError ? err.message : String(err)}`;
        libraryStatus.classList.add("failed");
        restore();
        load();
        return;
      }
      libraryStatus.textContent = `已删除《${name}》。`;
      ctx.changed();
      await load();
      (list.querySelector(".doc-delete") || $("#upload-btn")).focus();
    });
    row.hidden = true;
    li.append(box);
    no.focus();
  }

  // ---- upload ---------------------------------------------------------------------------------------

  /** Send the files in one multipart request; show what became of each (per-file results from the 201 or
   *  207 answer, or from the job a 202 answer names, followed until it is done). */
  async function upload(files) {
    files = Array.from(files || []);
    if (!files.length) return;
    const names = files.map((f) => f.name);
    const head = el("p", { className: "batch-head", role: "status" }, `正在上传 ${files.length} 个文件…`);
    const body = el("ul", { className: "batch-files" }, names.map((n) => el("li", { className: "pending" },
      el("span", { className: "file-name", text: n }), el("span", { className: "file-outcome", text: "等待中" }))));
    const batch = el("section", { className: "upload-batch", "aria-label": "上传结果" }, head, body);
    report.prepend(batch);
    while (report.children.length > KEPT_BATCHES) report.lastElementChild.remove();
    report.hidden = false;
    $("#upload-close").hidden = false;
    batch.scrollIntoView({ block: "nearest" });

    const form = new FormData();
    for (const f of files) form.append("file", f, f.name);
    let results = null;
    let failure = null;
    try {
      let data = await api("POST", "/documents", form);
      if (data && typeof data.job_id === "string") data = await followJob(data, head);
      if (data && Array.isArray(data.results)) results = data.results;
      // a failed job without per-file results (the index refused the write): its error
      else if (data && data.error && data.error.message) failure = data.error.message;
      if (!results && !failure) throw new ApiError("服务器的回答不完整（连接中断），请重试。(incomplete response)");
    } catch (err) {
      if (err.name === "AbortError") return;
      failure = err instanceof ApiError ? err.message : String(err);
    }
    if (results) body.replaceChildren(...results.map(fileResult));
    else body.replaceChildren(...names.map((n) => el("li", { className: "refused" },
      el("span", { className: "file-name", text: n }), el("span", { className: "file-outcome", text: "未上传" }))));
    head.replaceChildren(summary(results, failure));
    if (failure) head.append(el("span", { className: "batch-error", text: failure }));
    ctx.changed();
    await load();
  }

  function summary(results, failure) {
    if (!results) return failure ? "上传失败：" : "上传失败。";
    const tally = { 新增: 0, 更新: 0, 重复或未变: 0, 未收录: 0 };
    for (const r of results) {
      if (r.outcome === "added") tally.新增++;
      else if (r.outcome === "updated") tally.更新++;
      else if (r.outcome) tally.重复或未变++;
      else tally.未收录++;
    }
    const parts = Object.entries(tally).filter(([, n]) => n).map(([k, n]) => `${k} ${n}`);
    return `上传完成（${results.length} 个文件）：${parts.join("，")}。`;
  }

  function fileResult(r) {
    const [word, kind] = OUTCOMES[r.outcome] || ["未收录", "refused"];
    const li = el("li", { className: kind, dataset: { outcome: r.outcome || "refused" } },
      el("span", { className: "file-name", text: String(r.file) }),
      el("span", { className: "file-outcome", text: word }));
    const d = r.document;
    if (!r.outcome) {
      li.append(el("span", { className: "file-detail", text: (r.error && r.error.message) || `HTTP ${r.status}` }));
    } else if (d && d.doc_id) {
      const open = el("button", { type: "button", className: "link file-doc",
        onclick: () => ctx.openDocument(d.doc_id, null) }, label(d));
      li.append(el("span", { className: "file-detail" },
        r.outcome === "duplicate" ? "与文库中的《" : "《", open,
        r.outcome === "duplicate" ? "》内容相同" : `》 · ${metaLine([d.region || NO_REGION, `${d.passages} 段`])}`));
    }
    return li;
  }

  /** Poll GET /jobs/{id} until the job is done or failed; its state is what it answers last. */
  async function followJob(accepted, head) {
    const url = JOB_URL.test(accepted.status_url) ? accepted.status_url : `/jobs/${encodeURIComponent(accepted.job_id)}`;
    let delay = 500;
    let misses = 0;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 1.5, 3000);
      let state;
      try {
        state = await api("GET", url);
      } catch (err) {
        // a dropped poll is tried again a few times; the job runs on in the server all the same
        if (++misses >= 5) throw err;
        continue;
      }
      misses = 0;
      if (state.status === "done" || state.status === "failed") return state;
      head.textContent = `文件较大，已转入后台处理：${JOB_STATES[state.status] || state.status}…`;
    }
  }

  $("#upload-btn").addEventListener("click", () => picker.click());
  $("#empty-upload").addEventListener("click", () => picker.click());
  picker.addEventListener("change", () => {
    const files = Array.from(picker.files || []);
    picker.value = ""; // the same file can be chosen again
    upload(files);
  });
  $("#upload-close").addEventListener("click", () => {
    report.replaceChildren();
    report.hidden = true;
    $("#upload-close").hidden = true;
  });

  // ---- drop anywhere --------------------------------------------------------------------------------
  // A file dropped on the page is uploaded; nothing dropped may make the browser open it instead (which
  // replaced the page and lost the question and answer shown). Text dragged into the question box still
  // lands there.

  let depth = 0;
  const carriesFiles = (ev) => Boolean(ev.dataTransfer) && Array.from(ev.dataTransfer.types || []).includes("Files");
  const intoBox = (ev) => ev.target instanceof HTMLInputElement && ev.target.type === "text";

  document.addEventListener("dragenter", (ev) => {
    if (!carriesFiles(ev)) return;
    ev.preventDefault();
    depth++;
    overlay.hidden = false;
  });
  document.addEventListener("dragleave", (ev) => {
    if (!carriesFiles(ev)) return;
    depth = Math.max(0, depth - 1);
    if (!depth) overlay.hidden = true;
  });
  document.addEventListener("dragover", (ev) => {
    if (!carriesFiles(ev) && intoBox(ev)) return;
    ev.preventDefault();
    if (ev.dataTransfer) ev.dataTransfer.dropEffect = carriesFiles(ev) ? "copy" : "none";
  });
  document.addEventListener("drop", (ev) => {
    depth = 0;
    overlay.hidden = true;
    const files = ev.dataTransfer ? Array.from(ev.dataTransfer.files || []) : [];
    if (!files.length && intoBox(ev)) return;
    ev.preventDefault();
    upload(files);
  });

  return { load, upload, documents: () => docs };
}
