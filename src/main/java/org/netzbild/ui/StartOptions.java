package org.netzbild.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.netzbild.app.I18n;
import org.netzbild.app.WorkspaceSettings;

/**
 * The desktop's start arguments: {@code --store DIR} (workspace folder), {@code --demo-persons N}
 * (size of the demo data generated into an empty workspace), {@code --lang de|en}.
 */
public record StartOptions(Path folder, int demoPersons) {

    public static final int DEFAULT_DEMO_PERSONS = 5000;

    public static StartOptions parse(List<String> args) {
        Path folder = WorkspaceSettings.defaultFolder();
        int persons = DEFAULT_DEMO_PERSONS;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
                arg = arg.substring(0, arg.indexOf('='));
                i--;
            }
            switch (arg) {
                case "--store" -> folder = Path.of(require(arg, value));
                case "--demo-persons" -> persons = Integer.parseInt(require(arg, value));
                case "--lang" -> I18n.use(Locale.forLanguageTag(require(arg, value)));
                default -> throw new IllegalArgumentException("unknown start option " + arg);
            }
            i++;
        }
        return new StartOptions(folder, persons);
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
