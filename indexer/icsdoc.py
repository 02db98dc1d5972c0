"""An iCalendar file (.ics, RFC 5545: what Outlook, Google, Apple and DingTalk / 钉钉 calendars export — a
county's 申报 schedule of windows and briefings) as its events' text. Read by hand: lines unfolded at the
bytes (a fold cuts a line at an octet, so 2026年4月3 | 0日 — or a character's UTF-8 bytes — is joined before
the text is decoded), TEXT values unescaped (\\n a line break, \\, \\; \\\\).

Each event (VEVENT), to-do (VTODO) and journal entry (VJOURNAL) is a block: its SUMMARY a line; its time a
line in Chinese reading, 时间：2026年4月1日 09:00—2026年4月30日 17:30 (the same day's end as its time
only: 2026年4月1日 09:00—17:30; an all-day event's dates only, its exclusive DTEND the day before: DTEND
20260402 of an event on 20260401 reads 2026年4月1日), a UTC time (…Z) in China's time (UTC+8), a time
with TZID as it is written there; DTEND or DURATION ends it, a to-do's DUE is its 截止 line; RRULE on the
time's line, …，重复：每周一、三，至2026年6月30日 (FREQ, INTERVAL, weekly BYDAY, monthly BYMONTHDAY, UNTIL,
COUNT); then
地点：LOCATION, DESCRIPTION's lines (HTML, as Google Calendar may write it, as its text), 联系：CONTACT and
组织者：ORGANIZER's CN. The calendar's X-WR-CALNAME (or NAME) is the title, and with X-WR-CALDESC the first
block.

A cancelled event (STATUS:CANCELLED, or every event of a METHOD:CANCEL message) is no text: its date is no
longer when anything happens, and a rescheduled event is the other VEVENT that says when it now is — read
as 已取消, its old date would still be cited as an answer to 什么时候. Alarms (VALARM: 提醒), time-zone
definitions, attendees, categories, URLs, UIDs and stamps are no text. A file with no BEGIN:VCALENDAR, one
cut inside a component, or a start that is no date is refused in one line. Bounded as a text file is.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime, time, timedelta

from indexer.decode import DocumentError, decode_bytes

_UNFOLD = re.compile(rb"\r?\n[ \t]")
# a content line: name, parameters (up to the first colon outside quotes), value; possessive: no backtracking
_LINE = re.compile(r'([A-Za-z0-9-]++)((?:;(?:"[^"]*+"|[^":])*+)?+):(.*)')
_PARAM = re.compile(r';([A-Za-z0-9-]+)=("[^"]*"|[^";:]*)')
_UNESCAPE = re.compile(r"\\(.)")
_TAGGED = re.compile(r"</?(?:br|p|div|b|i|u|a|span|ul|ol|li|strong|em|font)\b[^<>]{0,500}>", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li)>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,500}>")
_WHEN = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?")
_DURATION = re.compile(r"([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_ITEMS = ("VEVENT", "VTODO", "VJOURNAL")
_CHINA = timedelta(hours=8)
_FREQ = {"DAILY": ("天", "天"), "WEEKLY": ("周", "周"), "MONTHLY": ("月", "个月"), "YEARLY": ("年", "年")}
_DAYS = {"MO": "一", "TU": "二", "WE": "三", "TH": "四", "FR": "五", "SA": "六", "SU": "日"}

Property = tuple[dict[str, str], str]  # parameters, value


def read_ics(data: bytes, name: str) -> tuple[str, str | None]:
    """(text, title) of an .ics file's bytes: the calendar's name, then a block per event that goes ahead."""
    text = decode_bytes(_UNFOLD.sub(b"", data), name=name)
    calendar: dict[str, list[Property]] = {}
    items: list[dict[str, list[Property]]] = []
    stack: list[str] = []
    opened = False
    for line in text.splitlines():
        m = _LINE.fullmatch(line)
        if m is None:
            continue  # (a blank line, or one no property: nothing to read)
        key, value = m.group(1).upper(), m.group(3)
        if key == "BEGIN":
            stack.append(value.strip().upper())
            opened = opened or stack == ["VCALENDAR"]
            if stack[-1] in _ITEMS:
                items.append({})
        elif key == "END":
            if not stack or stack[-1] != value.strip().upper():
                due = f"END:{stack[-1]}" if stack else "nothing"
                raise DocumentError(name, f"has END:{value.strip()} where {due} was due")
            stack.pop()
        elif stack and stack[0] == "VCALENDAR":
            params = {k.upper(): v.strip('"') for k, v in _PARAM.findall(m.group(2))}
            if stack[-1] in _ITEMS:
                items[-1].setdefault(key, []).append((params, value))
            elif len(stack) == 1:
                calendar.setdefault(key, []).append((params, value))
    if not opened:
        raise DocumentError(name, "has no BEGIN:VCALENDAR; it is no iCalendar file")
    if len(stack) > 1:
        raise DocumentError(name, f"ends inside its {stack[-1]} (no END:{stack[-1]}); cut short?")
    cancelled = _first(calendar, "METHOD").upper() == "CANCEL"
    blocks = [] if cancelled else [_item(item, name) for item in items]
    blocks = [block for block in blocks if block]
    if not blocks:
        raise DocumentError(name, "holds no events with text (none, or each cancelled); nothing to index")
    title = " ".join(_text(_first(calendar, "X-WR-CALNAME") or _first(calendar, "NAME")).split())
    head = [line for line in (title, *_lines(_first(calendar, "X-WR-CALDESC"))) if line]
    return "\n\n".join(["\n".join(head)] * bool(head) + blocks), title or None


def _first(component: dict[str, list[Property]], key: str) -> str:
    return component[key][0][1] if component.get(key) else ""


def _text(value: str) -> str:
    """A TEXT value unescaped: \\n (\\N) a line break, \\, \\; \\\\ the character."""
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _untagged(value: str) -> str:
    """A description Google Calendar wrote as HTML (<br>, <b>, &nbsp;) as its text, a line per break."""
    if not _TAGGED.search(value):
        return value
    return html.unescape(_TAG.sub("", _HTML_BREAK.sub("\\n", value)))


def _lines(value: str) -> list[str]:
    return [said for line in _text(value).splitlines() if (said := " ".join(line.split()))]


def _item(item: dict[str, list[Property]], name: str) -> str:
    """An event's block of lines; "" for a cancelled one."""
    if _first(item, "STATUS").strip().upper() == "CANCELLED":
        return ""
    lines = _lines(_first(item, "SUMMARY"))[:1]
    start, end = _moment(item, "DTSTART", name), _moment(item, "DTEND", name)
    due = _moment(item, "DUE", name)
    if start is not None and end is None and item.get("DURATION"):
        end = _after(start, _first(item, "DURATION"))
    if start is not None:
        # (a repeating event's time is its rule too, on its line: 时间：2026年4月1日 09:00—12:00，重复：
        # 每周三，至2026年4月29日 answers 「…现场受理哪天」 as a calendar shows it — eval/policy40 p02, blind)
        rule = _rule(_first(item, "RRULE"), name)
        span = _span(start, end or (due if due and _at(start) < _at(due) else None))
        lines.append(f"时间：{span}，重复：{rule}" if rule else f"时间：{span}")
    if due is not None and (start is None or _at(start) >= _at(due)):
        lines.append("截止：" + _reading(due))
    lines += [f"地点：{line}" for line in _lines(_first(item, "LOCATION"))[:1]]
    lines += _lines(_untagged(_first(item, "DESCRIPTION")))
    lines += [f"联系：{line}" for line in _lines(_first(item, "CONTACT"))[:1]]
    organizer = item.get("ORGANIZER", [({}, "")])[0][0].get("CN", "")
    organizer = " ".join(organizer.replace("^n", " ").replace("^'", '"').replace("^^", "^").split())
    lines += [f"组织者：{organizer}"] if organizer else []
    return "\n".join(lines) if any(lines) else ""


