package org.custodes.procurement;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The library's resources, one row each with their links per language; publishes the resource's events on save. */
@Repository
class Resources {

    private static final String FILTER = """
            where (:everything or published)
              and (cast(:text as text) is null or lower(title) like :pattern or lower(summary) like :pattern
                   or lower(publisher) like :pattern)
              and (cast(:audience as text) is null or cast(:audience as text) = any(audiences))
              and (cast(:topic as text) is null or cast(:topic as text) = any(topics))
              and (cast(:kind as text) is null or kind = cast(:kind as text))
              and (cast(:language as text) is null or cast(:language as text) = any(link_languages))
              and (cast(:paragraph as integer) is null or cast(:paragraph as integer) = any(code_paragraphs))
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Resources(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    Optional<Resource> find(ResourceId id) {
        return jdbc.sql("select * from procurement.resource where id = :id").param("id", id.value())
                .query((row, n) -> Resource.of(row.getObject("id", UUID.class), row.getLong("version"), content(row)))
                .optional();
    }

    PageResult<ResourceDetails> search(ResourceSearch search, boolean everything, PageQuery page) {
        var total = bind(jdbc.sql("select count(*) from procurement.resource " + FILTER), search, everything)
                .query(Long.class).single();
        var items = bind(jdbc.sql("select * from procurement.resource " + FILTER
                        + " order by published desc, year desc, title limit :limit offset :offset"), search, everything)
                .param("limit", page.size()).param("offset", page.offset())
                .query(Resources::details).list();
        return PageResult.of(items, page, total);
    }

    /** The languages that at least one published resource is offered in, for the filter. */
    List<String> languagesInUse() {
        return jdbc.sql("""
                select distinct unnest(link_languages) as language from procurement.resource where published
                order by language
                """).query(String.class).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ResourceSearch search,
            boolean everything) {
        return statement.param("everything", everything)
                .param("text", search.text())
                .param("pattern", search.text() == null ? null : "%" + escaped(search.text()) + "%")
                .param("audience", search.audience() == null ? null : search.audience().name())
                .param("topic", search.topic() == null ? null : search.topic().name())
                .param("kind", search.kind() == null ? null : search.kind().name())
                .param("language", search.language())
                .param("paragraph", search.codeParagraph());
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    void save(Resource resource, Instant now) {
        var content = resource.content();
        var statement = resource.isNew() ? """
                insert into procurement.resource (id, version, kind, title, summary, publisher, year, audiences, topics,
                    code_paragraphs, link_languages, link_urls, external, published, updated_at)
                values (:id, 0, :kind, :title, :summary, :publisher, :year, :audiences, :topics, :paragraphs,
                    :languages, :urls, :external, :published, :now)
                """ : """
                update procurement.resource set version = version + 1, kind = :kind, title = :title, summary = :summary,
                    publisher = :publisher, year = :year, audiences = :audiences, topics = :topics,
                    code_paragraphs = :paragraphs, link_languages = :languages, link_urls = :urls,
                    external = :external, published = :published, updated_at = :now
                where id = :id and version = :version
                """;
        var rows = jdbc.sql(statement)
                .param("id", resource.id().value()).param("version", resource.version())
                .param("kind", content.kind().name()).param("title", content.title())
                .param("summary", content.summary()).param("publisher", content.publisher())
                .param("year", content.year())
                .param("audiences", content.audiences().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("topics", content.topics().stream().map(Enum::name).sorted().toArray(String[]::new))
                .param("paragraphs", content.codeParagraphs().toArray(Integer[]::new))
                .param("languages", content.links().stream().map(ResourceLink::language).toArray(String[]::new))
                .param("urls", content.links().stream().map(link -> link.url().toString()).toArray(String[]::new))
                .param("external", content.external()).param("published", content.published())
                .param("now", Timestamp.from(now))
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("resource " + resource.id() + " changed meanwhile");
        }
        resource.pendingEvents().forEach(events::publishEvent);
        resource.clearEvents();
    }

    private static ResourceDetails details(ResultSet row, int number) throws SQLException {
        var content = content(row);
        return new ResourceDetails(new ResourceId(row.getObject("id", UUID.class)), content.kind(), content.title(),
                content.summary(), content.publisher(), content.year(), content.audiences(), content.topics(),
                content.codeParagraphs(), content.links(), content.external(), content.published());
    }

    private static SaveResource content(ResultSet row) throws SQLException {
        var languages = strings(row.getArray("link_languages"));
        var urls = strings(row.getArray("link_urls"));
        var links = new ArrayList<ResourceLink>();
        for (int i = 0; i < languages.size(); i++) {
            links.add(new ResourceLink(languages.get(i), URI.create(urls.get(i))));
        }
        return new SaveResource(null, ResourceKind.valueOf(row.getString("kind")), row.getString("title"),
                row.getString("summary"), row.getString("publisher"), row.getInt("year"),
                enums(Audience.class, row.getArray("audiences")), enums(Topic.class, row.getArray("topics")),
                Arrays.asList((Integer[]) row.getArray("code_paragraphs").getArray()), links,
                row.getBoolean("external"), row.getBoolean("published"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Array array) throws SQLException {
        var values = strings(array).stream().map(name -> Enum.valueOf(type, name)).collect(Collectors.toSet());
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
