package no.samtale.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import no.samtale.testing.TestQuestions;
import no.samtale.testing.TestStaff;

/**
 * Search ranks the newest matching entries, found either among the newest published entries or, when those hold
 * too few matches, through the text-search index. Both ways must give the same entries, ranked the same.
 */
@QuarkusTest
class ArchiveSearchWindowTest {

    /**
     * Letters only, so that the archive's word list (which leaves out words with digits) holds it; ending in a letter
     * no Norwegian suffix ends in, so that the stemmer leaves it whole and any prefix of it finds it.
     */
    private static final String WORD = "zw" + new Random().ints(6, 'a', 'z' + 1)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "q";
    private static String oldest;
    private static String inTitle;
    private static String inAnswer;

    @Inject
    ArchiveService archive;

    /** Once per class: three entries with the word, published oldest first; the middle one has it in its title. */
    @BeforeEach
    void publish() {
        if (oldest != null) {
            return;
        }
        TestStaff.Account staff = TestStaff.create("moderator", "counsellor");
        oldest = TestQuestions.published("Den eldste om " + WORD, "Jeg lurer på skyldfølelsen min.",
                "Snakk med oss.", "stopping", "nb", staff.token(), staff.token());
        inTitle = TestQuestions.published("Tittelen nevner " + WORD, "Et spørsmål om vaner.",
                "Ta kontakt med oss.", "stopping", "nb", staff.token(), staff.token());
        inAnswer = TestQuestions.published("Den nyeste om vaner", "Et annet spørsmål om vaner.",
                "Svaret nevner " + WORD + " en gang.", "health", "nb", staff.token(), staff.token());
    }

    @Test
    void theNewestEntriesAloneAreEnoughWhenTheyHoldTheWindow() {
        // Plenty scanned: the newest matches are found among the newest entries; title matches rank first.
        assertEquals(List.of(inTitle, inAnswer), slugs(search(WORD, null, 2, 1000)));
        assertEquals(List.of(inTitle, oldest, inAnswer), slugs(search(WORD, null, 3, 1000)));
    }

    @Test
    void theTextSearchIndexAnswersWhenTheNewestEntriesHoldTooFewMatches() {
        // Only the single newest entry is scanned, which cannot hold two matches: the index must find them.
        assertEquals(List.of(inTitle, inAnswer), slugs(search(WORD, null, 2, 1)));
        assertEquals(List.of(inTitle, oldest, inAnswer), slugs(search(WORD, null, 3, 1)));
        assertEquals(List.of(inTitle, oldest, inAnswer), slugs(search(WORD, null, 3, 0)));
    }

    @Test
    void categoryAndLanguageFiltersHoldOnBothWays() {
        for (int scanned : new int[] { 1, 1000 }) {
            // With a window of two, the two matches in the category fill it among its newest entries.
            assertEquals(List.of(inTitle, oldest), slugs(search(WORD, "stopping", 2, scanned)));
            assertEquals(List.of(inTitle, oldest), slugs(search(WORD, "stopping", 3, scanned)));
            assertEquals(List.of(inTitle, oldest, inAnswer),
                    slugs(archive.searchNow(WORD, null, "nb", 0, 10, 3, scanned).await().indefinitely()));
            assertEquals(List.of(), slugs(archive.searchNow(WORD, null, "sv", 0, 10, 3, scanned).await().indefinitely()));
        }
    }

    @Test
    void laterPagesContinueTheRanking() {
        for (int scanned : new int[] { 1, 1000 }) {
            ArchiveService.Page first = archive.searchNow(WORD, null, null, 0, 2, 3, scanned).await().indefinitely();
            ArchiveService.Page second = archive.searchNow(WORD, null, null, 1, 2, 3, scanned).await().indefinitely();
            assertEquals(List.of(inTitle, oldest), slugs(first));
            assertTrue(first.hasMore());
            assertEquals(List.of(inAnswer), slugs(second));
            assertTrue(!second.hasMore());
        }
    }

    @Test
    void prefixesAndStemsMatchOnBothWays() {
        for (int scanned : new int[] { 1, 1000 }) {
            assertTrue(slugs(search(WORD.substring(0, 6), null, 3, scanned)).containsAll(List.of(oldest, inTitle, inAnswer)));
            // "skyldfølelse" and "skyldfølelsen" share a Norwegian stem; only the oldest entry has it.
            assertEquals(List.of(oldest), slugs(search("skyldfølelse " + WORD, null, 3, scanned)));
        }
    }

    @Test
    void entriesWithSomeOfTheWordsAreOfferedWhenNoneHasThemAll() {
        for (int scanned : new int[] { 1, 1000 }) {
            ArchiveService.Page page = search("skyldfølelse " + WORD + " zqnowhere", null, 3, scanned);
            assertTrue(page.approximate());
            assertEquals(oldest, page.items().get(0).slug(), "the entry with two of the three words comes first");
            assertTrue(slugs(page).containsAll(List.of(inTitle, inAnswer)));
        }
    }

    @Test
    void aMisspeltWordFindsTheEntriesWithTheWordItLooksLike() {
        String misspelt = WORD.substring(0, 4) + (WORD.charAt(4) == 'k' ? 'j' : 'k') + WORD.substring(5);
        ArchiveService.Page page = search(misspelt, null, 3, 1000);
        assertTrue(page.approximate());
        assertEquals(List.of(inTitle, oldest, inAnswer), slugs(page));
        assertEquals(List.of(), slugs(search("qqxxzzkk", null, 3, 1000)), "nothing is like this");
    }

    private ArchiveService.Page search(String query, String category, int window, int scanned) {
        return archive.searchNow(query, category, null, 0, 10, window, scanned).await().indefinitely();
    }

    private static List<String> slugs(ArchiveService.Page page) {
        return page.items().stream().map(ArchiveService.Entry::slug).toList();
    }
}