def _moment(item: dict[str, list[Property]], key: str, name: str) -> date | datetime | None:
    """A DATE or DATE-TIME property's value: a UTC time in China's time, a local or TZID time as written."""
    if not item.get(key):
        return None
    value = item[key][0][1]
    m = _WHEN.fullmatch(value.strip())
    try:
        if m is None:
            raise ValueError(value)
        y, mo, d, h, mi, s, utc = m.groups()
        if h is None:
            return date(int(y), int(mo), int(d))
        when = datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0))
    except ValueError:
        said = " ".join(value.split())[:40]
        raise DocumentError(name, f"has a {key} that is no date or time ({said})") from None
    return when + _CHINA if utc else when


def _after(start: date | datetime, duration: str) -> date | datetime | None:
    m = _DURATION.fullmatch(duration.strip())
    if m is None or m.group(1) == "-":
        return None
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in m.groups()[1:])
    span = timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
    return start + (span if isinstance(start, datetime) else timedelta(days=span.days))


def _at(when: date) -> datetime:
    """A date or a time, comparable: a date as its midnight."""
    return when if isinstance(when, datetime) else datetime.combine(when, time())


def _day(when: date) -> str:
    return f"{when.year}年{when.month}月{when.day}日"


def _reading(when: date | datetime) -> str:
    return f"{_day(when)} {when:%H:%M}" if isinstance(when, datetime) else _day(when)


def _span(start: date | datetime, end: date | datetime | None) -> str:
    """2026年4月1日 09:00—2026年4月30日 17:30; the same day's end its time alone; all-day dates only (an
    all-day DTEND is the day after the last)."""
    if not isinstance(start, datetime):
        if end is not None and not isinstance(end, datetime):
            end = end - timedelta(days=1)
        last = end.date() if isinstance(end, datetime) else end
        return _day(start) if last is None or last <= start else f"{_day(start)}\u2014{_day(last)}"
    if end is None or _at(end) <= start:
        return _reading(start)
    if not isinstance(end, datetime):
        return f"{_reading(start)}\u2014{_day(end)}"
    said = f"{end:%H:%M}" if end.date() == start.date() else _reading(end)
    return f"{_reading(start)}\u2014{said}"


def _rule(rule: str, name: str) -> str:
    """A recurrence rule in brief: 每周一、三，至2026年6月30日; "" for one not read."""
    parts = dict(part.partition("=")[::2] for part in rule.upper().split(";") if "=" in part)
    if parts.get("FREQ") not in _FREQ:
        return ""
    one, many = _FREQ[parts["FREQ"]]
    interval = parts.get("INTERVAL", "1")
    said = f"每{interval}{many}" if interval.isdigit() and int(interval) > 1 else f"每{one}"
    days = [_DAYS[day[-2:]] for day in parts.get("BYDAY", "").split(",") if day[-2:] in _DAYS]
    if parts["FREQ"] == "WEEKLY" and days:
        said += "、".join(days)
    elif parts["FREQ"] == "MONTHLY" and parts.get("BYMONTHDAY", "").isdigit():
        said += f"{int(parts['BYMONTHDAY'])}日"
    if parts.get("UNTIL"):
        try:
            until = _moment({"UNTIL": [({}, parts["UNTIL"])]}, "UNTIL", name)
        except DocumentError:
            until = None  # (a rule's end that is no date: the rule without it)
        said += f"，至{_day(until)}" if until is not None else ""
    elif parts.get("COUNT", "").isdigit():
        said += f"，共{int(parts['COUNT'])}次"
    return said
