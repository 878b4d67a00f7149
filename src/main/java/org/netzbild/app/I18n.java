package org.netzbild.app;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's language: German by default, English on request ({@code --lang en}, the
 * {@code NETZBILD_LANG} variable or the settings). Every user-facing text comes from the bundle
 * {@code i18n/messages}.
 */
public final class I18n {

    public static final Locale GERMAN = Locale.GERMANY;
    public static final Locale ENGLISH = Locale.UK;

    private static volatile Locale locale = initial();

    private I18n() {
    }

    /** {@code netzbild.lang} or {@code NETZBILD_LANG}, else what the user chose in the menu, else German. */
    private static Locale initial() {
        String configured = System.getProperty("netzbild.lang", System.getenv("NETZBILD_LANG"));
        if (configured != null) {
            return configured.toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : GERMAN;
        }
        return UserPreferences.language().orElse(GERMAN);
    }

    public static Locale locale() {
        return locale;
    }

    public static void use(Locale newLocale) {
        locale = newLocale.getLanguage().equals("en") ? ENGLISH : GERMAN;
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String text(String key, Object... arguments) {
        try {
            String pattern = bundle().getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text '" + key + "' for " + locale, e);
        }
    }
}
