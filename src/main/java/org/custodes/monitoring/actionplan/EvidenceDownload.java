package org.custodes.monitoring.actionplan;

/** An evidence file opened for someone who may read the plan. */
public record EvidenceDownload(String fileName, String contentType, byte[] content) {

    public EvidenceDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
