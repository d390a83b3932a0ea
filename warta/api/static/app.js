// The dashboard: one page, hash routes (#/, #/events?..., #/event/ID, #/article/ID, #/story/ID,
// #/stories, #/actor/CODE, #/actors), data from /api, labels in Indonesian or English.

import { el } from "./dom.js";
import { labelPage, lang, setLang, t } from "./i18n.js";
import {
  actorView, actorsView, articleView, eventView, eventsView, storiesView, storyView, timelineView,
} from "./views.js";

const ROUTES = {
  "": (rest, params) => timelineView(params),
  events: (rest, params) => eventsView(params),
  event: (rest) => eventView(rest),
  article: (rest) => articleView(rest),
  stories: (rest, params) => storiesView(params),
  story: (rest) => storyView(rest),
  actors: (rest, params) => actorsView(params),
  actor: (rest) => actorView(rest),
};

const SECTION = { event: "events", article: "events", story: "stories", actor: "actors" };
let generation = 0;

function parseHash() {
  const hash = window.location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = hash.split("?", 2);
  const slash = path.indexOf("/");
  const name = slash < 0 ? path : path.slice(0, slash);
  const rest = slash < 0 ? "" : decodeURIComponent(path.slice(slash + 1));
  return { name, rest, params: new URLSearchParams(query) };
}

async function render() {
  const mine = ++generation;
  const main = document.getElementById("main");
  const { name, rest, params } = parseHash();
  const view = ROUTES[name] || ROUTES[""];
  for (const a of document.querySelectorAll("nav [data-nav]")) {
    a.classList.toggle("active", a.dataset.nav === (ROUTES[name] ? SECTION[name] ?? name : ""));
  }
  main.replaceChildren(el("p", { class: "muted" }, t("loading")));
  document.body.dataset.state = "loading";
  try {
    const nodes = await view(rest, params);
    if (mine !== generation) return; // a newer route is being drawn
    main.replaceChildren(...nodes.flat());
  } catch (err) {
    if (mine !== generation) return;
    main.replaceChildren(el("div", { class: "error", role: "alert" }, el("strong", {}, t("error")), ": ", err.message));
  }
  document.body.dataset.state = "ready";
  document.title = `Warta — ${(main.querySelector("h2") || {}).textContent || ""}`;
}

function start() {
  const button = document.getElementById("lang-switch");
  const relabel = () => {
    labelPage(document);
    button.textContent = t("switch");
  };
  button.addEventListener("click", () => {
    setLang(lang() === "id" ? "en" : "id");
    relabel();
    render();
  });
  relabel();
  window.addEventListener("hashchange", render);
  render();
}

start();
