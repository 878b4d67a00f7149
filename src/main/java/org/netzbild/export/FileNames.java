package org.netzbild.export;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * File names made from chart names and titles: letters and digits of any script, space, {@code - _ .}
 * and nothing else (no path separators, control or reserved characters), no leading dot or trailing
 * dot or space, not a Windows device name, at most 100 characters; never empty.
 */
public final class FileNames {

    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    static final int MAX = 100;

    private FileNames() {
    }

    /** A safe file name for {@code wanted} with {@code extension} (without dot). */
    public static String of(String wanted, String extension) {
        String base = Normalizer.normalize(wanted == null ? "" : wanted, Normalizer.Form.NFC);
        var safe = new StringBuilder();
        base.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '_' || c == '.') {
                safe.appendCodePoint(c);
            } else {
                safe.append('_');
            }
        });
        String name = safe.toString().replaceAll("\\.{2,}", "_").replaceAll("_{2,}", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX) {
            name = name.substring(0, MAX);
        }
        name = name.replaceAll("[ .]+$", "");
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (name.isEmpty() || name.chars().allMatch(c -> c == '_') || DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
            name = "export" + (name.isEmpty() ? "" : "_" + name);
        }
        return extension == null || extension.isEmpty() ? name : name + "." + extension;
    }
}
