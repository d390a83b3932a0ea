-- Warta's DuckDB schema. One row per article, per event, per event side member, per skipped document.
-- Offsets index articles.text (the cleaned text). Schema version in meta('schema_version').
CREATE TABLE IF NOT EXISTS meta (
    key VARCHAR PRIMARY KEY,
    value VARCHAR
);

CREATE TABLE IF NOT EXISTS articles (
    doc_id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    source VARCHAR,
    title VARCHAR,
    url VARCHAR,
    outlet VARCHAR,
    published DATE,
    published_raw VARCHAR,
    lang VARCHAR,
    lang_score DOUBLE,
    text VARCHAR,
    n_sentences INTEGER,
    n_events INTEGER,
    coder_version VARCHAR,
    ingested_at TIMESTAMP
);

CREATE TABLE IF NOT EXISTS events (
    id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    lang VARCHAR,
    event VARCHAR NOT NULL,
    mode VARCHAR,
    context VARCHAR[],
    date DATE,
    factuality VARCHAR NOT NULL,
    evidence_text VARCHAR,
    evidence_start INTEGER,
    evidence_end INTEGER,
    trigger VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    speaker VARCHAR,
    place VARCHAR,
    confidence DOUBLE,
    cameo VARCHAR,
    goldstein DOUBLE,
    quad INTEGER,
    plover_score DOUBLE,
    actor_code VARCHAR,      -- first actor's code, for filters
    recipient_code VARCHAR,  -- first recipient's code, for filters
    why VARCHAR,             -- the lexicon entry and rules that produced the event (schema 2)
    -- where it happened (schema 3): `place` is the canonical name, these the rest of the GeoNames entry
    place_text VARCHAR,
    place_country VARCHAR,
    place_precision VARCHAR, -- city, region or country
    place_geonames_id BIGINT,
    place_lat DOUBLE,
    place_lon DOUBLE
);

CREATE TABLE IF NOT EXISTS event_actors (
    event_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    role VARCHAR NOT NULL,   -- 'actor' or 'recipient'
    position INTEGER NOT NULL,
    code VARCHAR,
    sector VARCHAR,
    name VARCHAR,
    text VARCHAR,
    wikidata VARCHAR,
    start_offset INTEGER,
    end_offset INTEGER
);

CREATE TABLE IF NOT EXISTS skips (
    doc_id VARCHAR,
    source VARCHAR,
    stage VARCHAR,
    reason VARCHAR,
    skipped_at TIMESTAMP
);

-- Stories (schema 4): what clustering compares, where each article was placed, and the real-world
-- events that merge the reports of one action across a story's articles.
CREATE TABLE IF NOT EXISTS article_profiles (
    doc_id VARCHAR PRIMARY KEY,
    published DATE,
    lang VARCHAR,
    outlet VARCHAR,
    minhash UBIGINT[],
    names VARCHAR[],
    actors VARCHAR[],
    signatures VARCHAR[],
    title_words VARCHAR[],
    shingles INTEGER,
    topics VARCHAR[]
);

CREATE TABLE IF NOT EXISTS article_stories (
    doc_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL,
    copy_of VARCHAR,          -- the original this article is a near-duplicate of
    score DOUBLE              -- the copy's Jaccard estimate, or the resemblance that joined the story
);

CREATE TABLE IF NOT EXISTS real_events (
    group_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL,
    event VARCHAR NOT NULL,
    mode VARCHAR,
    factuality VARCHAR,
    actor_code VARCHAR,
    recipient_code VARCHAR,
    date DATE,
    reports INTEGER,          -- distinct original articles (copies count with their original)
    outlets VARCHAR[],
    first_published DATE,
    first_event_id VARCHAR,
    quad INTEGER,
    plover_score DOUBLE
);

CREATE TABLE IF NOT EXISTS event_groups (
    event_id VARCHAR NOT NULL,
    doc_id VARCHAR NOT NULL,
    group_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL
);
