package org.custodes.complaint;

/** A file sent with a complaint or message, before checks, metadata stripping and encryption. */
public record IncomingFile(String name, byte[] content) {

    public IncomingFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        return "IncomingFile[" + content.length + " bytes]";
    }
}
