package no.samtale.qa;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import no.samtale.common.ProblemException;

/**
 * The public archive: published questions and answers, listed newest first or found by ranked full-text search in
 * the entry's language. A misspelt word falls back to trigram similarity on the titles. Plain SQL through the
 * reactive client, because these are the read-heavy paths.
 */
@ApplicationScoped
public class ArchiveService {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";
    private static final String COLUMNS = "slug, title, category, language, published_at, answered_at";

    /** How many of the newest matching entries a search ranks. */
    static final int RANKED_WINDOW = 300;

    private final Pool pool;
    private final Pool searchPool;
    // Archive pages and search results are public and the same for every visitor, so popular ones are kept a
    // short while; publishing or unpublishing clears them (other instances catch up when the entries expire).
    private final Cache pagesCache;
    // The categories are seeded by a migration and never change while the service runs.
    private final java.util.concurrent.atomic.AtomicReference<List<Categories.Category>> categories =
            new java.util.concurrent.atomic.AtomicReference<>();

    ArchiveService(Pool pool, @ReactiveDataSource("search") Pool searchPool, @CacheName("qa-pages") Cache pagesCache) {
        this.pool = pool;
        this.searchPool = searchPool;
        this.pagesCache = pagesCache;
    }

    public Uni<Page> list(String category, String language, int page, int size) {
        return pagesCache.getAsync("list|" + category + "|" + language + "|" + page + "|" + size,
                key -> listNow(category, language, page, size));
    }

    public Uni<Page> search(String query, String category, String language, int page, int size) {
        return pagesCache.getAsync("search|" + query.toLowerCase() + "|" + category + "|" + language + "|" + page + "|" + size,
                key -> searchNow(query, category, language, page, size));
    }

    /** After a change to what is published. */
    public Uni<Void> forgetCachedPages() {
        return pagesCache.invalidateAll();
    }

    public record Entry(String slug, String title, String category, String language, OffsetDateTime publishedAt,
            OffsetDateTime answeredAt, String snippetHtml) {
    }

    public record Page(List<Entry> items, int page, int size, boolean hasMore, String query, boolean approximate) {
    }

    public record Item(String slug, String title, String body, String category, String language, String answerHtml,
            OffsetDateTime answeredAt, OffsetDateTime publishedAt, List<Entry> related) {
    }

