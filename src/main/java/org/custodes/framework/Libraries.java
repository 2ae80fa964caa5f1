package org.custodes.framework;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.custodes.shared.Language;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Library versions and their indicators. A version never changes once written, so loaded versions are kept in
 * memory: the reporting pages read a 450-indicator library on every request.
 */
@Repository
class Libraries {

    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> OBJECTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final JsonMapper json;
    private final Map<UUID, IndicatorLibrary> loaded = new ConcurrentHashMap<>();

    Libraries(JdbcClient jdbc, NamedParameterJdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    LibrarySummary insert(LibraryContent content, String source, @Nullable UserId by, Instant now) {
        // Serialised by a lock on the table so that two imports never take the same number.
        jdbc.sql("lock table framework.library_version in exclusive mode").update();
        var number = jdbc.sql("select coalesce(max(number), 0) + 1 from framework.library_version").query(Integer.class).single();
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into framework.library_version (id, number, code_version, source, imported_at, imported_by)
                values (:id, :number, :codeVersion, :source, :now, :by)
                """)
                .param("id", id).param("number", number).param("codeVersion", content.codeVersion())
                .param("source", source).param("now", Timestamp.from(now))
                .param("by", by == null ? null : by.value(), java.sql.Types.OTHER)
                .update();
        batch.batchUpdate("""
                insert into framework.questionnaire_section (library_id, code, position, title)
                values (:id, :code, :position, cast(:title as jsonb))
                """, content.sections().stream().map(section -> new MapSqlParameterSource()
                        .addValue("id", id).addValue("code", section.code()).addValue("position", section.position())
                        .addValue("title", texts(section.title()))).toArray(MapSqlParameterSource[]::new));
        batch.batchUpdate("""
                insert into framework.indicator (library_id, code, section_code, position, paragraphs, type, answer_type,
                    required, min_value, max_value, condition_code, condition_value, weight, question, guidance, evidence,
                    choices, columns)
                values (:id, :code, :section, :position, cast(:paragraphs as int[]), :type, :answerType, :required, :min,
                    :max, :conditionCode, :conditionValue, :weight, cast(:question as jsonb), cast(:guidance as jsonb),
                    cast(:evidence as jsonb), cast(:choices as jsonb), cast(:columns as jsonb))
                """, content.indicators().stream().map(indicator -> parameters(id, indicator))
                        .toArray(MapSqlParameterSource[]::new));
        return new LibrarySummary(new LibraryVersionId(id), number, content.codeVersion(), source, now,
                content.sections().size(), content.indicators().size());
    }

    private MapSqlParameterSource parameters(UUID id, Indicator indicator) {
        var choices = indicator.choices().stream().map(choice -> {
            var map = new java.util.LinkedHashMap<String, Object>();
            map.put("code", choice.code());
            map.put("score", choice.score());
            map.put("label", textMap(choice.label()));
            return map;
        }).toList();
        var columns = indicator.columns().stream().map(column -> Map.<String, Object>of("code", column.code(),
                "type", column.type().name(), "label", textMap(column.label()))).toList();
        return new MapSqlParameterSource()
                .addValue("id", id).addValue("code", indicator.code()).addValue("section", indicator.sectionCode())
                .addValue("position", indicator.position())
                .addValue("paragraphs", "{" + String.join(",", indicator.paragraphs().stream().map(String::valueOf).toList()) + "}")
                .addValue("type", indicator.type().name()).addValue("answerType", indicator.answerType().name())
                .addValue("required", indicator.required())
                .addValue("min", indicator.min(), java.sql.Types.BIGINT).addValue("max", indicator.max(), java.sql.Types.BIGINT)
                .addValue("conditionCode", indicator.condition() == null ? null : indicator.condition().indicatorCode(), java.sql.Types.VARCHAR)
                .addValue("conditionValue", indicator.condition() == null ? null : indicator.condition().value(), java.sql.Types.VARCHAR)
                .addValue("weight", indicator.weight())
                .addValue("question", texts(indicator.question())).addValue("guidance", texts(indicator.guidance()))
                .addValue("evidence", texts(indicator.evidence()))
                .addValue("choices", json.writeValueAsString(choices)).addValue("columns", json.writeValueAsString(columns));
    }

    List<LibrarySummary> all() {
        return jdbc.sql(SUMMARY + " order by v.number desc").query(this::summary).list();
    }

    Optional<LibrarySummary> latest() {
        return jdbc.sql(SUMMARY + " order by v.number desc limit 1").query(this::summary).optional();
    }

    Optional<IndicatorLibrary> load(UUID id) {
        var cached = loaded.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        var summary = jdbc.sql(SUMMARY + " where v.id = :id").param("id", id).query(this::summary).optional();
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        var sections = jdbc.sql("select * from framework.questionnaire_section where library_id = :id order by position, code")
                .param("id", id)
                .query((row, n) -> new QuestionnaireSection(row.getString("code"), row.getInt("position"),
                        texts(row.getString("title"))))
                .list();
        var indicators = jdbc.sql("select * from framework.indicator where library_id = :id order by position")
                .param("id", id)
                .query((row, n) -> new Indicator(row.getString("code"), row.getString("section_code"),
                        row.getInt("position"), List.of((Integer[]) row.getArray("paragraphs").getArray()),
                        IndicatorType.valueOf(row.getString("type")), AnswerType.valueOf(row.getString("answer_type")),
                        row.getBoolean("required"), row.getObject("min_value", Long.class),
                        row.getObject("max_value", Long.class), choices(row.getString("choices")),
                        columns(row.getString("columns")),
                        row.getString("condition_code") == null ? null
                                : new Condition(row.getString("condition_code"), row.getString("condition_value")),
                        row.getInt("weight"), texts(row.getString("question")), texts(row.getString("guidance")),
                        texts(row.getString("evidence"))))
                .list();
        var library = new IndicatorLibrary(summary.get(), sections, indicators);
        loaded.put(id, library);
        return Optional.of(library);
    }

    private static final String SUMMARY = """
            select v.*, (select count(*) from framework.questionnaire_section s where s.library_id = v.id) as sections,
                   (select count(*) from framework.indicator i where i.library_id = v.id) as indicators
            from framework.library_version v""";

    private LibrarySummary summary(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new LibrarySummary(new LibraryVersionId(row.getObject("id", UUID.class)), row.getInt("number"),
                row.getString("code_version"), row.getString("source"), row.getTimestamp("imported_at").toInstant(),
                row.getInt("sections"), row.getInt("indicators"));
    }

    private List<Choice> choices(String text) {
        var choices = new ArrayList<Choice>();
        for (var map : json.readValue(text, OBJECTS)) {
            var score = map.get("score");
            choices.add(new Choice((String) map.get("code"), texts(map.get("label")),
                    score == null ? null : ((Number) score).intValue()));
        }
        return choices;
    }

    private List<TableColumn> columns(String text) {
        return json.readValue(text, OBJECTS).stream().map(map -> new TableColumn((String) map.get("code"),
                AnswerType.valueOf((String) map.get("type")), texts(map.get("label")))).toList();
    }

    private String texts(Texts texts) {
        return json.writeValueAsString(textMap(texts));
    }

    private static Map<String, String> textMap(Texts texts) {
        var map = new java.util.LinkedHashMap<String, String>();
        texts.values().forEach((language, text) -> map.put(language.code(), text));
        return map;
    }

    private Texts texts(String text) {
        return texts(json.readValue(text, TEXTS));
    }

    private static Texts texts(@Nullable Object map) {
        var values = new EnumMap<Language, String>(Language.class);
        if (map instanceof Map<?, ?> m) {
            m.forEach((code, text) -> Language.fromCode(String.valueOf(code)).ifPresent(l -> values.put(l, String.valueOf(text))));
        }
        return new Texts(values);
    }
}
