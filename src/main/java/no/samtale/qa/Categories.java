package no.samtale.qa;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import no.samtale.common.ProblemException;

/** The seeded Q&A categories (migration V3), named in each language. */
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

    static Uni<List<Category>> all() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT slug, name_nb, name_sv, name_en FROM qa_category ORDER BY position", Object[].class).getResultList())
                .map(rows -> rows.stream().map(r -> new Category((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                        .toList());
    }

    static Uni<Void> require(String slug) {
        return all().invoke(all -> {
            if (all.stream().noneMatch(c -> c.slug().equals(slug))) {
                throw ProblemException.badRequest("Unknown category '" + slug + "'; allowed: "
                        + String.join(", ", all.stream().map(Category::slug).toList()));
            }
        }).replaceWithVoid();
    }
}
