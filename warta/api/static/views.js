// The pages: timeline, events (filters), event, article, story, stories, actor, actors.

import {
  api, el, externalLink, facts, highlighted, legend, link, orDash, section, sides, table, typeLabel,
} from "./dom.js";
import { t } from "./i18n.js";
import { drawTimeline, timelineLegend } from "./timeline.js";

const enc = encodeURIComponent;
const PAGE = 50;

function go(path, params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  window.location.hash = `#/${path}${query.toString() ? "?" + query : ""}`;
}

function heading(text, ...rest) {
  return el("h2", {}, text, ...rest);
}

function periodEnd(period, by) {
  const d = new Date(period + "T00:00:00Z");
  if (by === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (by === "week") d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

// --- timeline (home) ---------------------------------------------------------------------------

export async function timelineView(params) {
  const [status, top] = await Promise.all([api("/api/status"), api("/api/dyads?limit=12")]);
  const a = (params.get("a") || (top[0] && top[0].a) || "").toUpperCase();
  const b = (params.get("b") || (top[0] && top[0].b) || "").toUpperCase();
  const by = ["day", "week", "month"].includes(params.get("by")) ? params.get("by") : "week";
  const form = el("form", { class: "filters", id: "dyad-form" },
    field("timeline.a", el("input", { name: "a", value: a, size: 6, required: true })),
    field("timeline.b", el("input", { name: "b", value: b, size: 6, required: true })),
    field("timeline.by", el("select", { name: "by" },
      ...["day", "week", "month"].map((p) => el("option", { value: p, selected: p === by }, t(`by.${p}`))))),
    el("button", { type: "submit" }, t("timeline.show")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    go("", { a: data.get("a").trim().toUpperCase(), b: data.get("b").trim().toUpperCase(), by: data.get("by") });
  });
  const counts = el("p", { class: "counts" }, ...Object.entries(status.counts).map(
    ([k, n]) => el("span", { class: "count" }, el("strong", {}, String(n)), " ", t(`counts.${k}`))));
  const chips = el("p", { class: "chips" }, el("span", { class: "muted" }, t("timeline.top"), ": "),
    ...top.map((d) => el("a", { href: `#/?a=${enc(d.a)}&b=${enc(d.b)}&by=${by}`, class: "chip" }, `${d.a}–${d.b} (${d.events})`)));
  const out = [heading(t("timeline.title")), counts, form, chips];
  if (!a || !b) return [...out, el("p", { class: "muted" }, t("timeline.empty"))];
  const dyad = await api(`/api/dyads/${enc(a)}/${enc(b)}?by=${by}`);
  out.push(el("h3", { id: "dyad-title" }, `${dyad.a} – ${dyad.b}`));
  if (!dyad.series.length) return [...out, el("p", { class: "muted", id: "timeline-empty" }, t("timeline.empty"))];
  const pick = (point) => go("events", {
    dyad: `${dyad.a},${dyad.b}`, since: point.period, until: periodEnd(point.period, by),
    factuality: "asserted", dedup: "1",
  });
  return [...out, drawTimeline(dyad.series, pick), timelineLegend(), el("p", { class: "muted" }, t("timeline.hint"))];
}

function field(labelKey, input) {
  return el("label", {}, el("span", {}, t(labelKey)), input);
}

// --- events ------------------------------------------------------------------------------------

const FILTERS = ["type", "mode", "actor", "recipient", "dyad", "since", "until", "factuality", "lang", "story", "q"];

export async function eventsView(params) {
  const meta = await api("/api/meta");
  const query = new URLSearchParams();
  for (const key of [...FILTERS, "dedup", "sort", "offset"]) if (params.get(key)) query.set(key, params.get(key));
  query.set("limit", String(PAGE));
  if (!query.get("sort")) query.set("sort", "-date");
  const page = await api(`/api/events?${query}`);
  return [heading(t("events.title")), eventFilters(meta, params), eventTable(page.items), pager(page, "events", params)];
}

function eventFilters(meta, params) {
  const select = (name, options) => el("select", { name },
    el("option", { value: "" }, t("any")),
    ...options.map((o) => el("option", { value: o, selected: params.get(name) === o }, o)));
  const input = (name, attrs = {}) => el("input", { name, value: params.get(name) || "", ...attrs });
  const form = el("form", { class: "filters", id: "event-filters" },
    field("f.type", select("type", meta.event_types)),
    field("f.mode", input("mode", { size: 10 })),
    field("f.actor", input("actor", { size: 5 })),
    field("f.recipient", input("recipient", { size: 5 })),
    field("f.dyad", input("dyad", { size: 8, placeholder: "RUS,USA" })),
    field("f.since", input("since", { type: "date" })),
    field("f.until", input("until", { type: "date" })),
    field("f.factuality", select("factuality", meta.factualities)),
    field("f.lang", select("lang", ["id", "en"])),
    field("f.story", input("story", { size: 12 })),
    field("f.q", input("q", { type: "search", size: 16 })),
    field("f.sort", select("sort", meta.sorts)),
    el("label", { class: "check" }, el("input", { type: "checkbox", name: "dedup", value: "1", checked: params.get("dedup") === "1" }), t("f.dedup")),
    el("button", { type: "submit" }, t("f.apply")),
    el("a", { href: "#/events", class: "reset" }, t("f.reset")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const data = new FormData(form);
    go("events", Object.fromEntries([...FILTERS, "sort", "dedup"].map((k) => [k, (data.get(k) || "").trim()])));
  });
  return form;
}

export function eventTable(events, { current = null } = {}) {
  if (!events.length) return el("p", { class: "muted", id: "no-events" }, t("none"));
  const rows = events.map((ev) => el("tr", { class: ev.id === current ? "current" : null, "data-event": ev.id },
    el("td", {}, orDash(ev.date)),
    el("td", {}, link("event", ev.id, typeLabel(ev))),
    el("td", {}, sides(ev)),
    el("td", {}, ev.factuality),
    el("td", { class: "num" }, ev.confidence.toFixed(2)),
    el("td", { class: "num" }, orDash(ev.reports)),
    el("td", {}, link("article", ev.doc_id, ev.article.outlet || ev.doc_id)),
    el("td", {}, ev.evidence.trigger)));
  return table(["col.date", "col.type", "col.sides", "col.factuality", "col.confidence", "col.reports",
    "col.source", "col.trigger"], rows, { class: "events", id: "events-table" });
}

function pager(page, path, params) {
  const shown = page.items.length;
  const info = `${shown ? page.offset + 1 : 0}–${page.offset + shown} ${t("page.of")} ${page.total}`;
  const move = (offset) => {
    const next = Object.fromEntries(params.entries());
    next.offset = String(Math.max(0, offset));
    go(path, next);
  };
  const prev = el("button", { type: "button", disabled: page.offset === 0 }, t("page.prev"));
  const next = el("button", { type: "button", disabled: page.offset + shown >= page.total }, t("page.next"));
  prev.addEventListener("click", () => move(page.offset - page.limit));
  next.addEventListener("click", () => move(page.offset + page.limit));
  return el("p", { class: "pager" }, prev, el("span", { id: "page-info" }, info), next);
}

// --- one event -----------------------------------------------------------------------------------

export async function eventView(id) {
  const { event: ev, reports } = await api(`/api/events/${enc(id)}`);
  const place = ev.place ? `${ev.place.name} (${ev.place.precision || "?"})` : null;
  const info = facts([
    ["event.date", orDash(ev.date)],
    ["col.factuality", ev.factuality],
    ["event.confidence", ev.confidence.toFixed(2)],
    ["event.place", orDash(place)],
    ["event.article", link("article", ev.doc_id, ev.article.title || ev.doc_id)],
    ["event.story", ev.story_id ? link("story", ev.story_id, ev.story_id) : t("unknown")],
    ["event.why", orDash(ev.why)],
  ]);
  const quote = el("blockquote", { class: "evidence", id: "evidence" }, highlighted(ev.evidence.text, ev.evidence.spans));
  const list = el("ol", { class: "reports", id: "reports" }, ...reports.map((r) => reportItem(r, ev.id)));
  return [
    heading(typeLabel(ev), " ", el("span", { class: "sides" }, sides(ev))),
    section("event.evidence", legend(), quote), info,
    el("section", {}, el("h3", {}, `${t("event.reports")} (${reports.length})`), list),
  ];
}

function reportItem(r, currentId) {
  const art = r.article;
  const head = el("p", { class: "report-head" },
    el("strong", {}, art.outlet || art.doc_id), " · ", orDash(art.published), " · ", orDash(art.lang), " · ",
    link("article", r.doc_id, art.title || r.doc_id),
    r.id === currentId ? el("em", {}, ` (${t("event.this")})`) : [" · ", link("event", r.id, t("event.open"))]);
  return el("li", { "data-doc": r.doc_id }, head,
    el("blockquote", { class: "evidence" }, highlighted(r.evidence.text, r.evidence.spans)));
}

// --- article -------------------------------------------------------------------------------------

export async function articleView(id) {
  const art = await api(`/api/articles/${enc(id)}`);
  const meta = el("p", { class: "meta" }, orDash(art.outlet), " · ", orDash(art.published), " · ", orDash(art.lang),
    art.story_id ? [" · ", link("story", art.story_id, `${t("event.story")} ${art.story_id}`)] : [],
    art.copy_of ? [" · ", t("article.copy_of"), " ", link("article", art.copy_of, art.copy_of)] : [],
    art.url ? [" · ", externalLink(art.url, t("article.link"))] : []);
  return [
    heading(art.title || art.doc_id), meta,
    section("article.text", legend(), el("div", { class: "article-text", id: "article-text" }, highlighted(art.text, art.spans))),
    section("article.events", eventTable(art.events)),
  ];
}

// --- stories -------------------------------------------------------------------------------------

export async function storiesView(params) {
  const offset = params.get("offset") || "0";
  const page = await api(`/api/stories?limit=${PAGE}&offset=${enc(offset)}`);
  const rows = page.items.map((s) => el("tr", {},
    el("td", {}, link("story", s.story_id, s.title || s.story_id)),
    el("td", { class: "num" }, String(s.articles)),
    el("td", {}, (s.outlets || []).join(", ")),
    el("td", {}, orDash(s.first_published)),
    el("td", {}, orDash(s.last_published)),
    el("td", { class: "num" }, String(s.real_events))));
  return [heading(t("stories.title")),
    table(["col.title", "col.articles", "col.outlets", "col.first", "col.last", "col.events"], rows, { id: "stories-table" }),
    pager(page, "stories", params)];
}

export async function storyView(id) {
  const { story, articles, real_events: real } = await api(`/api/stories/${enc(id)}`);
  const arts = el("ul", { class: "story-articles" }, ...articles.map((a) => el("li", {},
    link("article", a.doc_id, a.title || a.doc_id), " — ", orDash(a.outlet), " · ", orDash(a.published), " · ", orDash(a.lang),
    a.copy_of ? [" · ", t("article.copy_of"), " ", a.copy_of] : [])));
  const rows = real.map((r) => el("tr", {},
    el("td", {}, orDash(r.date || r.first_published)),
    el("td", {}, r.first_event_id ? link("event", r.first_event_id, r.mode ? `${r.event} (${r.mode})` : r.event) : r.event),
    el("td", {}, `${orDash(r.actor_code)} → ${orDash(r.recipient_code)}`),
    el("td", {}, orDash(r.factuality)),
    el("td", { class: "num" }, orDash(r.reports)),
    el("td", { class: "evidence-cell" }, orDash(r.evidence_text))));
  return [
    heading(story.title || story.story_id),
    el("p", { class: "meta" }, `${story.articles} ${t("counts.articles")} · ${(story.langs || []).join(", ")} · `,
      `${orDash(story.first_published)} – ${orDash(story.last_published)}`),
    section("story.articles", arts),
    section("story.real_events", table(["col.date", "col.type", "col.sides", "col.factuality", "col.reports", "col.evidence"], rows, { id: "real-events" })),
  ];
}

// --- actors --------------------------------------------------------------------------------------

export async function actorsView(params) {
  const q = params.get("q") || "";
  const offset = params.get("offset") || "0";
  const page = await api(`/api/actors?limit=${PAGE}&offset=${enc(offset)}${q ? "&q=" + enc(q) : ""}`);
  const search = el("form", { class: "filters" }, field("actors.search", el("input", { name: "q", value: q, type: "search" })),
    el("button", { type: "submit" }, t("f.apply")));
  search.addEventListener("submit", (e) => {
    e.preventDefault();
    go("actors", { q: new FormData(search).get("q").trim() });
  });
  const rows = page.items.map((a) => el("tr", {},
    el("td", {}, link("actor", a.code, a.code)), el("td", {}, orDash(a.name)),
    el("td", { class: "num" }, String(a.as_actor)), el("td", { class: "num" }, String(a.as_recipient)),
    el("td", { class: "num" }, String(a.events))));
  return [heading(t("actors.title")), search,
    table(["col.code", "col.name", "col.as_actor", "col.as_recipient", "col.events"], rows, { id: "actors-table" }),
    pager(page, "actors", params)];
}

export async function actorView(code) {
  const [detail, recent] = await Promise.all([
    api(`/api/actors/${enc(code)}`), api(`/api/events?actor=${enc(code)}&limit=20&sort=-date`)]);
  const { actor, mentions, sectors, types, partners } = detail;
  const counted = (items, render = (k) => orDash(k)) => el("ul", { class: "counted" },
    ...items.map((i) => el("li", {}, render(i.key), el("span", { class: "n" }, String(i.n)))));
  const byRole = (role) => el("ul", { class: "counted" }, ...types.filter((x) => x.role === role)
    .map((x) => el("li", {}, el("a", { href: `#/events?type=${enc(x.event)}&${role}=${enc(actor.code)}` }, x.event),
      el("span", { class: "n" }, String(x.n)))));
  return [
    heading(`${actor.code} — ${orDash(actor.name)}`),
    el("p", { class: "meta" }, `${actor.events} ${t("counts.events")} · ${actor.as_actor} ${t("role.actor")} · `,
      `${actor.as_recipient} ${t("role.recipient")} · `, el("a", { href: `#/events?actor=${enc(actor.code)}` }, t("actor.all"))),
    el("div", { class: "columns" },
      section("actor.mentions", counted(mentions)),
      section("actor.sectors", counted(sectors)),
      section("actor.types", el("h4", {}, t("role.actor")), byRole("actor"), el("h4", {}, t("role.recipient")), byRole("recipient")),
      section("actor.partners", counted(partners, (k) => el("a", { href: `#/?a=${enc(actor.code)}&b=${enc(k)}` }, k)))),
    section("actor.recent", eventTable(recent.items)),
  ];
}
