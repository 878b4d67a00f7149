package org.netzbild.ui.forms;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.netzbild.app.I18n;
import org.netzbild.app.UserPreferences;
import org.netzbild.app.WorkspaceSettings;

/**
 * Extras → Einstellungen: what this user account keeps in {@code ~/.netzbild/preferences.properties}
 * (docs/operations.md): the language, the workspace opened at start, and the team server the
 * connection dialog offers (address, user, database, trusted certificate; never a password). The
 * review periods belong to a workspace, not to a user: the dialog names their file.
 */
public final class PreferencesDialog extends Dialog<PreferencesDialog.Choice> {

    /** What the dialog saves; {@code workspace} null keeps the suggested folder. */
    public record Choice(Locale language, Path workspace, UserPreferences.TeamServerDefaults server) {
    }

    public PreferencesDialog(Window owner, Path openWorkspace) {
        initOwner(owner);
        setTitle(I18n.text("preferences.title"));
        setHeaderText(I18n.text("preferences.header", UserPreferences.file()));
        var language = new ComboBox<Locale>();
        language.setId("preferencesLanguage");
        language.getItems().setAll(I18n.GERMAN, I18n.ENGLISH);
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : I18n.text("language." + locale.getLanguage());
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        language.setValue(UserPreferences.language().orElse(I18n.locale()).getLanguage().equals("en") ? I18n.ENGLISH
                : I18n.GERMAN);
        var workspace = new TextField(WorkspaceSettings.defaultFolder().toString());
        workspace.setId("preferencesWorkspace");
        workspace.setPrefColumnCount(34);
        var server = UserPreferences.teamServer();
        var uri = new TextField(server.uri());
        uri.setId("preferencesServerUri");
        uri.setPromptText("neo4j+s://server.behoerde.nrw:7687");
        var user = new TextField(server.user());
        user.setId("preferencesServerUser");
        var database = new TextField(server.database());
        var trust = new TextField(server.trustCertificate());
        trust.setId("preferencesTrustCertificate");
        trust.setPromptText(I18n.text("connection.trustCertificate.prompt"));
        var review = new Label(I18n.text("preferences.reviewPeriods", openWorkspace == null ? "—"
                : openWorkspace.resolve("review-periods.properties")));
        review.setWrapText(true);
        review.setMaxWidth(520);
        review.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        var problem = ProblemLine.checking("preferencesProblem", 520,
                () -> problemOf(workspace.getText(), uri.getText(), trust.getText()),
                workspace.textProperty(), uri.textProperty(), trust.textProperty());
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(I18n.text("preferences.language")), language);
        grid.addRow(1, new Label(I18n.text("preferences.workspace")), workspace);
        grid.addRow(2, new Label(I18n.text("preferences.serverUri")), uri);
        grid.addRow(3, new Label(I18n.text("connection.user")), user);
        grid.addRow(4, new Label(I18n.text("connection.database")), database);
        grid.addRow(5, new Label(I18n.text("connection.trustCertificate")), trust);
        grid.add(problem, 0, 6, 2, 1);
        grid.add(review, 0, 7, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().setId("preferencesDialog");
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, Buttons.cancel());
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(problem.textProperty().isNotEmpty());
        setResultConverter(button -> {
            if (button != ButtonType.OK || !problem.getText().isEmpty()) {
                return null;
            }
            String folder = workspace.getText().strip();
            Path chosen = folder.isEmpty() ? null : Path.of(folder);
            return new Choice(language.getValue(), chosen, new UserPreferences.TeamServerDefaults(uri.getText().strip(),
                    user.getText().strip(), database.getText().strip(), trust.getText().strip()));
        });
    }

    /**
     * What would be kept wrongly, in the user's words, while it is typed; empty when nothing. A team
     * server is an address with a Neo4j scheme and a host; its certificate, if named, a file that exists.
     */
    static String problemOf(String workspace, String uri, String trust) {
        try {
            if (!workspace.isBlank()) {
                Path.of(workspace.strip());
            }
        } catch (java.nio.file.InvalidPathException e) {
            return I18n.text("preferences.badFolder", workspace.strip());
        }
        if (!uri.isBlank()) {
            try {
                var address = java.net.URI.create(uri.strip());
                if (address.getScheme() == null || address.getHost() == null
                        || !java.util.Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
                        .contains(address.getScheme().toLowerCase(Locale.ROOT))) {
                    return I18n.text("preferences.badServer", uri.strip());
                }
            } catch (IllegalArgumentException e) {
                return I18n.text("preferences.badServer", uri.strip());
            }
        }
        if (!trust.isBlank()) {
            try {
                if (!java.nio.file.Files.isRegularFile(Path.of(trust.strip()))) {
                    return I18n.text("preferences.noCertificate", trust.strip());
                }
            } catch (java.nio.file.InvalidPathException e) {
                return I18n.text("preferences.noCertificate", trust.strip());
            }
        }
        return "";
    }
}
