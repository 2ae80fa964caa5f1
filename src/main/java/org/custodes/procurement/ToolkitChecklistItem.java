package org.custodes.procurement;

import java.util.List;

/**
 * One step of the procurement checklist: what to ask for or do at a stage, the Code paragraphs behind it, and whether
 * the public directory can answer it for a shortlisted company ({@code checkedByDirectory}) or the client must ask.
 * The text is the message {@code procurement.checklist.<key>}, with {@code .why} giving the reason.
 */
public record ToolkitChecklistItem(String key, ToolkitStage stage, List<Integer> codeParagraphs, boolean checkedByDirectory) {

    public ToolkitChecklistItem {
        codeParagraphs = List.copyOf(codeParagraphs);
    }
}
