-- Questions and answers. A question is keyed by the hash of its receipt code; nothing links it to a chat or a
-- booking. Only the (possibly redacted) text a moderator let through is kept.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE qa_category (
    slug     varchar(40) PRIMARY KEY,
    position integer     NOT NULL,
    name_nb  varchar(80) NOT NULL,
    name_sv  varchar(80) NOT NULL,
    name_en  varchar(80) NOT NULL
);

INSERT INTO qa_category (slug, position, name_nb, name_sv, name_en) VALUES
    ('stopping',      1, 'Slutte å kjøpe sex',    'Sluta köpa sex',        'Stopping buying sex'),
    ('health',        2, 'Helse og smitte',       'Hälsa och smitta',      'Health and infections'),
    ('law',           3, 'Lov og rett',           'Lag och rätt',          'The law'),
    ('relationships', 4, 'Parforhold og familie', 'Relationer och familj', 'Relationships and family'),
    ('feelings',      5, 'Følelser og skam',      'Känslor och skam',      'Feelings and shame'),
    ('relatives',     6, 'For pårørende',         'För närstående',        'For relatives');

CREATE TABLE question (
    id              uuid PRIMARY KEY,
    receipt_hash    bytea         NOT NULL,
    status          varchar(16)   NOT NULL DEFAULT 'received',
    title           varchar(200)  NOT NULL,
    body            varchar(4000) NOT NULL,
    category        varchar(40)   NOT NULL REFERENCES qa_category (slug),
    language        varchar(2)    NOT NULL,
    publish_consent boolean       NOT NULL,
    redacted        boolean       NOT NULL DEFAULT false,
    reject_reason   varchar(500),
    answer_markdown varchar(20000),
    answer_html     text,
    answer_text     text,
    answered_at     timestamptz,
    published_at    timestamptz,
    slug            varchar(120),
    -- Drives retention: unpublished questions are deleted a while after their last change.
    last_changed_at timestamptz   NOT NULL,
    search          tsvector,
    CONSTRAINT question_receipt_once UNIQUE (receipt_hash),
    CONSTRAINT question_slug_once UNIQUE (slug),
    CONSTRAINT question_status_known
        CHECK (status IN ('received', 'accepted', 'rejected', 'answered', 'published', 'withdrawn')),
    CONSTRAINT question_language_known CHECK (language IN ('nb', 'sv', 'en')),
    CONSTRAINT question_published_with_consent CHECK (status <> 'published' OR (publish_consent AND slug IS NOT NULL))
);

CREATE FUNCTION qa_text_config(language varchar) RETURNS regconfig LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE language WHEN 'sv' THEN 'pg_catalog.swedish'::regconfig
                         WHEN 'en' THEN 'pg_catalog.english'::regconfig
                         ELSE 'pg_catalog.norwegian'::regconfig END
$$;

CREATE FUNCTION question_search_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := setweight(to_tsvector(qa_text_config(NEW.language), NEW.title), 'A')
               || setweight(to_tsvector(qa_text_config(NEW.language), NEW.body), 'B')
               || setweight(to_tsvector(qa_text_config(NEW.language), coalesce(NEW.answer_text, '')), 'C');
    RETURN NEW;
END
$$;

CREATE TRIGGER question_search_refresh BEFORE INSERT OR UPDATE OF title, body, answer_text, language ON question
    FOR EACH ROW EXECUTE FUNCTION question_search_update();

CREATE INDEX question_search_idx ON question USING gin (search) WHERE status = 'published';
CREATE INDEX question_title_trgm_idx ON question USING gin (title gin_trgm_ops) WHERE status = 'published';
CREATE INDEX question_published_idx ON question (published_at DESC, id) WHERE status = 'published';
CREATE INDEX question_category_published_idx ON question (category, published_at DESC, id) WHERE status = 'published';
CREATE INDEX question_status_changed_idx ON question (status, last_changed_at);
