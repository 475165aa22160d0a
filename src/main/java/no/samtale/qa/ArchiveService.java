package no.samtale.qa;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import no.samtale.common.ProblemException;

/**
 * The public archive: published questions and answers, listed newest first or found by ranked full-text search in
 * the entry's language. When no entry has every word, entries with some of them are offered, and failing those,
 * entries with the archive's words that look most like the typed ones (trigram similarity, for a misspelt word).
 * Plain SQL through the reactive client, because these are the read-heavy paths.
 */
@ApplicationScoped
public class ArchiveService {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";
    private static final String COLUMNS = "slug, title, category, language, published_at, answered_at";
    /** By filters: none, category, language, both. */
    private static final String[] SEARCH_STATEMENTS = { searchStatement(false, false), searchStatement(true, false),
            searchStatement(false, true), searchStatement(true, true) };

    private final Pool pool;
    private final Pool searchPool;
    private final QaConfig config;
    // Archive pages and search results are public and the same for every visitor, so they are kept a short while.
    // One that is asked for again after a while is served as it is and fetched anew behind it, so that no visitor
    // waits for an entry that expired; publishing or unpublishing clears them all (other instances catch up when
    // their entries are refreshed or expire).
    private final AsyncLoadingCache<PageKey, Page> pages;
    private final OneAtATime refreshes = new OneAtATime();
    // The categories are seeded by a migration and never change while the service runs.
    private final AtomicReference<List<Categories.Category>> categories = new AtomicReference<>();

    ArchiveService(Pool pool, @ReactiveDataSource("search") Pool searchPool, QaConfig config) {
        this.pool = pool;
        this.searchPool = searchPool;
        this.config = config;
        this.pages = Caffeine.newBuilder()
                .maximumSize(config.pages().maximumSize())
                .refreshAfterWrite(config.pages().refreshAfter())
                .expireAfterWrite(config.pages().expireAfter())
                .buildAsync(new AsyncCacheLoader<PageKey, Page>() {
                    @Override
                    public CompletableFuture<Page> asyncLoad(PageKey key, Executor executor) {
                        return load(key).subscribeAsCompletionStage();
                    }

                    // Entries first asked for together fall due for a refresh together, and visitors are served
                    // meanwhile: refreshing them one at a time keeps the burst off everyone else's searches.
                    @Override
                    public CompletableFuture<Page> asyncReload(PageKey key, Page old, Executor executor) {
                        return refreshes.submit(() -> load(key));
                    }
                });
    }

    private Uni<Page> load(PageKey key) {
        return key.query() == null
                ? listNow(key.category(), key.language(), key.page(), key.size())
                : searchNow(key.query(), key.category(), key.language(), key.page(), key.size());
    }

    /** A list page when {@code query} is null, otherwise a page of search results. */
    private record PageKey(String query, String category, String language, int page, int size) {
    }

    public Uni<Page> list(String category, String language, int page, int size) {
        return cached(new PageKey(null, category, language, page, size));
    }

    public Uni<Page> search(String query, String category, String language, int page, int size) {
        if (!config.search().cached()) {
            return searchNow(query, category, language, page, size);
        }
        return cached(new PageKey(SPACES.matcher(query).replaceAll(" "), category, language, page, size));
    }

    /**
     * A copy of the cached future, so that a visitor who leaves (which cancels it) does not fail the others
     * waiting for the same page; and back on the caller's context, which the load may have completed outside.
     */
    private Uni<Page> cached(PageKey key) {
        Context context = Vertx.currentContext();
        Uni<Page> page = Uni.createFrom().completionStage(() -> pages.get(key).copy());
        return context == null ? page : page.emitOn(command -> context.runOnContext(ignored -> command.run()));
    }

    /** After a change to what is published. */
    public Uni<Void> forgetCachedPages() {
        pages.synchronous().invalidateAll();
        return Uni.createFrom().voidItem();
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
        return searchNow(query, category, language, page, size, config.search().rankedWindow(), config.search().newestScanned());
    }

