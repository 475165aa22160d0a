package no.samtale.qa;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The public archive of published questions and answers, as JSON. */
@Path("/api/qa")
@Tag(name = "questions")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ArchiveResource {

    public record CategoryView(String slug, String name) {
    }

    private final ArchiveService archive;

    ArchiveResource(ArchiveService archive) {
        this.archive = archive;
    }

    @GET
    public Uni<ArchiveService.Page> list(@QueryParam("q") @Size(max = 200) String query,
            @QueryParam("category") @Size(max = 40) String category,
            @QueryParam("lang") @Pattern(regexp = "nb|sv|en", message = "nb, sv or en") String lang,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1000) int page,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(50) int size) {
        return query == null || query.isBlank()
                ? archive.list(blankToNull(category), lang, page, size)
                : archive.search(query.strip(), blankToNull(category), lang, page, size);
    }

    @GET
    @Path("/categories")
    public Uni<List<CategoryView>> categories(@QueryParam("lang") @DefaultValue("nb") @Pattern(regexp = "nb|sv|en") String lang) {
        return archive.categories().map(all -> all.stream().map(c -> new CategoryView(c.slug(), c.name(lang))).toList());
    }

    @GET
    @Path("/{slug}")
    public Uni<ArchiveService.Item> item(@PathParam("slug") @Size(max = 120) String slug) {
        return archive.item(slug);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
