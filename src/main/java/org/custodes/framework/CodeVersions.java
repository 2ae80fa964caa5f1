package org.custodes.framework;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions of the Code, their sections and paragraphs. */
@Repository
class CodeVersions {

    private final JdbcClient jdbc;

    CodeVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CodeVersion> all() {
        return jdbc.sql("select code from framework.code_version order by year, code").query(String.class).list()
                .stream().map(this::find).flatMap(Optional::stream).toList();
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from framework.code_version where lower(code) = lower(:code)").param("code", code)
                .query(Long.class).single() > 0;
    }

    Optional<CodeVersion> find(String code) {
        record Head(String code, String title, int year, java.time.LocalDate adoptedOn, String notes) {
        }
        var head = jdbc.sql("select * from framework.code_version where code = :code").param("code", code)
                .query((row, n) -> new Head(row.getString("code"), row.getString("title"), row.getInt("year"),
                        row.getObject("adopted_on", java.time.LocalDate.class), row.getString("notes")))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        var paragraphs = jdbc.sql("""
                select number, section_letter, title from framework.code_paragraph where version_code = :code order by number
                """).param("code", code)
                .query((row, n) -> new CodeParagraph(row.getInt("number"), row.getString("section_letter"), row.getString("title")))
                .list();
        var sections = new LinkedHashMap<String, CodeSection>();
        jdbc.sql("select letter, title from framework.code_section where version_code = :code order by position")
                .param("code", code)
                .query((row, n) -> new CodeSection(row.getString("letter"), row.getString("title"), List.of()))
                .list()
                .forEach(section -> sections.put(section.letter(), new CodeSection(section.letter(), section.title(),
                        paragraphs.stream().filter(p -> p.sectionLetter().equals(section.letter())).toList())));
        var h = head.get();
        return Optional.of(new CodeVersion(h.code(), h.title(), h.year(), h.adoptedOn(), h.notes(),
                new ArrayList<>(sections.values())));
    }

    void insert(CodeVersion version) {
        jdbc.sql("""
                insert into framework.code_version (code, title, year, adopted_on, notes)
                values (:code, :title, :year, :adoptedOn, :notes)
                """)
                .param("code", version.code()).param("title", version.title()).param("year", version.year())
                .param("adoptedOn", version.adoptedOn() == null ? null : Date.valueOf(version.adoptedOn()), java.sql.Types.DATE)
                .param("notes", version.notes())
                .update();
        var position = 0;
        for (var section : version.sections()) {
            jdbc.sql("""
                    insert into framework.code_section (version_code, letter, title, position)
                    values (:code, :letter, :title, :position)
                    """)
                    .param("code", version.code()).param("letter", section.letter()).param("title", section.title())
                    .param("position", ++position).update();
            for (var paragraph : section.paragraphs()) {
                jdbc.sql("""
                        insert into framework.code_paragraph (version_code, number, section_letter, title)
                        values (:code, :number, :letter, :title)
                        """)
                        .param("code", version.code()).param("number", paragraph.number())
                        .param("letter", section.letter()).param("title", paragraph.title()).update();
            }
        }
    }
}
