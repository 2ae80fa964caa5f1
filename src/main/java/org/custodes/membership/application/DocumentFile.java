package org.custodes.membership.application;

/** A document's content for download, with the type detected from its bytes when it was uploaded. */
public record DocumentFile(String filename, String contentType, byte[] content) {

    @Override
    public String toString() {
        return "DocumentFile[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
