-- Archive search without planning per search (see qa.ArchiveService).

-- Searches in one language walk its newest entries, as those in one category walk the category's
-- (question_category_published_idx).
CREATE INDEX question_language_published_idx ON question (language, published_at DESC, id) WHERE status = 'published';

-- The typed words as one text-search query: stemmed in the entry language asked for, or in all three when none is,
-- OR-ed with every word as a prefix. Variants that come out the same are kept once, so each entry is tested
-- against as few terms as possible. NULL when nothing is left to search for. PL/pgSQL rather than SQL, because a
-- connection keeps the plan of a PL/pgSQL statement, where an SQL function's body is parsed again at every call.
CREATE FUNCTION qa_search_query(typed text, prefixes text, language varchar) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    RETURN (SELECT string_agg(DISTINCT '(' || q::text || ')', ' | ')::tsquery
            FROM unnest(CASE WHEN language IS NULL
                             THEN ARRAY[websearch_to_tsquery('pg_catalog.norwegian', typed),
                                        websearch_to_tsquery('pg_catalog.swedish', typed),
                                        websearch_to_tsquery('pg_catalog.english', typed)]
                             ELSE ARRAY[websearch_to_tsquery(qa_text_config(language), typed)] END
                        || to_tsquery('pg_catalog.simple', prefixes)) AS q
            WHERE q::text <> '');
END
$$;

-- The words of the published entries as typed (not stemmed), with how many entries hold each. A search word that
-- matches nothing is looked up here by trigram similarity, to find the word that was meant: far quicker than
-- comparing it with every title, and it finds words in the questions and answers too.
CREATE TABLE qa_search_word (
    word    varchar(60) PRIMARY KEY,
    entries integer     NOT NULL
);
CREATE INDEX qa_search_word_trgm_idx ON qa_search_word USING gin (word gin_trgm_ops);

CREATE FUNCTION qa_entry_words(title text, body text, answer text) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_agg(word), '{}')
    FROM unnest(tsvector_to_array(to_tsvector('pg_catalog.simple', title || ' ' || body || ' ' || coalesce(answer, '')))) AS word
    WHERE length(word) BETWEEN 3 AND 60 AND word !~ '[0-9]'
$$;

-- One upsert of the words' changes, in word order, so that concurrent publishing and unpublishing lock the
-- counts they share in the same order.
CREATE FUNCTION qa_search_words_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    gone text[] := '{}';
    came text[] := '{}';
BEGIN
    IF TG_OP <> 'INSERT' AND OLD.status = 'published' THEN
        gone := qa_entry_words(OLD.title, OLD.body, OLD.answer_text);
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.status = 'published' THEN
        came := qa_entry_words(NEW.title, NEW.body, NEW.answer_text);
    END IF;
    IF gone = came THEN
        RETURN NULL;
    END IF;
    INSERT INTO qa_search_word (word, entries)
    SELECT word, sum(change) FROM (SELECT unnest(came) AS word, 1 AS change
                                   UNION ALL SELECT unnest(gone), -1) AS changes
    GROUP BY word HAVING sum(change) <> 0 ORDER BY word
    ON CONFLICT (word) DO UPDATE SET entries = qa_search_word.entries + excluded.entries;
    DELETE FROM qa_search_word WHERE word = ANY (gone) AND entries <= 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER question_search_words AFTER INSERT OR DELETE OR UPDATE OF status, title, body, answer_text ON question
    FOR EACH ROW EXECUTE FUNCTION qa_search_words_count();

-- Counts every published entry's words afresh: here for the entries published before this migration, and after
-- bulk loads that held the trigger back (bench/qa/seed.sql).
CREATE FUNCTION qa_recount_search_words() RETURNS void LANGUAGE sql AS $$
    DELETE FROM qa_search_word;
    INSERT INTO qa_search_word (word, entries)
    SELECT word, count(*) FROM question, unnest(qa_entry_words(title, body, answer_text)) AS word
    WHERE status = 'published' GROUP BY word;
$$;

SELECT qa_recount_search_words();

-- Titles are no longer compared one by one.
DROP INDEX question_title_trgm_idx;
