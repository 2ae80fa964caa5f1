package org.custodes.training.course;

import java.util.ArrayList;
import java.util.List;

/** Lesson bodies are plain text: blocks separated by blank lines, a line starting with "## " opens a block as its heading. */
public final class LessonText {

    private LessonText() {
    }

    public static List<TextBlock> blocks(String body) {
        var blocks = new ArrayList<TextBlock>();
        for (var block : body.strip().split("\\R\\s*\\R")) {
            var text = block.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.startsWith("## ")) {
                var lines = text.split("\\R", 2);
                blocks.add(new TextBlock(true, lines[0].substring(3).strip()));
                if (lines.length == 1 || lines[1].isBlank()) {
                    continue;
                }
                text = lines[1].strip();
            }
            blocks.add(new TextBlock(false, text.replaceAll("\\s*\\R\\s*", " ")));
        }
        return List.copyOf(blocks);
    }
}
