package no.samtale.qa;

import java.util.List;

import no.samtale.common.ProblemException;

/** The Q&A categories (seeded by migration V3), named in each language; loaded through {@link ArchiveService#categories}. */
final class Categories {

    private Categories() {
    }

    public record Category(String slug, String nb, String sv, String en) {
        public String name(String language) {
            return switch (language) {
                case "sv" -> sv;
                case "en" -> en;
                default -> nb;
            };
        }
    }

    /** Refuses a slug that is not one of the categories, naming the allowed ones. */
    static void require(List<Category> all, String slug) {
        if (all.stream().noneMatch(c -> c.slug().equals(slug))) {
            throw ProblemException.badRequest("Unknown category '" + slug + "'; allowed: "
                    + String.join(", ", all.stream().map(Category::slug).toList()));
        }
    }
}
