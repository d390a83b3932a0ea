// The dyad timeline as inline SVG: cooperation (quads 1, 2) up, conflict (quads 3, 4) down, per period.

import { el, svg } from "./dom.js";
import { t } from "./i18n.js";

const WIDTH = 900;
const HEIGHT = 320;
const PAD = { left: 44, right: 12, top: 14, bottom: 40 };
const QUADS = [
  { key: "q2", up: true },
  { key: "q1", up: true },
  { key: "q3", up: false },
  { key: "q4", up: false },
];

// series: [{period, q1..q4, events, reports, score_mean}]; onPick(point) when a period is clicked.
export function drawTimeline(series, onPick) {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const up = series.map((p) => p.q1 + p.q2);
  const down = series.map((p) => p.q3 + p.q4);
  const top = Math.max(1, ...up, ...down);
  const half = plotH / 2;
  const zero = PAD.top + half;
  const scale = half / top;
  const band = plotW / Math.max(series.length, 1);
  const barW = Math.max(2, Math.min(48, band * 0.7));
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: "timeline", role: "img",
    "aria-label": t("timeline.title"),
  });
  for (const tick of [top, Math.round(top / 2), 0, -Math.round(top / 2), -top]) {
    const y = zero - tick * scale;
    root.append(svg("line", { x1: PAD.left, x2: WIDTH - PAD.right, y1: y, y2: y, class: tick ? "grid" : "axis" }));
    root.append(svg("text", { x: PAD.left - 6, y: y + 4, "text-anchor": "end", class: "tick" }, String(Math.abs(tick))));
  }
  const every = Math.ceil(series.length / 10);
  series.forEach((point, i) => {
    const x = PAD.left + band * i + (band - barW) / 2;
    const group = svg("g", { class: "bar", tabindex: 0, "data-period": point.period });
    let above = zero;
    let below = zero;
    for (const q of QUADS) {
      const h = point[q.key] * scale;
      if (!h) continue;
      const y = q.up ? above - h : below;
      group.append(svg("rect", { x, y, width: barW, height: h, class: `quad ${q.key}` }));
      if (q.up) above -= h;
      else below += h;
    }
    group.append(svg("rect", { x: PAD.left + band * i, y: PAD.top, width: band, height: plotH, class: "hit" }));
    const summary = [point.period, ...QUADS.map((q) => `${t(q.key)}: ${point[q.key]}`), `Σ ${point.score_sum}`];
    group.append(svg("title", {}, summary.join("\n")));
    group.addEventListener("click", () => onPick(point));
    group.addEventListener("keydown", (e) => {
      if (e.key === "Enter") onPick(point);
    });
    root.append(group);
    if (i % every === 0) {
      root.append(svg("text", { x: x + barW / 2, y: HEIGHT - PAD.bottom + 16, "text-anchor": "middle", class: "tick" }, point.period));
    }
  });
  return root;
}

export function timelineLegend() {
  return el(
    "p",
    { class: "legend" },
    ...["q1", "q2", "q3", "q4"].map((q) => el("span", { class: "swatch-label" }, el("span", { class: `swatch ${q}` }), t(q))),
  );
}
