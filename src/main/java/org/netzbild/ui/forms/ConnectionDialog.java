package org.netzbild.ui.forms;

import java.net.URI;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import org.netzbild.app.I18n;
import org.netzbild.app.WorkspaceAddress;

/**
 * Chooses where the graph lives: an embedded workspace folder or a Neo4j server or cluster
 * ({@code bolt://}, {@code neo4j://}, {@code neo4j+s://}) with the server's user and password. Wrong
 * input is named in the dialog; connection errors come back from opening, in the status bar; the
 * chosen workspace then asks for a sign-in with one of its accounts.
 */
public final class ConnectionDialog extends Dialog<WorkspaceAddress> {

    public ConnectionDialog(Path currentFolder) {
        this(currentFolder, null, null, null, null);
    }

    /**
     * The dialog with a server filled in (the desktop's start options {@code --uri}, {@code --user},
     * {@code --database}, {@code --trust-certificate}): the user checks it and types the password.
     */
    public ConnectionDialog(Path currentFolder, java.net.URI server, String serverUser, String serverDatabase,
                            Path trustCertificate) {
        setTitle(I18n.text("connection.title"));
        var group = new ToggleGroup();
        var embedded = new RadioButton(I18n.text("connection.embedded"));
        var remote = new RadioButton(I18n.text("connection.remote"));
        embedded.setToggleGroup(group);
        remote.setToggleGroup(group);
        embedded.setSelected(true);
        var folder = new TextField(currentFolder.toString());
        folder.setId("connectionFolder");
        var uri = new TextField("neo4j+s://");
        uri.setId("connectionUri");
        var user = new TextField();
        var password = new PasswordField();
        var database = new TextField();
        var trust = new TextField();
        trust.setId("connectionTrustCertificate");
        trust.setPromptText(I18n.text("connection.trustCertificate.prompt"));
        var problem = ProblemLine.of("connectionProblem", 520);
        for (var field : new javafx.scene.Node[] {uri, user, password, database, trust}) {
            field.disableProperty().bind(embedded.selectedProperty());
        }
        folder.disableProperty().bind(remote.selectedProperty());
        password.setId("connectionPassword");
        if (server != null) {
            remote.setSelected(true);
            uri.setText(server.toString());
            user.setText(serverUser == null ? "" : serverUser);
            database.setText(serverDatabase == null ? "" : serverDatabase);
            trust.setText(trustCertificate == null ? "" : trustCertificate.toString());
            javafx.application.Platform.runLater(password::requestFocus);
        }
        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.addRow(0, embedded);
        grid.addRow(1, new Label(I18n.text("connection.folder")), folder);
        grid.addRow(2, remote);
        grid.addRow(3, new Label(I18n.text("connection.uri")), uri);
        grid.addRow(4, new Label(I18n.text("connection.user")), user);
        grid.addRow(5, new Label(I18n.text("connection.password")), password);
        grid.addRow(6, new Label(I18n.text("connection.database")), database);
        grid.addRow(7, new Label(I18n.text("connection.trustCertificate")), trust);
        grid.add(problem, 0, 8, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, Buttons.cancel());
        getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            try {
                setResult(settings(embedded.isSelected(), folder.getText(), uri.getText(), user.getText(),
                        password.getText(), database.getText(), trust.getText(), currentFolder));
            } catch (IllegalArgumentException e) {
                problem.setText(I18n.text("connection.invalid", e.getMessage()));
                event.consume();
            } catch (org.netzbild.app.UserFacingException e) {
                // an unencrypted address of another machine (ADR 0020): said here, before anything is tried
                problem.setText(org.netzbild.app.ErrorMessages.describe(e));
                event.consume();
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? getResult() : null);
    }

    private static WorkspaceAddress settings(boolean embedded, String folder, String uri, String user, String password,
                                             String database, String trust, Path currentFolder) {
        if (embedded) {
            if (folder.isBlank()) {
                throw new IllegalArgumentException(I18n.text("connection.folder"));
            }
            return WorkspaceAddress.embedded(Path.of(folder.strip()));
        }
        URI address = URI.create(uri.strip());
        var remote = WorkspaceAddress.remote(currentFolder, address, user.isBlank() ? null : user.strip(),
                password.toCharArray(), database.isBlank() ? null : database.strip(),
                trust.isBlank() ? null : Path.of(trust.strip()));
        WorkspaceAddress.requireEncryptionOffThisMachine(address);
        return remote;
    }
}
