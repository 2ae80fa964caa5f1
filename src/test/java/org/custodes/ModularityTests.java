package org.custodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(CustodesApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /**
     * The module canvases and the component diagrams, written into docs/modules where they are committed: a change of
     * the architecture shows as a change of these files in review.
     */
    @Test
    void writesModuleDiagramsAndCanvases() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();
        try (var files = Files.list(DOCS)) {
            for (var diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, relationsInOrder(Files.readAllLines(diagram)));
            }
        }
    }

    private static final Path DOCS = Path.of("docs/modules");

    /** The Documenter lists a diagram's relations in no fixed order; sorted, an unchanged architecture diffs empty. */
    private static List<String> relationsInOrder(List<String> lines) {
        var ordered = new ArrayList<String>(lines.size());
        var relations = new ArrayList<String>();
        for (var line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            ordered.addAll(relations);
            relations.clear();
            ordered.add(line);
        }
        relations.sort(null);
        ordered.addAll(relations);
        return ordered;
    }
}
