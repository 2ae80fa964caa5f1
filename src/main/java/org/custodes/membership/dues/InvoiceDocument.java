package org.custodes.membership.dues;

/** An invoice rendered as a PDF, with the file name to offer. */
public record InvoiceDocument(String filename, byte[] content) {

    @Override
    public String toString() {
        return "InvoiceDocument[" + filename + ", " + content.length + " bytes]";
    }
}
