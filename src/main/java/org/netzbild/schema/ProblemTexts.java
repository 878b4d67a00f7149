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
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        var bundle = ResourceBundle.getBundle("i18n.problems", english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] shown = arguments.stream()
                .map(a -> a instanceof DatePattern pattern ? pattern.shown(english) : a)
                .toArray();
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    /**
     * A date pattern such as {@code dd.MM.yyyy} as a reader of the message writes it: TT.MM.JJJJ
     * in German, DD.MM.YYYY in English.
     */
    public record DatePattern(String pattern) {

        String shown(boolean english) {
            var out = new StringBuilder();
            for (char c : pattern.toCharArray()) {
                out.append(switch (c) {
                    case 'd' -> english ? 'D' : 'T';
                    case 'y', 'u' -> english ? 'Y' : 'J';
                    default -> c;
                });
            }
            return out.toString();
        }
    }
}
