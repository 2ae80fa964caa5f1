package org.custodes.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes for pages (SVG, also as a {@code data:} URI, which the content security policy allows for images
 * without a second request or inline style) and for PDFs (PNG). One path of unit squares keeps the SVG small.
 */
public final class QrCode {

    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** An SVG with an accessible title, scaled by whoever shows it. */
    public static String svg(String text, String title) {
        var matrix = encode(text, 0);
        var size = matrix.getWidth() + 2 * QUIET_ZONE;
        var path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\"><title>" + escape(title) + "</title>"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    public static String svgDataUri(String text, String title) {
        return "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(svg(text, title).getBytes(StandardCharsets.UTF_8));
    }

    /** A black-and-white PNG of about {@code size} pixels square, for documents. */
    public static byte[] png(String text, int size) {
        var matrix = encode(text, size);
        var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < matrix.getWidth(); x++) {
            for (int y = 0; y < matrix.getHeight(); y++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("Could not draw a QR code", e);
        }
        return out.toByteArray();
    }

    private static BitMatrix encode(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, size == 0 ? 0 : 2));
        } catch (WriterException e) {
            throw new IllegalStateException("The text does not fit in a QR code", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
