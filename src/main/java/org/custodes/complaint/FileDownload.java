package org.custodes.complaint;

/** A decrypted file on its way to an entitled reader, always served as an attachment. */
public record FileDownload(String name, String mediaType, byte[] content) {

    public FileDownload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