    private Uni<Page> listNow(String category, String language, int page, int size) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", left(body, 240) AS snippet FROM question"
                + " WHERE status = 'published' AND ($1::text IS NULL OR category = $1) AND ($2::text IS NULL OR language = $2)"
                + " ORDER BY published_at DESC, id LIMIT $3 OFFSET $4")
                .execute(Tuple.of(category, language, size + 1, page * size))
                .map(rows -> page(rows, page, size, null, false, false));
    }

    private Uni<Page> searchNow(String query, String category, String language, int page, int size) {
        String prefix = prefixQuery(query);
        if (prefix == null) {
            // No word to search for (only symbols or single letters).
            return Uni.createFrom().item(new Page(List.of(), page, size, false, query, false));
        }
        String config = language == null ? null : textConfig(language);
        String tsQuery = config != null
                ? "websearch_to_tsquery('" + config + "', $1)"
                : "(websearch_to_tsquery('norwegian', $1) || websearch_to_tsquery('swedish', $1) || websearch_to_tsquery('english', $1))";
        String match = "(" + tsQuery + " || to_tsquery('simple', $2))";
        // Only the newest matches are ranked: a common word matches a large share of the archive, and ranking
        // every match means reading every match's search vector. The planner walks the published_at index for a
        // common word and the GIN index for a rare one, which needs the words at planning time: the search pool
        // plans each statement for its own parameters (plan_cache_mode).
        String sql = "WITH candidates AS (SELECT id, search, published_at FROM question"
                + "  WHERE status = 'published' AND search @@ " + match + " AND ($3::text IS NULL OR category = $3)"
                + "  AND ($4::text IS NULL OR language = $4) ORDER BY published_at DESC LIMIT " + RANKED_WINDOW + "),"
                + " hits AS (SELECT id, ts_rank_cd(search, " + match + ") AS rank, published_at AS published FROM candidates"
                + "  ORDER BY rank DESC, published DESC, id LIMIT $5 OFFSET $6)"
                + " SELECT " + COLUMNS + ", ts_headline(qa_text_config(language), body || ' ' || coalesce(answer_text, ''),"
                + "  " + match + ", 'StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=35, MinWords=12, MaxFragments=2,"
                + " FragmentDelimiter=\" … \"') AS snippet"
                + " FROM hits JOIN question USING (id) ORDER BY hits.rank DESC, hits.published DESC, id";
        return searchPool.preparedQuery(sql)
                .execute(Tuple.tuple(List.of(query, prefix)).addValue(category).addValue(language)
                        .addValue(size + 1).addValue(page * size))
                .chain(rows -> rows.size() > 0 || page > 0
                        ? Uni.createFrom().item(page(rows, page, size, query, true, false))
                        : similar(query, category, language, size));
    }

    public Uni<Item> item(String slug) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", body, answer_html FROM question WHERE slug = $1 AND status = 'published'")
                .execute(Tuple.of(slug))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().failure(ProblemException.notFound("No published question has that address"));
                    }
                    Row row = rows.iterator().next();
                    return related(slug, row.getString("category")).map(related -> new Item(row.getString("slug"),
                            row.getString("title"), row.getString("body"), row.getString("category"), row.getString("language"),
                            row.getString("answer_html"), row.getOffsetDateTime("answered_at"),
                            row.getOffsetDateTime("published_at"), related));
                });
    }

    public Uni<List<Categories.Category>> categories() {
        List<Categories.Category> known = categories.get();
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return pool.query("SELECT slug, name_nb, name_sv, name_en FROM qa_category ORDER BY position").execute()
                .map(rows -> {
                    List<Categories.Category> all = new ArrayList<>();
                    for (Row row : rows) {
                        all.add(new Categories.Category(row.getString(0), row.getString(1), row.getString(2), row.getString(3)));
                    }
                    categories.set(List.copyOf(all));
                    return all;
                });
    }

    /** Newest published answers first, for the Atom feed. */
    public Uni<List<Item>> newest(int count) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", body, answer_html FROM question WHERE status = 'published'"
                + " ORDER BY published_at DESC, id LIMIT $1")
                .execute(Tuple.of(count))
                .map(rows -> {
                    List<Item> items = new ArrayList<>();
                    for (Row row : rows) {
                        items.add(new Item(row.getString("slug"), row.getString("title"), row.getString("body"),
                                row.getString("category"), row.getString("language"), row.getString("answer_html"),
                                row.getOffsetDateTime("answered_at"), row.getOffsetDateTime("published_at"), List.of()));
                    }
                    return items;
                });
    }

    private Uni<List<Entry>> related(String slug, String category) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", left(body, 160) AS snippet FROM question"
                + " WHERE status = 'published' AND category = $1 AND slug <> $2 ORDER BY published_at DESC LIMIT 5")
                .execute(Tuple.of(category, slug))
                .map(rows -> entries(rows, 5, false));
    }

    /** For a misspelt word: titles that contain something like it. */
    private Uni<Page> similar(String query, String category, String language, int size) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", left(body, 240) AS snippet FROM question"
                + " WHERE status = 'published' AND $1 <% title AND ($2::text IS NULL OR category = $2)"
                + " AND ($3::text IS NULL OR language = $3) ORDER BY word_similarity($1, title) DESC, published_at DESC LIMIT $4")
                .execute(Tuple.of(query, category, language, size + 1))
                .map(rows -> page(rows, 0, size, query, false, true));
    }

    private static Page page(RowSet<Row> rows, int page, int size, String query, boolean highlighted, boolean approximate) {
        List<Entry> entries = entries(rows, size + 1, highlighted);
        boolean more = entries.size() > size;
        return new Page(more ? entries.subList(0, size) : entries, page, size, more, query, approximate);
    }

    private static List<Entry> entries(RowSet<Row> rows, int max, boolean highlighted) {
        List<Entry> entries = new ArrayList<>();
        for (Row row : rows) {
            if (entries.size() == max) {
                break;
            }
            String snippet = escape(row.getString("snippet"));
            snippet = highlighted ? snippet.replace(START, "<mark>").replace(STOP, "</mark>") : snippet + "…";
            entries.add(new Entry(row.getString("slug"), row.getString("title"), row.getString("category"),
                    row.getString("language"), row.getOffsetDateTime("published_at"), row.getOffsetDateTime("answered_at"),
                    snippet));
        }
        return entries;
    }

    /** Every typed word as a prefix, so that a partial word finds the whole one: {@code kjøp:* & sex:*}. */
    static String prefixQuery(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query.toLowerCase());
        while (m.find() && words.size() < 8) {
            words.add(m.group() + ":*");
        }
        return words.isEmpty() ? null : String.join(" & ", words);
    }

    static String textConfig(String language) {
        return switch (language) {
            case "sv" -> "swedish";
            case "en" -> "english";
            default -> "norwegian";
        };
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
