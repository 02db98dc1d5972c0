// citeqa web page: ask (cited answer) and search (ranked passages) against the same-origin JSON API.
// Every piece of document text goes into the DOM as a text node (textContent / createTextNode), never as
// HTML, so a document that contains "<script>" shows that markup as text.
"use strict";

import { createLibrary } from "./library.js";

(() => {
  const $ = (sel) => document.querySelector(sel);

  const form = $("#query-form");
  const input = $("#q");
  const submitBtn = $("#submit");
  const retrieverOpt = $("#retriever-opt");
  const regionFilter = $("#f-region");
  const docFilter = $("#f-doc");
  const retriever = $("#retriever");
  const topK = $("#top-k");
  const statusEl = $("#status");
  const errorEl = $("#error");
  const results = $("#results");
  const dialog = $("#doc-view");
  const docTitle = $("#doc-title");
  const docMeta = $("#doc-meta");
  const docBody = $("#doc-body");

  const cancelBtn = $("#cancel");
  const qCount = $("#q-count");
  const qCountLive = $("#q-count-live");
  let countState = "";

  const NO_REGION = "未注明地区";
  // The server's limit on a question or query, in characters (server/limits.py MAX_QUESTION_CHARS): longer
  // ones are refused here, with a message, rather than cut or sent.
  const MAX_QUESTION_CHARS = 1000;
  const MODE_NAMES = { hybrid: "混合", bm25: "关键词", dense: "语义" };

  // ---- DOM helpers ------------------------------------------------------------------------------------

  /** createElement with properties; string children become text nodes (never parsed as HTML). `style` is an
   *  object set through the CSSOM: the page's Content-Security-Policy refuses style attributes. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "className") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key === "dataset") Object.assign(node.dataset, value);
      else if (key === "style") Object.assign(node.style, value);
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function metaLine(parts) {
    return parts.filter((p) => p !== null && p !== undefined && p !== "").join(" · ");
  }

  /** "p. N" for a quote or passage of a PDF (the API gives its 1-based page), nothing otherwise. */
  function pageLabel(page) {
    return Number.isInteger(page) ? `p. ${page}` : null;
  }

  function fmt(x, digits) {
    return typeof x === "number" && Number.isFinite(x) ? x.toFixed(digits) : "–";
  }

  // ---- text offsets -----------------------------------------------------------------------------------
  // The API's start/end count Unicode code points (Python str indices). JS strings index UTF-16 code
  // units, which differ for characters outside the BMP, so slicing goes through an array of code points.

  const codePoints = new WeakMap();

  function chars(doc) {
    let cps = codePoints.get(doc);
    if (!cps) {
      cps = Array.from(doc.text || "");
      codePoints.set(doc, cps);
    }
    return cps;
  }

  function slice(doc, start, end) {
    return chars(doc).slice(start, end).join("");
  }

  // ---- API --------------------------------------------------------------------------------------------

  class ApiError extends Error {}

  const TIMEOUT_MESSAGE = "服务器响应超时，请稍后重试。";
  const KEY_INVALID = "密钥无效，请重新输入";
  const KEY_NEEDED = "此服务需要 API 密钥 (API key)，请输入：";

  /** How long a request may take before it is given up: /ask composes an answer, an upload is parsed and
   *  indexed, others only read. The values are the form's data-*-timeout-ms attributes (index.html), read at
   *  each request. */
  function timeoutFor(method, path) {
    const name = path === "/ask" ? "askTimeoutMs" : path === "/search" ? "searchTimeoutMs"
      : method === "POST" && path === "/documents" ? "uploadTimeoutMs" : "readTimeoutMs";
    const ms = Number(form.dataset[name]);
    return Number.isFinite(ms) && ms > 0 ? ms : 30_000;
  }

  let inflight = null;

  // A server started with API keys that also guards reads answers 401: ask for a key (one dialog however
  // many requests were refused), check it, keep it in this browser (localStorage) and send it as X-API-Key.
  const KEY_STORE = "citeqa-api-key";

  let memoryKey = ""; // private mode without localStorage: the key lasts as long as the page
  let keyNeeded = false; // the server has asked for a key: the footer offers to enter one

  function storedKey() {
    try {
      return window.localStorage.getItem(KEY_STORE) || "";
    } catch (_) {
      return memoryKey;
    }
  }

  function saveKey(key) {
    memoryKey = key;
    try {
      if (key) window.localStorage.setItem(KEY_STORE, key);
      else window.localStorage.removeItem(KEY_STORE);
    } catch (_) {
      /* private mode: memoryKey holds it */
    }
    syncKeyBar();
  }

  /** One request with a timeout; resolves to {response, data} (data: the JSON body or null). `body`: an
   *  object sent as JSON, or FormData (files) sent as multipart with the header the server asks of a
   *  browser's upload (X-Requested-With, which a cross-site form cannot send). Aborting `signal` rejects with
   *  an AbortError; a timeout or a network failure rejects with an ApiError. */
  async function send(method, path, body, signal, key) {
    const headers = { Accept: "application/json" };
    const files = body instanceof FormData;
    if (files) headers["X-Requested-With"] = "citeqa";
    else if (body) headers["Content-Type"] = "application/json";
    if (key) headers["X-API-Key"] = key;
    const controller = new AbortController();
    const forward = () => controller.abort();
    if (signal) {
      if (signal.aborted) controller.abort();
      else signal.addEventListener("abort", forward, { once: true });
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutFor(method, path));
    try {
      const response = await fetch(path, {
        method, headers, body: files ? body : body ? JSON.stringify(body) : undefined, signal: controller.signal,
      });
      let data = null;
      try {
        data = await response.json();
      } catch (err) {
        if (controller.signal.aborted) throw err;
        data = null;
      }
      return { response, data };
    } catch (err) {
      if (timedOut) throw new ApiError(TIMEOUT_MESSAGE);
      if (err.name === "AbortError") throw err;
      throw new ApiError("无法连接服务器，请确认 citeqa serve 正在运行。(network error)");
    } finally {
      clearTimeout(timer);
      if (signal) signal.removeEventListener("abort", forward);
    }
  }

  function errorCode(data) {
    return data && data.error && typeof data.error.code === "string" ? data.error.code : "";
  }

  // A saved key was refused and dropped: the dialog says the key is invalid, whichever of the requests
  // sent with it reaches the dialog first (the others saw it dropped and retried without it).
  let keyDropped = false;

  async function api(method, path, body, signal) {
    for (let attempt = 0; attempt < 4; attempt++) {
      const key = storedKey();
      const { response, data } = await send(method, path, body, signal, key);
      if (response.status !== 401) {
        if (!response.ok) throw new ApiError(errorMessage(data, response));
        // a body cut off on the way (or no JSON object at all) is no answer: said so, and never cached
        if (data === null || typeof data !== "object") throw new ApiError(INCOMPLETE);
        return data;
      }
      if (errorCode(data) === "missing_key" && !keyNeeded) {
        keyNeeded = true;
        syncKeyBar();
      }
      if (storedKey() !== key) continue; // another request has just changed the key: use it
      if (key && errorCode(data) === "invalid_key") {
        // The saved key is refused. Drop it and try without: a server whose reads need no key answers.
        saveKey("");
        keyDropped = true;
        continue;
      }
      const entered = await obtainKey(keyDropped ? KEY_INVALID : KEY_NEEDED);
      if (!entered) throw new ApiError("此服务需要 API 密钥。请点页面底部的「输入密钥」。");
    }
    throw new ApiError(KEY_INVALID);
  }

  const STALE_QUOTE = "这份文档在回答之后已经更新，引文已不在当前文本中。原引文：";
  const INCOMPLETE = "服务器的回答不完整（连接中断），请重试。(incomplete response)";

  const ERROR_MESSAGES = {
    invalid_key: KEY_INVALID,
    missing_key: "此服务需要 API 密钥。请点页面底部的「输入密钥」。",
    read_only_key: "此密钥只能读取，不能修改文库。",
    rate_limited: "请求过于频繁，请稍后重试。",
  };

  function errorMessage(data, response) {
    const code = errorCode(data);
    if (ERROR_MESSAGES[code]) return ERROR_MESSAGES[code];
    if (data && data.error && data.error.message) return data.error.message;
    if (data && Array.isArray(data.detail)) return data.detail.map((d) => d.msg || JSON.stringify(d)).join("; ");
    if (data && typeof data.detail === "string") return data.detail;
    return `请求失败 (HTTP ${response.status} ${response.statusText})`;
  }

  // ---- API key dialog ---------------------------------------------------------------------------------

  const keyDialog = $("#key-dialog");
  const keyForm = $("#key-form");
  const keyInput = $("#key-input");
  const keyMessage = $("#key-message");
  const keyOk = $("#key-ok");
  let keyPrompt = null; // the pending dialog: every refused request waits for the same one
  let keyAnswer = null;

  /** A key the server accepts, or "" if the reader cancels; at most one dialog at a time. */
  function obtainKey(message) {
    if (!keyPrompt) {
      keyPrompt = new Promise((resolve) => {
        keyAnswer = resolve;
        keyMessage.textContent = message;
        keyMessage.classList.toggle("invalid", message === KEY_INVALID);
        keyInput.value = "";
        keyOk.disabled = false;
        keyDialog.showModal();
        keyInput.focus();
      }).finally(() => {
        keyPrompt = null;
        keyAnswer = null;
      });
    }
    return keyPrompt;
  }

  function finishKey(key) {
    const resolve = keyAnswer;
    if (key) keyDropped = false;
    if (keyDialog.open) keyDialog.close();
    if (resolve) resolve(key);
  }

  keyForm.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const key = keyInput.value.trim();
    if (!key) {
      keyInput.focus();
      return;
    }
    // Check the key before keeping it: a refused key is never saved.
    keyOk.disabled = true;
    keyMessage.textContent = "正在核对密钥…";
    keyMessage.classList.remove("invalid");
    let outcome;
    try {
      outcome = await send("GET", "/documents", null, null, key);
    } catch (err) {
      outcome = { error: err instanceof ApiError ? err.message : String(err) };
    }
    keyOk.disabled = false;
    if (!keyDialog.open) return; // cancelled meanwhile
    if (outcome.response && outcome.response.ok) {
      saveKey(key);
      finishKey(key);
      return;
    }
    const invalid = !outcome.response || outcome.response.status === 401;
    keyMessage.textContent = outcome.error || (invalid ? KEY_INVALID : errorMessage(outcome.data, outcome.response));
    keyMessage.classList.add("invalid");
    keyInput.select();
    keyInput.focus();
  });
  $("#key-cancel").addEventListener("click", () => finishKey(""));
  keyDialog.addEventListener("cancel", (ev) => {
    ev.preventDefault(); // Escape: the same as 取消
    finishKey("");
  });

  function syncKeyBar() {
    const saved = Boolean(storedKey());
    $("#key-bar").hidden = !(saved || keyNeeded);
    $("#key-state").textContent = saved ? "已保存 API 密钥" : "未保存 API 密钥";
    $("#key-change").textContent = saved ? "更换密钥" : "输入密钥";
    $("#key-clear").hidden = !saved;
  }

  $("#key-change").addEventListener("click", async () => {
    const key = await obtainKey(storedKey() ? "请输入新的 API 密钥 (API key)：" : KEY_NEEDED);
    if (!key) return;
    library.load();
    if (input.value.trim() && !errorEl.hidden) run({ push: false });
  });
  $("#key-clear").addEventListener("click", () => {
    saveKey("");
    setStatus("已清除保存的 API 密钥。");
  });

  const docCache = new Map();
  const passageCache = new Map();

  function cached(cache, key, load) {
    if (!cache.has(key)) {
      const promise = load().catch((err) => {
        cache.delete(key); // a failed fetch may succeed next time
        throw err;
      });
      cache.set(key, promise);
    }
    return cache.get(key);
  }

  const getDocument = (docId) => cached(docCache, docId, () => api("GET", `/documents/${encodeURIComponent(docId)}`));
  const getPassage = (pid) => cached(passageCache, pid, () => api("GET", `/passages/${encodeURIComponent(pid)}`));

  // ---- page state -------------------------------------------------------------------------------------

  function mode() {
    return form.elements.mode.value === "search" ? "search" : "ask";
  }

  function syncMode() {
    const search = mode() === "search";
    retrieverOpt.hidden = !search;
    // POST /ask takes no filters (its schema forbids them): they are search's, shown in search mode only
    for (const opt of document.querySelectorAll(".search-only")) opt.hidden = !search;
    submitBtn.textContent = search ? "检索" : "提问";
    $("#q-label-text").textContent = search ? "检索词或问题" : "问题";
  }

  function setStatus(text) {
    statusEl.textContent = text;
  }

  function showError(message) {
    errorEl.replaceChildren(el("strong", { text: "出错了：" }), message);
    errorEl.hidden = false;
  }

  function clearError() {
    errorEl.hidden = true;
    errorEl.replaceChildren();
  }

  /** While a request is pending the submit button stays live (a new question replaces the pending one)
   *  and 取消 stops it. */
  function setBusy(busy) {
    cancelBtn.hidden = !busy;
    form.setAttribute("aria-busy", busy ? "true" : "false");
    results.setAttribute("aria-busy", busy ? "true" : "false");
  }

  /** Stop the pending request, if any; true if there was one. */
  function abortPending() {
    if (!inflight) return false;
    inflight.abort();
    inflight = null;
    setBusy(false);
    return true;
  }

  function cancel() {
    if (abortPending()) setStatus("已取消。");
  }

  /** Characters as the server counts them (code points), and whether the box is over the limit. */
  function questionLength(q) {
    return Array.from(q).length;
  }

  function syncCount() {
    const n = questionLength(input.value.trim());
    const over = n > MAX_QUESTION_CHARS;
    qCount.hidden = n < MAX_QUESTION_CHARS * 0.9;
    qCount.textContent = `${n} / ${MAX_QUESTION_CHARS} 字`;
    qCount.classList.toggle("over", over);
    if (over) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    // The counter is read with the box (aria-describedby); only a change of state is announced — near the
    // limit, over it, back under it — not every keystroke (a probe: each one was read out past 900).
    const state = over ? "over" : qCount.hidden ? "" : "near";
    if (state !== countState) {
      countState = state;
      qCountLive.textContent = state === "over" ? `问题超过 ${MAX_QUESTION_CHARS} 字的上限。`
        : state === "near" ? `问题接近 ${MAX_QUESTION_CHARS} 字的上限。` : "";
    }
  }

  // ---- URL --------------------------------------------------------------------------------------------
  // The URL's hash holds the question shown (#mode=ask&q=…&top_k=5, plus retriever and the filters — region,
  // doc — in search mode): each new
  // question is a history entry, and Back, Forward or a link to such a hash shows that question again.

  let shownHash = null; // the hash of the question the page shows or is fetching
  const PAGE_TITLE = document.title;
  const TITLE_CHARS = 60;

  /** The tab's title names the question shown (「问题 — citeqa」), so history entries differ. */
  function setTitle(m, q) {
    if (!q) {
      document.title = PAGE_TITLE;
      return;
    }
    const cps = Array.from(q);
    const shown = cps.length > TITLE_CHARS ? `${cps.slice(0, TITLE_CHARS).join("")}…` : q;
    document.title = `${m === "search" ? "检索：" : ""}${shown} — citeqa`;
  }

  function queryHash(m, q, k) {
    const params = new URLSearchParams({ mode: m, q });
    if (m === "search") params.set("retriever", retriever.value);
    params.set("top_k", String(k));
    if (m === "search") {
      const { region, doc_id: doc } = filters();
      if (region) params.set("region", region);
      if (doc) params.set("doc", doc);
    }
    return `#${params}`;
  }

  function saveToHash(hash, push) {
    if (location.hash !== hash) {
      if (push) history.pushState(null, "", hash);
      else history.replaceState(null, "", hash);
    }
    shownHash = location.hash;
  }

  function defaultTopK() {
    const option = Array.from(topK.options).find((o) => o.defaultSelected) || topK.options[0];
    return option.value;
  }

  /** Show the question the URL names (and run it); a URL without one clears the page. */
  function restoreFromHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    const q = params.get("q");
    if (!q && location.hash.length > 1) return; // #cite-3 and the like: not a question
    shownHash = location.hash;
    // Back or Forward to another question: a source view of the answer it replaces would stay open over it,
    // labelled with a citation number that now means another document (a probe)
    closeDocument();
    form.elements.mode.value = params.get("mode") === "search" ? "search" : "ask";
    const r = params.get("retriever");
    retriever.value = ["hybrid", "bm25", "dense"].includes(r) ? r : "hybrid";
    const k = params.get("top_k");
    topK.value = Array.from(topK.options).some((o) => o.value === k) ? k : defaultTopK();
    setFilter(regionFilter, params.get("region") || "");
    setFilter(docFilter, params.get("doc") || "");
    syncMode();
    if (q) {
      input.value = q;
      syncCount();
      run({ push: false });
    } else {
      abortPending();
      input.value = "";
      syncCount();
      clearError();
      setStatus("");
      results.replaceChildren();
      setTitle("ask", "");
    }
  }

  function followHash() {
    if (location.hash !== shownHash) restoreFromHash();
  }

  // ---- run --------------------------------------------------------------------------------------------

  /** Ask or search for what the box holds; push: a new history entry (not when the URL asked for it).
   *  focusAnswer: the question was sent with a button (提问, an example), so the answer takes the focus and is
   *  read; sent with Enter in the box, the focus stays there (the status says how many citations). */
  async function run({ push = true, focusAnswer = false } = {}) {
    const q = input.value.trim();
    clearError();
    if (!q) {
      abortPending();
      setStatus("");
      showError("请输入问题。Type a question first.");
      input.focus();
      return;
    }
    const length = questionLength(q);
    if (length > MAX_QUESTION_CHARS) {
      abortPending();
      setStatus("");
      showError(`问题过长（最多 ${MAX_QUESTION_CHARS} 字，现有 ${length} 字），请删减后再提问。`);
      input.focus();
      return;
    }
    abortPending();
    // each question reads the documents it cites afresh: one re-uploaded under its id since the last
    // question had been shown with its old title and text
    clearCaches();
    const controller = new AbortController();
    inflight = controller;
    const m = mode();
    const k = Number(topK.value) || 5;
    saveToHash(queryHash(m, q, k), push);
    setTitle(m, q);
    setBusy(true);
    setStatus(m === "ask" ? "正在查找资料并组织回答…" : "正在检索…");
    try {
      if (m === "ask") {
        const from = document.activeElement;
        const data = await api("POST", "/ask", { question: q, top_k: k }, controller.signal);
        renderAnswer(data);
        // only if the reader has not moved on meanwhile
        if (focusAnswer && document.activeElement === from) results.querySelector(".answer").focus();
      } else {
        const body = { query: q, top_k: k, mode: retriever.value };
        const f = filters();
        if (f.region || f.doc_id) body.filters = f;
        const data = await api("POST", "/search", body, controller.signal);
        renderSearch(data, retriever.value, filterLabels(), q);
      }
    } catch (err) {
      if (err.name === "AbortError") return;
      setStatus("");
      results.replaceChildren();
      showError(err instanceof ApiError ? err.message : String(err));
    } finally {
      if (inflight === controller) {
        inflight = null;
        setBusy(false);
      }
    }
  }

  // ---- ask --------------------------------------------------------------------------------------------

  function renderAnswer(data) {
    // an object without the answer's fields (a proxy's {} or a cut body) is no answer "资料未涉及"
    if (typeof data.answer !== "string" || typeof data.answerable !== "boolean") throw new ApiError(INCOMPLETE);
    const citations = Array.isArray(data.citations) ? data.citations : [];
    const byN = new Map(citations.map((c) => [c.n, c]));
    const answer = el("article", { className: data.answerable ? "answer" : "answer unanswerable", "aria-labelledby": "answer-h",
      tabindex: "-1" },
      el("div", { className: "answer-head" },
        el("h2", { id: "answer-h", text: "回答" }),
        data.answerable ? null : el("span", { className: "badge", text: "资料未涉及" })),
      // the question it answers: after 取消 the box and the URL hold the next one (a probe)
      typeof data.question === "string" ? el("p", { className: "asked", text: `问：${data.question}` }) : null,
      answerText(data.answer || "", byN),
      el("p", { className: "took", text: metaLine([
        citations.length ? `${citations.length} 条引用` : null,
        typeof data.took_ms === "number" ? `用时 ${Math.round(data.took_ms)} ms` : null,
      ]) }));

    const parts = [answer];
    if (citations.length) {
      const groups = groupCitations(data.groups, citations);
      if (groups.length > 1 || (groups.length === 1 && groups[0].region !== undefined)) {
        parts.push(regionChips(groups));
      }
      parts.push(el("h2", { className: "section-h", text: "出处" }));
      if (groups.length === 1 && groups[0].region === undefined) {
        // No region groups (a question not about places): the citations, under no group heading.
        parts.push(el("section", { className: "group ungrouped", "aria-label": "出处" },
          groups[0].ns.map((n) => citationCard(byN.get(n)))));
      } else {
        groups.forEach((g, i) => parts.push(groupSection(g, i, byN)));
      }
    }
    results.replaceChildren(...parts);
    setStatus(data.answerable ? `已回答，共 ${citations.length} 条引用。` : "文件中没有找到答案。");
  }

  /** The answer with each [n] turned into a link to citation n. */
  function answerText(answer, byN) {
    const p = el("p", { className: "answer-text" });
    const re = /\[(\d+)\]/g;
    let last = 0;
    let m;
    while ((m = re.exec(answer)) !== null) {
      const n = Number(m[1]);
      if (!byN.has(n)) continue; // not a citation marker: leave the text as it is
      if (m.index > last) p.append(answer.slice(last, m.index));
      p.append(el("a", {
        className: "ref", href: `#cite-${n}`, dataset: { n: String(n) }, "aria-label": `引用 ${n}`,
        onclick: (ev) => {
          ev.preventDefault();
          focusCitation(n);
        },
      }, `[${n}]`));
      last = m.index + m[0].length;
    }
    if (last < answer.length) p.append(answer.slice(last));
    return p;
  }

  /** Groups from the API in their order; citations no group mentions go last (region undefined). */
  function groupCitations(apiGroups, citations) {
    const seen = new Set();
    const groups = [];
    for (const g of Array.isArray(apiGroups) ? apiGroups : []) {
      const ns = (g.citations || []).filter((n) => citations.some((c) => c.n === n));
      ns.forEach((n) => seen.add(n));
      groups.push({ region: g.region ?? null, ns });
    }
    const rest = citations.map((c) => c.n).filter((n) => !seen.has(n));
    if (rest.length) groups.push({ region: undefined, ns: rest });
    return groups;
  }

  function groupLabel(g) {
    if (g.region === undefined) return "其他出处";
    return g.region || NO_REGION;
  }

  function regionChips(groups) {
    return el("nav", { className: "chips", "aria-label": "按地区 By region" },
      el("span", { className: "chips-label", text: "按地区" }),
      groups.map((g, i) => el("a", {
        className: g.region === null ? "chip chip-none" : "chip", href: `#group-${i}`,
        onclick: (ev) => {
          ev.preventDefault();
          const target = document.getElementById(`group-${i}`);
          target.scrollIntoView({ behavior: "smooth", block: "start" });
          target.focus({ preventScroll: true });
        },
      }, el("span", { className: "chip-region", text: groupLabel(g) }),
      el("span", { className: "chip-count", text: g.ns.map((n) => `[${n}]`).join("") }))));
  }

  function groupSection(g, i, byN) {
    return el("section", { className: "group", id: `group-${i}`, tabindex: "-1", "aria-labelledby": `group-h-${i}`,
      dataset: { region: g.region === undefined ? "" : (g.region || NO_REGION) } },
    el("h3", { className: g.region === null ? "group-h none" : "group-h", id: `group-h-${i}` },
      el("span", { className: "group-region", text: groupLabel(g) }),
      el("span", { className: "group-count", text: `${g.ns.length} 条` })),
    g.ns.map((n) => citationCard(byN.get(n), g.region || null)));
  }

  // ``region``: the group's — a roundup's claim is about the region its group names, which its document
  // (about 多地) does not: the card had said 未注明地区 under 江苏省苏州市姑苏区
  function citationCard(c, region = null) {
    const where = region || c.region;
    const meta = el("p", { className: "meta", text: metaLine([where || NO_REGION, c.date, pageLabel(c.page)]) });
    const passage = el("blockquote", { className: "passage loading", text: c.quote });
    const open = () => openDocument(c.doc_id, { start: c.start, end: c.end, quote: c.quote, label: `[${c.n}]` });
    const card = el("article", { className: "cite", id: `cite-${c.n}`, tabindex: "-1", dataset: { n: String(c.n), docId: c.doc_id },
      "aria-labelledby": `cite-title-${c.n}` },
    el("div", { className: "cite-head" },
      el("span", { className: "cite-n", "aria-hidden": "true", text: `[${c.n}]` }),
      el("h4", { className: "cite-title", id: `cite-title-${c.n}`, text: c.title || c.doc_id })),
    meta,
    passage,
    openButton(open, `[${c.n}] ${c.title || c.doc_id}`));
    // A click anywhere on the passage opens the document too (but not when the reader is selecting text).
    passage.addEventListener("click", () => {
      if (!String(window.getSelection() || "")) open();
    });
    fillCitation(c, where, meta, passage);
    return card;
  }

  // A card shows its quote in its passage, read alone (GET /passages/ID: text, offsets, the document's
  // metadata): the whole document, which a probe saw reach 26 MB for one answer, is read only to open it.
  async function fillCitation(c, where, meta, passage) {
    let p = null;
    try {
      p = await getPassage(c.passage_id);
    } catch (_) {
      p = null; // read from the document instead, below
    }
    if (p && typeof p.text === "string" && Number.isInteger(p.start) && c.start >= p.start && c.end <= p.end) {
      meta.textContent = metaLine([where || p.region || NO_REGION, c.date || p.date, p.source, pageLabel(c.page)]);
      const own = { text: p.text };
      passage.classList.remove("loading");
      passage.replaceChildren(...(p.start > 0 ? [document.createTextNode("…")] : []),
        ...highlighted(own, 0, chars(own).length, c.start - p.start, c.end - p.start, c.quote));
      return;
    }
    let doc;
    try {
      doc = await getDocument(c.doc_id);
    } catch (err) {
      passage.classList.remove("loading");
      passage.replaceChildren(el("mark", { text: c.quote }));
      return;
    }
    meta.textContent = metaLine([where || doc.region || NO_REGION, c.date || doc.date, doc.source, pageLabel(c.page)]);
    let range = null;
    try {
      const p = await getPassage(c.passage_id);
      if (Number.isInteger(p.start) && Number.isInteger(p.end)) range = [p.start, p.end];
    } catch (_) {
      range = null; // fall back to a window of context around the quote
    }
    if (!range) range = [Math.max(0, c.start - 80), c.end + 80];
    const start = Math.min(range[0], c.start);
    const end = Math.min(Math.max(range[1], c.end), chars(doc).length);
    passage.classList.remove("loading");
    passage.replaceChildren(...highlighted(doc, start, end, c.start, c.end, c.quote));
  }

  /** Text nodes for doc[start:end] with doc[qs:qe] in a <mark>; checks the slice against the quote. */
  function highlighted(doc, start, end, qs, qe, quote) {
    const middle = slice(doc, qs, qe);
    if (quote === undefined || middle === quote) {
      return [
        start > 0 ? "…" : "",
        slice(doc, start, qs),
        el("mark", { text: middle }),
        slice(doc, qe, end),
        end < chars(doc).length ? "…" : "",
      ].filter(Boolean).map((x) => (typeof x === "string" ? document.createTextNode(x) : x));
    }
    // Offsets disagree with the quote: find the quote in the passage instead of marking the wrong words.
    const text = slice(doc, start, end);
    const at = text.indexOf(quote);
    console.warn("citeqa: quote does not match its offsets", { qs, qe, quote, middle });
    if (at < 0) {
      // the document has changed since the answer was given: the quote is not in it any more
      return [el("p", { className: "stale", role: "note", text: STALE_QUOTE }), el("mark", { text: quote }),
        document.createElement("hr"), document.createTextNode(text)];
    }
    return [document.createTextNode(text.slice(0, at)), el("mark", { text: quote }),
      document.createTextNode(text.slice(at + quote.length))];
  }

  /** 查看原文 of a card or a hit; its name says which (「查看原文 View source：[2] 标题」, the label shown
   *  first): seven buttons named alike cannot be told apart in a list of buttons. */
  function openButton(onclick, which) {
    return el("button", { type: "button", className: "open", onclick, "aria-label": `查看原文 View source：${which}` },
      "查看原文 ", el("small", { lang: "en", text: "View source" }));
  }

  function focusCitation(n) {
    const card = document.getElementById(`cite-${n}`);
    if (!card) return;
    card.scrollIntoView({ behavior: "smooth", block: "center" });
    card.focus({ preventScroll: true });
    card.classList.remove("flash");
    void card.offsetWidth; // restart the animation
    card.classList.add("flash");
  }

  // ---- search -----------------------------------------------------------------------------------------

  function renderSearch(data, retrieverMode, filtered, q) {
    const hits = Array.isArray(data.results) ? data.results : [];
    const m = data.mode || retrieverMode;
    const head = el("div", { className: "hits-head" },
      el("h2", { text: "检索结果" }),
      el("p", { className: "asked print-only", text: `检索：${q}` }),
      el("p", { className: "took", text: metaLine([
        `${hits.length} 段`, `${MODE_NAMES[m] || m} ${m}`,
        typeof data.took_ms === "number" ? `用时 ${Math.round(data.took_ms)} ms` : null,
      ]) }),
      filtered.length ? el("p", { className: "filtered", text: `已筛选：${filtered.join("；")}` }) : null);
    if (!hits.length) {
      const hint = filtered.length ? "没有匹配的段落。可放宽筛选条件再试。" : "没有匹配的段落。换个说法，或改用“语义 dense”检索试试。";
      results.replaceChildren(head, el("p", { className: "empty", text: hint }));
      setStatus("没有匹配的段落。");
      return;
    }
    const top = Math.max(...hits.map((h) => h.score), 1e-9);
    const list = el("ol", { className: "hits" }, hits.map((h) => hitItem(h, top, m)));
    results.replaceChildren(head, list);
    setStatus(`找到 ${hits.length} 段。`);
  }

  /** Which retrievers ran in a search mode: the API gives 0 for a leg that did not, which is no score. */
  const LEGS = { hybrid: ["bm25", "dense"], bm25: ["bm25"], dense: ["dense"] };

  function hitItem(h, top, m) {
    const width = Math.max(2, Math.min(100, (100 * h.score) / top));
    const scores = h.scores || {};
    const legs = LEGS[m] || LEGS.hybrid;
    return el("li", { className: "hit", dataset: { passageId: h.passage_id, docId: h.doc_id } },
      el("div", { className: "hit-head" },
        el("span", { className: "rank", text: `#${h.rank}` }),
        el("h3", { className: "hit-title", text: h.title || h.doc_id })),
      el("p", { className: "meta", text: metaLine([h.region || NO_REGION, h.date, h.source, pageLabel(h.page)]) }),
      el("div", { className: "scores" },
        el("span", { className: "score" }, "得分 ", el("strong", { className: "score-value", text: fmt(h.score, 3) })),
        el("span", { className: "bar", "aria-hidden": "true" }, el("span", { style: { width: `${width.toFixed(1)}%` } })),
        legs.includes("bm25")
          ? el("span", { className: "leg" }, "BM25 ", el("span", { className: "bm25", text: fmt(scores.bm25, 2) }))
          : null,
        legs.includes("dense")
          ? el("span", { className: "leg" }, "dense ", el("span", { className: "dense", text: fmt(scores.dense, 3) }))
          : null),
      el("p", { className: "hit-text", text: h.text }),
      openButton(() => openDocument(h.doc_id, { start: h.start, end: h.end, quote: h.text, label: `#${h.rank}` }),
        `#${h.rank} ${h.title || h.doc_id}`));
  }

  // ---- document view ----------------------------------------------------------------------------------

  let opener = null;
  let opening = 0; // which openDocument call the view belongs to

  async function openDocument(docId, target) {
    const mine = ++opening;
    opener = document.activeElement;
    docTitle.textContent = "正在载入原文…";
    docTitle.removeAttribute("title");
    docMeta.textContent = "";
    docBody.replaceChildren();
    if (!dialog.open) dialog.showModal();
    let doc;
    try {
      doc = await getDocument(docId);
    } catch (err) {
      if (mine !== opening || !dialog.open) return;
      docTitle.textContent = "无法载入原文";
      docBody.replaceChildren(el("p", { className: "error", text: err.message || String(err) }));
      return;
    }
    // closed meanwhile, or another citation opened: a slow load must not take the view over
    if (mine !== opening || !dialog.open) return;
    docTitle.textContent = doc.title || doc.doc_id;
    docTitle.title = doc.title || doc.doc_id; // the heading is clamped to a few lines: the whole title on hover
    docMeta.textContent = metaLine([doc.region || NO_REGION, doc.date, doc.source,
      target && target.label ? `引文 ${target.label}` : null]);
    const text = el("div", { className: "doc-text" });
    if (target && Number.isInteger(target.start) && Number.isInteger(target.end)) {
      text.append(...highlighted(doc, 0, chars(doc).length, target.start, target.end, target.quote));
    } else {
      text.textContent = doc.text || "";
    }
    docBody.replaceChildren(text);
    const mark = text.querySelector("mark");
    requestAnimationFrame(() => {
      if (mark) mark.scrollIntoView({ block: "center" });
      else docBody.scrollTop = 0;
    });
  }

  function closeDocument() {
    if (dialog.open) dialog.close();
  }

  dialog.addEventListener("close", () => {
    if (opener && typeof opener.focus === "function") opener.focus();
    opener = null;
  });
  $("#doc-close").addEventListener("click", closeDocument);
  dialog.addEventListener("click", (ev) => {
    if (ev.target === dialog) closeDocument(); // a click on the backdrop
  });

  // ---- search filters -----------------------------------------------------------------------------
  // filters.region (documents whose region contains it) and filters.doc_id of POST /search, offered from the
  // library; a value the URL names that the library lacks (not read yet, or deleted since) stays selectable.

  function filters() {
    return { region: regionFilter.value || undefined, doc_id: docFilter.value || undefined };
  }

  function filterLabels() {
    const shown = [];
    if (regionFilter.value) shown.push(`地区「${regionFilter.value}」`);
    if (docFilter.value) shown.push(`文件《${docFilter.selectedOptions[0].dataset.label || docFilter.value}》`);
    return shown;
  }

  function setFilter(select, value) {
    if (value && !Array.from(select.options).some((o) => o.value === value)) {
      select.append(el("option", { value, dataset: { label: value } }, `${value}（不在文库中）`));
    }
    select.value = value;
  }

  function fillFilters(docs) {
    const regions = Array.from(new Set(docs.map((d) => d.region).filter(Boolean))).sort((a, b) => a.localeCompare(b, "zh-CN"));
    const fill = (select, options) => {
      const value = select.value;
      select.replaceChildren(select.options[0], ...options);
      setFilter(select, value);
    };
    fill(regionFilter, regions.map((r) => el("option", { value: r, dataset: { label: r } }, r)));
    fill(docFilter, docs.map((d) => el("option", { value: d.doc_id, dataset: { label: d.title || d.doc_id } },
      d.title || d.doc_id)));
  }

  function clearCaches() {
    docCache.clear();
    passageCache.clear();
  }

  const library = createLibrary({
    el, metaLine, api, ApiError, NO_REGION, openDocument,
    changed: clearCaches,
    onDocuments: fillFilters,
  });

  // ---- wiring -----------------------------------------------------------------------------------------

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    run({ focusAnswer: document.activeElement !== input });
  });
  for (const radio of form.elements.mode) {
    radio.addEventListener("change", () => {
      syncMode();
      if (input.value.trim()) run();
    });
  }
  retriever.addEventListener("change", () => {
    if (input.value.trim()) run();
  });
  topK.addEventListener("change", () => {
    if (input.value.trim()) run();
  });
  for (const select of [regionFilter, docFilter]) {
    select.addEventListener("change", () => {
      if (input.value.trim() && mode() === "search") run();
    });
  }
  // a document added or deleted elsewhere shows when the reader comes back to the page
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") library.load();
  });
  cancelBtn.addEventListener("click", () => {
    cancel();
    input.focus();
  });
  input.addEventListener("input", syncCount);
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape" && inflight) {
      ev.preventDefault();
      cancel();
    }
  });
  // 跳到结果 moves the focus to the results without navigating (a #results URL would lose the question).
  $(".skip").addEventListener("click", (ev) => {
    ev.preventDefault();
    results.focus({ preventScroll: true });
    results.scrollIntoView({ block: "start" });
  });
  window.addEventListener("popstate", followHash);
  window.addEventListener("hashchange", followHash);
  for (const button of document.querySelectorAll(".example")) {
    button.addEventListener("click", () => {
      input.value = button.textContent;
      run({ focusAnswer: true });
    });
  }
  document.addEventListener("keydown", (ev) => {
    // "/" jumps to the question box, as on many search pages.
    if (ev.key === "/" && !dialog.open && document.activeElement !== input
        && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName)) {
      ev.preventDefault();
      input.focus();
    }
  });

  syncMode();
  syncCount();
  syncKeyBar();
  restoreFromHash();
  library.load();
})();