    /**
     * Ranks the newest {@code window} entries that match. How they are found depends on how common the words are,
     * judged from a sample of the newest entries (a tenth of {@code scanned}, in the category and language asked
     * for): when the words are common enough to fill the window within the newest {@code scanned} entries, those are
     * looked through newest first; otherwise, and whenever that look falls short, the text-search index finds them.
     * The statement has one plan, made once per connection, so no search waits for the planner, and no search reads
     * more than the sample, {@code scanned} entries and the text-search index's matches.
     */
    Uni<Page> searchNow(String query, String category, String language, int page, int size, int window, int scanned) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            // No word to search for (only symbols or single letters).
            return Uni.createFrom().item(new Page(List.of(), page, size, false, query, false));
        }
        return ranked(query, prefixes(words, " & "), category, language, page, size, window, scanned).chain(rows -> {
            if (rows.size() > 0 || page > 0) {
                return Uni.createFrom().item(page(rows, page, size, query, true, false));
            }
            // No entry has every word: one page of those with some of them, most words first; failing that, the
            // same with the archive's words that look most like the typed ones (for misspellings).
            Uni<RowSet<Row>> some = words.size() > 1
                    ? ranked(anyOf(words), prefixes(words, " | "), category, language, 0, size, window, scanned)
                    : Uni.createFrom().nullItem();
            return some.chain(found -> found != null && found.size() > 0 ? Uni.createFrom().item(found)
                    : meant(words).chain(meant -> meant.isEmpty() || meant.equals(words) ? Uni.createFrom().nullItem()
                            : ranked(anyOf(meant), prefixes(meant, " | "), category, language, 0, size, window, scanned)))
                    .map(found -> found == null ? new Page(List.of(), 0, size, false, query, true)
                            : lastPage(page(found, 0, size, query, true, true)));
        });
    }

    /** For each typed word, the archive word most like it, if any is alike enough (pg_trgm's similarity threshold). */
    private Uni<List<String>> meant(List<String> words) {
        return searchPool.preparedQuery("SELECT meant.word FROM unnest($1::text[]) WITH ORDINALITY AS typed(word, position)"
                + " CROSS JOIN LATERAL (SELECT word FROM qa_search_word WHERE word % typed.word"
                + "  ORDER BY similarity(word, typed.word) DESC, entries DESC, word LIMIT 1) meant ORDER BY typed.position")
                .execute(Tuple.of(words.toArray(String[]::new)))
                .map(rows -> {
                    List<String> meant = new ArrayList<>();
                    rows.forEach(row -> meant.add(row.getString(0)));
                    return meant;
                });
    }

    private static String anyOf(List<String> words) {
        return String.join(" or ", words);
    }

    private Uni<RowSet<Row>> ranked(String typed, String prefixes, String category, String language, int page, int size,
            int window, int scanned) {
        int sample = Math.max(1, scanned / 10);
        long enoughInSample = scanned < window ? Integer.MAX_VALUE : (window * (long) sample + scanned - 1) / scanned;
        String sql = SEARCH_STATEMENTS[(category == null ? 0 : 1) + (language == null ? 0 : 2)];
        return searchPool.preparedQuery(sql)
                .execute(Tuple.tuple(List.of(typed, prefixes)).addValue(category).addValue(language).addValue(scanned)
                        .addValue(window).addValue(size + 1).addValue(page * size).addValue(sample).addValue(enoughInSample));
    }

    /**
     * The search statement, built once for each combination of filters. A filter that is asked for is written as an
     * equality, so that the plan walks that category's or that language's newest entries; one that is not keeps its
     * parameter typed.
     */
    private static String searchStatement(boolean byCategory, boolean byLanguage) {
        String filters = "status = 'published' AND " + (byCategory ? "category = $3" : "$3::text IS NULL")
                + " AND " + (byLanguage ? "language = $4" : "$4::text IS NULL");
        return "WITH q AS MATERIALIZED (SELECT qa_search_query($1, $2, $4) AS query),"
                + " sample AS MATERIALIZED (SELECT count(*) AS matches FROM (SELECT search FROM question WHERE " + filters
                + "  ORDER BY published_at DESC, id LIMIT $9) newest WHERE search @@ (SELECT query FROM q)),"
                + " newest AS MATERIALIZED (SELECT id, published_at, search FROM (SELECT id, published_at, search FROM question"
                + "  WHERE (SELECT matches FROM sample) >= $10 AND " + filters + " ORDER BY published_at DESC, id LIMIT $5) recent"
                + "  WHERE search @@ (SELECT query FROM q) ORDER BY published_at DESC, id LIMIT $6),"
                // Adding nothing to published_at keeps the planner off the date order: this part is for rare words.
                + " older AS MATERIALIZED (SELECT id, published_at, search FROM question WHERE (SELECT count(*) FROM newest) < $6"
                + "  AND " + filters + " AND search @@ (SELECT query FROM q)"
                + "  ORDER BY published_at + interval '0' DESC, id LIMIT $6),"
                + " candidates AS (SELECT * FROM newest WHERE (SELECT count(*) FROM newest) = $6 UNION ALL SELECT * FROM older),"
                + " hits AS (SELECT id, ts_rank(search, (SELECT query FROM q)) AS rank, published_at AS published"
                + "  FROM candidates ORDER BY rank DESC, published DESC, id LIMIT $7 OFFSET $8)"
                + " SELECT " + COLUMNS + ", ts_headline(qa_text_config(language), body || ' ' || coalesce(answer_text, ''),"
                + "  (SELECT query FROM q), 'StartSel=" + START + ", StopSel=" + STOP + ", MaxWords=35, MinWords=12,"
                + " MaxFragments=2, FragmentDelimiter=\" … \"') AS snippet"
                + " FROM hits JOIN question USING (id) ORDER BY hits.rank DESC, hits.published DESC, id";
    }

    private static Page lastPage(Page page) {
        return new Page(page.items(), page.page(), page.size(), false, page.query(), page.approximate());
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

    /** The typed words, lower-cased: letters and digits, two or more, at most eight. */
    static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query.toLowerCase());
        while (m.find() && words.size() < 8) {
            words.add(m.group());
        }
        return words;
    }

    /** Every word as a prefix, so that a partial word finds the whole one: {@code kjøp:* & sex:*}. */
    static String prefixes(List<String> words, String operator) {
        return String.join(operator, words.stream().map(word -> word + ":*").toList());
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
