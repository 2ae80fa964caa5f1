package org.custodes.complaint.intake;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.IncomingFile;

/**
 * What a complainant may attach: at most five PDF, JPEG or PNG files of at most 10 MB each, recognised by their
 * first bytes (never by name or declared type). Images are re-encoded, which drops EXIF and other metadata such as
 * GPS positions; PDFs lose their document information and XMP metadata.
 */
public final class AttachmentPolicy {

    public static final int MAX_FILES = 5;
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final long MAX_PIXELS = 40_000_000L;
    private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

    public enum Kind {
        PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

        public final String mediaType;
        final String extension;

        Kind(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        static Kind ofMediaType(String mediaType) {
            return Arrays.stream(values()).filter(k -> k.mediaType.equals(mediaType)).findFirst().orElseThrow();
        }
    }

    public record CleanFile(String name, Kind kind, byte[] content) {
    }

    private AttachmentPolicy() {
    }

    public static List<CleanFile> clean(List<IncomingFile> files) {
        var present = files.stream().filter(f -> f.content().length > 0).toList();
        if (present.size() > MAX_FILES) {
            throw new ComplaintRefused("complaint.files.too-many", MAX_FILES);
        }
        return present.stream().map(AttachmentPolicy::clean).toList();
    }

    public static CleanFile clean(IncomingFile file) {
        var content = file.content();
        if (content.length > MAX_BYTES) {
            throw new ComplaintRefused("complaint.files.too-large", MAX_BYTES / 1024 / 1024);
        }
        var kind = kindOf(content);
        try {
            var cleaned = switch (kind) {
                case PDF -> stripPdf(content);
                case JPEG, PNG -> reencode(content, kind);
            };
            return new CleanFile(safeName(file.name(), kind), kind, cleaned);
        } catch (IOException | RuntimeException unreadable) {
            throw new ComplaintRefused("complaint.files.unreadable");
        }
    }

    static Kind kindOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return Kind.PDF;
        }
        if (startsWith(content, JPEG)) {
            return Kind.JPEG;
        }
        if (startsWith(content, PNG)) {
            return Kind.PNG;
        }
        throw new ComplaintRefused("complaint.files.type");
    }

    /** Keeps letters, digits and a few marks, with the extension of the detected type; nothing can traverse. */
    static String safeName(String name, Kind kind) {
        var base = name == null ? "" : name.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        base = base.replaceAll("[^\\p{L}\\p{N} _()-]", "_").strip();
        if (base.length() > 80) {
            base = base.substring(0, 80);
        }
        return (base.isEmpty() ? "attachment" : base) + "." + kind.extension;
    }

    private static byte[] stripPdf(byte[] content) throws IOException {
        try (var document = Loader.loadPDF(content)) {
            if (document.isEncrypted()) {
                throw new IOException("Encrypted PDFs cannot be checked");
            }
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocumentCatalog().setMetadata(null);
            var out = new ByteArrayOutputStream(content.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] reencode(byte[] content, Kind kind) throws IOException {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("No image reader");
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                // Refuse pixel floods before decoding: a small file may declare an enormous canvas.
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new IOException("Image too large");
                }
                BufferedImage image = reader.read(0);
                if (kind == Kind.JPEG && image.getColorModel().hasAlpha()) {
                    var opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    opaque.getGraphics().drawImage(image, 0, 0, null);
                    image = opaque;
                }
                var out = new ByteArrayOutputStream(content.length);
                if (!ImageIO.write(image, kind == Kind.JPEG ? "jpeg" : "png", out)) {
                    throw new IOException("No image writer");
                }
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
