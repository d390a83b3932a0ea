// Building the page safely: every piece of data goes in as text (textContent), never as HTML.

import { t } from "./i18n.js";

// el("a", {href: "#/x", class: "c"}, "text", child...) -> an element; strings become text nodes.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

const SVG_NS = "http://www.w3.org/2000/svg";

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setAttrs(node, attrs);
  append(node, children);
  return node;
}

function setAttrs(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) throw new Error("use addEventListener, not " + name);
    node.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// An internal link: #/kind/ID with the id encoded.
export function link(kind, id, ...children) {
  return el("a", { href: `#/${kind}/${encodeURIComponent(id)}` }, ...children);
}

// An outside link only for http(s) addresses (a stored 'javascript:' URL stays text).
export function externalLink(url, label) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", { href: parsed.href, rel: "noopener noreferrer nofollow", target: "_blank" }, label);
    }
  } catch {
    // not a URL
  }
  return el("span", {}, url);
}

export async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new Error((body && body.error) || `${response.status} ${response.statusText}`);
  return body;
}

// Text with highlighted spans ({kind, start, end} in code points): trigger over actor over recipient.
const PRIORITY = { trigger: 3, actor: 2, recipient: 1 };

export function highlighted(text, spans) {
  const chars = Array.from(text || "");
  const cuts = new Set([0, chars.length]);
  const kept = (spans || []).filter((s) => s.start >= 0 && s.end <= chars.length && s.start < s.end);
  for (const s of kept) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = chars.slice(a, b).join("");
    const covering = kept.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) {
      out.append(document.createTextNode(piece));
      continue;
    }
    const top = covering.reduce((x, y) => (PRIORITY[y.kind] > PRIORITY[x.kind] ? y : x));
    out.append(el("mark", { class: `hl hl-${top.kind}`, title: t(`kind.${top.kind}`) }, piece));
  }
  return out;
}

export function legend() {
  return el(
    "p",
    { class: "legend" },
    ...["actor", "trigger", "recipient"].map((k) => el("mark", { class: `hl hl-${k}` }, t(`kind.${k}`))),
  );
}

export function sides(event) {
  const side = (members) => members.map((m) => m.code || m.text || "?").join("+") || "–";
  return `${side(event.actor)} → ${side(event.recipient)}`;
}

export function typeLabel(event) {
  return event.mode ? `${event.event} (${event.mode})` : event.event;
}

export function orDash(value) {
  return value === null || value === undefined || value === "" ? t("unknown") : String(value);
}

export function table(headers, rows, attrs = {}) {
  return el(
    "table",
    attrs,
    el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, t(h))))),
    el("tbody", {}, ...rows),
  );
}

export function facts(pairs) {
  return el("dl", { class: "facts" }, ...pairs.flatMap(([k, v]) => [el("dt", {}, t(k)), el("dd", {}, v)]));
}

export function section(titleKey, ...children) {
  return el("section", {}, el("h3", {}, t(titleKey)), ...children);
}
