package dev.kiji.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset an HTML page declares in a {@code <meta>} tag within its first 4 KiB. */
final class MetaCharset {
    private static final int HEAD_BYTES = 4096;
    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]+)", Pattern.CASE_INSENSITIVE);

    private MetaCharset() {
    }

    /** The declared charset, or {@code null} when none, unknown, or not ASCII-compatible (UTF-16/32). */
    static Charset find(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.startsWith("utf-16") || name.startsWith("utf-32") || name.startsWith("utf16")) {
            return null;
        }
        if (name.equals("shift_jis") || name.equals("shift-jis") || name.equals("sjis") || name.equals("x-sjis")
                || name.equals("ms_kanji") || name.equals("csshiftjis") || name.equals("ms932")) {
            return TextDecoder.WINDOWS_31J;
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
