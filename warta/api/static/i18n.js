// Labels of the dashboard in Indonesian and English, and the language switch (kept in localStorage).

const LABELS = {
  id: {
    "nav.timeline": "Linimasa", "nav.events": "Peristiwa", "nav.stories": "Berita", "nav.actors": "Aktor",
    "nav.api": "API", "footer": "Warta — data peristiwa politik dari berita, dengan bukti kalimatnya.",
    "switch": "EN", "loading": "Memuat…", "error": "Galat", "none": "Tidak ada data.", "back": "Kembali",
    "timeline.title": "Kerja sama dan konflik", "timeline.a": "Pihak A", "timeline.b": "Pihak B",
    "timeline.by": "Per", "timeline.show": "Tampilkan", "timeline.top": "Pasangan teratas",
    "timeline.empty": "Belum ada peristiwa bertanggal dan terjadi antara kedua pihak ini.",
    "timeline.hint": "Kerja sama di atas garis, konflik di bawah; klik batang untuk melihat peristiwanya.",
    "by.day": "hari", "by.week": "minggu", "by.month": "bulan",
    "q1": "kerja sama verbal", "q2": "kerja sama material", "q3": "konflik verbal", "q4": "konflik material",
    "counts.articles": "artikel", "counts.events": "peristiwa", "counts.stories": "berita",
    "counts.real_events": "peristiwa nyata",
    "f.type": "Jenis", "f.mode": "Mode", "f.actor": "Aktor", "f.recipient": "Penerima", "f.dyad": "Pasangan",
    "f.since": "Sejak", "f.until": "Hingga", "f.factuality": "Faktualitas", "f.lang": "Bahasa",
    "f.story": "Berita", "f.q": "Cari di kalimat bukti", "f.dedup": "Satu baris per peristiwa nyata",
    "f.sort": "Urutan", "f.apply": "Terapkan", "f.reset": "Hapus filter", "any": "semua",
    "col.date": "Tanggal", "col.type": "Jenis", "col.mode": "Mode", "col.sides": "Aktor → penerima",
    "col.factuality": "Faktualitas", "col.confidence": "Keyakinan", "col.reports": "Laporan",
    "col.source": "Sumber", "col.trigger": "Pemicu", "col.title": "Judul", "col.articles": "Artikel",
    "col.outlets": "Media", "col.first": "Pertama", "col.last": "Terakhir", "col.events": "Peristiwa",
    "col.code": "Kode", "col.name": "Nama", "col.as_actor": "Sebagai aktor",
    "col.as_recipient": "Sebagai penerima", "col.lang": "Bahasa", "col.evidence": "Bukti",
    "page.of": "dari", "page.prev": "‹ Sebelumnya", "page.next": "Berikutnya ›",
    "event.evidence": "Kalimat bukti", "event.reports": "Semua laporan dari berbagai media",
    "event.date": "Tanggal", "event.place": "Tempat", "event.confidence": "Keyakinan", "event.why": "Alasan",
    "event.story": "Berita", "event.article": "Artikel", "event.this": "laporan ini",
    "event.open": "buka peristiwa", "kind.actor": "aktor", "kind.trigger": "pemicu",
    "kind.recipient": "penerima", "article.text": "Teks artikel", "article.events": "Peristiwa dalam artikel",
    "article.copy_of": "salinan dari", "article.link": "tautan asli", "story.articles": "Artikel dalam berita ini",
    "story.real_events": "Peristiwa nyata", "stories.title": "Berita", "actors.title": "Aktor",
    "actors.search": "Cari kode atau nama", "actor.mentions": "Disebut sebagai", "actor.sectors": "Sektor",
    "actor.types": "Jenis peristiwa", "actor.partners": "Mitra (klik untuk linimasa)",
    "actor.recent": "Peristiwa terbaru sebagai aktor", "actor.all": "semua peristiwanya",
    "role.actor": "sebagai aktor", "role.recipient": "sebagai penerima", "events.title": "Peristiwa",
    "unknown": "—",
  },
  en: {
    "nav.timeline": "Timeline", "nav.events": "Events", "nav.stories": "Stories", "nav.actors": "Actors",
    "nav.api": "API", "footer": "Warta — political event data from news, with the sentence that proves it.",
    "switch": "ID", "loading": "Loading…", "error": "Error", "none": "Nothing here.", "back": "Back",
    "timeline.title": "Cooperation and conflict", "timeline.a": "Side A", "timeline.b": "Side B",
    "timeline.by": "By", "timeline.show": "Show", "timeline.top": "Top pairs",
    "timeline.empty": "No dated, asserted events between these two yet.",
    "timeline.hint": "Cooperation above the line, conflict below; click a bar to see its events.",
    "by.day": "day", "by.week": "week", "by.month": "month",
    "q1": "verbal cooperation", "q2": "material cooperation", "q3": "verbal conflict", "q4": "material conflict",
    "counts.articles": "articles", "counts.events": "events", "counts.stories": "stories",
    "counts.real_events": "real-world events",
    "f.type": "Type", "f.mode": "Mode", "f.actor": "Actor", "f.recipient": "Recipient", "f.dyad": "Dyad",
    "f.since": "Since", "f.until": "Until", "f.factuality": "Factuality", "f.lang": "Language",
    "f.story": "Story", "f.q": "Search the evidence", "f.dedup": "One row per real-world event",
    "f.sort": "Sort", "f.apply": "Apply", "f.reset": "Clear filters", "any": "any",
    "col.date": "Date", "col.type": "Type", "col.mode": "Mode", "col.sides": "Actor → recipient",
    "col.factuality": "Factuality", "col.confidence": "Confidence", "col.reports": "Reports",
    "col.source": "Source", "col.trigger": "Trigger", "col.title": "Title", "col.articles": "Articles",
    "col.outlets": "Outlets", "col.first": "First", "col.last": "Last", "col.events": "Events",
    "col.code": "Code", "col.name": "Name", "col.as_actor": "As actor", "col.as_recipient": "As recipient",
    "col.lang": "Language", "col.evidence": "Evidence",
    "page.of": "of", "page.prev": "‹ Previous", "page.next": "Next ›",
    "event.evidence": "Evidence sentence", "event.reports": "Every report across outlets",
    "event.date": "Date", "event.place": "Place", "event.confidence": "Confidence", "event.why": "Why",
    "event.story": "Story", "event.article": "Article", "event.this": "this report",
    "event.open": "open event", "kind.actor": "actor", "kind.trigger": "trigger",
    "kind.recipient": "recipient", "article.text": "Article text", "article.events": "Events in the article",
    "article.copy_of": "copy of", "article.link": "original link", "story.articles": "Articles in this story",
    "story.real_events": "Real-world events", "stories.title": "Stories", "actors.title": "Actors",
    "actors.search": "Search codes or names", "actor.mentions": "Named as", "actor.sectors": "Sectors",
    "actor.types": "Event types", "actor.partners": "Partners (click for the timeline)",
    "actor.recent": "Latest events as actor", "actor.all": "all its events",
    "role.actor": "as actor", "role.recipient": "as recipient", "events.title": "Events",
    "unknown": "—",
  },
};

const KEY = "warta.lang";
let current = pick();

function pick() {
  let saved = null;
  try {
    saved = window.localStorage.getItem(KEY);
  } catch {
    saved = null;
  }
  if (saved === "id" || saved === "en") return saved;
  return (navigator.language || "id").toLowerCase().startsWith("en") ? "en" : "id";
}

export function lang() {
  return current;
}

export function setLang(code) {
  current = code === "en" ? "en" : "id";
  try {
    window.localStorage.setItem(KEY, current);
  } catch {
    // private mode: the choice lasts this page only
  }
}

export function t(key) {
  return LABELS[current][key] ?? LABELS.en[key] ?? key;
}

// Fill every element that names a label (data-label) with it, in the current language.
export function labelPage(root) {
  document.documentElement.lang = current;
  for (const node of root.querySelectorAll("[data-label]")) node.textContent = t(node.dataset.label);
}
