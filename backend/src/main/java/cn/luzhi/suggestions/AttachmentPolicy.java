package cn.luzhi.suggestions;

import java.util.Map;

import cn.luzhi.shared.ProblemException;

/** What may be attached: PDF, images and Office files, up to a size, and only if the bytes are what the type says. */
public final class AttachmentPolicy {
    /** Largest accepted file (fits MySQL's and MariaDB's default max_allowed_packet). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** Allowed types and the first bytes their files start with. */
    static final Map<String, byte[][]> MAGIC = Map.of(
            "application/pdf", new byte[][] { "%PDF".getBytes() },
            "image/png", new byte[][] { { (byte) 0x89, 'P', 'N', 'G' } },
            "image/jpeg", new byte[][] { { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF } },
            "application/msword", new byte[][] { { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 } },
            "application/vnd.ms-excel", new byte[][] { { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 } },
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[][] { { 'P', 'K', 3, 4 } },
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[][] { { 'P', 'K', 3, 4 } },
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", new byte[][] { { 'P', 'K', 3, 4 } });

    private AttachmentPolicy() {
    }

    public static String check(String contentType, String filename, byte[] data) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
        if (filename == null || filename.isBlank() || filename.length() > 200 || filename.contains("/") || filename.contains("\\")) {
            throw ProblemException.invalid("filename", "须给出文件名（不超过 200 字，不含路径）");
        }
        byte[][] magic = MAGIC.get(type);
        if (magic == null) {
            throw new ProblemException(415, "/problems/unsupported-file", "Unsupported Media Type",
                    "只接受 PDF、PNG、JPEG 图片和 Word、Excel、PowerPoint 文件", null);
        }
        if (data == null || data.length == 0) {
            throw ProblemException.invalid("file", "文件为空");
        }
        if (data.length > MAX_BYTES) {
            throw new ProblemException(413, "/problems/file-too-large", "Content Too Large", "文件不能超过 10 MB", null);
        }
        for (byte[] m : magic) {
            if (startsWith(data, m)) {
                return type;
            }
        }
        throw ProblemException.invalid("file", "文件内容与声明的类型（" + type + "）不符");
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The SHA-256 of the content, in hex, kept with the file and answered as its ETag. */
    public static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
