package cn.luzhi.shared.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes of links (check-in codes, and later the public pages of stations and deputies), as PNG for screens and SVG for print. */
public final class QrCodes {
    private QrCodes() {
    }

    static BitMatrix matrix(String text) {
        try {
            // medium error correction survives a printed code that is a little worn; a quiet zone of 2 modules
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + e.getMessage(), e);
        }
    }

    /** A PNG about {@code pixels} wide (each module a whole number of pixels, so the code stays sharp). */
    public static byte[] png(String text, int pixels) {
        BitMatrix m = matrix(text);
        int scale = Math.max(1, pixels / m.getWidth());
        BufferedImage img = new BufferedImage(m.getWidth() * scale, m.getHeight() * scale, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, m.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An SVG that scales to any print size: one path of unit squares, with an optional caption under the code. */
    public static String svg(String text, String caption) {
        BitMatrix m = matrix(text);
        int w = m.getWidth();
        int h = m.getHeight() + (caption == null ? 0 : 4);
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                if (m.get(x, y)) {
                    d.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>")
                .append("<path fill=\"#000\" d=\"").append(d).append("\"/>");
        if (caption != null) {
            s.append("<text x=\"").append(w / 2.0).append("\" y=\"").append(m.getHeight() + 2.5)
                    .append("\" font-size=\"2\" text-anchor=\"middle\" font-family=\"sans-serif\">").append(escape(caption)).append("</text>");
        }
        return s.append("</svg>\n").toString();
    }

    static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
