package org.netzbild.schema;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words for why a record or an import is refused, from the bundle {@code i18n/problems}
 * (German, the default) and {@code i18n/problems_en}. Core code names a reason by key and
 * arguments; whoever shows it picks the language.
 */
public final class ProblemTexts {

    private ProblemTexts() {
    }

    public static String format(String key, List<Object> arguments, Locale locale) {
        var bundle = ResourceBundle.getBundle("i18n.problems", Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? Locale.ENGLISH : Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(arguments.toArray());
    }
}
