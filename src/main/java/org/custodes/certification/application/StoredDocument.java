package org.custodes.certification.application;

/** A file's name, checked content type and bytes, for download. */
public record StoredDocument(String fileName, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "StoredDocument[" + fileName + ", " + content.length + " bytes]";
    }
}
