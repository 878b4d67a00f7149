package org.netzbild.ui.explorer;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.netzbild.app.I18n;
import org.netzbild.chart.Colouring;
import org.netzbild.layout.CircularLayout;
import org.netzbild.layout.FamilyTreeLayout;
import org.netzbild.layout.HierarchicalLayout;

/** The explorer's menus with their keyboard shortcuts. */
final class ExplorerMenus {

    private final ExplorerView view;
    private final ExplorerViewModel model;

    ExplorerMenus(ExplorerView view, ExplorerViewModel model) {
        this.view = view;
        this.model = model;
    }

    /** Datei → Sicherung erstellen …, for an ADMIN of a local workspace (ADR 0035). */
    private MenuItem backUp() {
        MenuItem backUp = item("action.backUp", view::backUp, null);
        backUp.visibleProperty().bind(model.mayBackUpProperty());
        return backUp;
    }

    MenuBar bar() {
        var file = new Menu(I18n.text("menu.file"), null,
                item("action.openChart", view::openChart, "Shortcut+O"),
                item("action.saveChart", view::saveChart, "Shortcut+S"),
                item("action.import", view::importFiles, "Shortcut+I"),
                item("action.export", view::exportChart, "Shortcut+Shift+S"),
                item("action.switchStore", view::switchStore, null),
                backUp(),
                item("action.signIn", model::requestSignIn, null),
                item("action.changePurpose", model::requestPurposeChange, null),
                item("action.quit", view::quit, "Shortcut+Q"));
        MenuItem undo = item("action.undo", model::undo, "Shortcut+Z");
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("action.redo", model::redo, "Shortcut+Y");
        redo.disableProperty().bind(model.canRedoProperty().not());
        var edit = new Menu(I18n.text("menu.edit"), null, undo, redo,
                item("action.newEntity", view::newEntity, "Shortcut+N"),
                item("action.newLink", view::newLink, "Shortcut+Shift+N"),
                item("action.editEntity", view::editEntity, "F2"),
                item("action.remove", model::removeSelection, "Delete"),
                item("action.hide", model::hideSelection, "Shortcut+H"),
                item("action.showAll", model::showAll, "Shortcut+Shift+H"),
                item("action.pin", () -> model.pinSelection(true), "Shortcut+P"),
                item("action.unpin", () -> model.pinSelection(false), "Shortcut+Shift+P"),
                item("action.clear", model::clearChart, null));
        var colours = new ToggleGroup();
        var colourMenu = new Menu(I18n.text("menu.colour"));
        for (Colouring colouring : Colouring.values()) {
            var choice = new RadioMenuItem(I18n.text("legend." + colouring.name()));
            choice.setId("colour-" + colouring.name());
            choice.setToggleGroup(colours);
            choice.setSelected(model.colouringProperty().get() == colouring);
            choice.setOnAction(e -> model.colouringProperty().set(colouring));
            model.colouringProperty().addListener((o, a, b) -> choice.setSelected(b == colouring));
            colourMenu.getItems().add(choice);
        }
        var linksByKind = new javafx.scene.control.CheckMenuItem(I18n.text("action.linksByAgencyKind"));
        linksByKind.setId("linksByAgencyKind");
        linksByKind.selectedProperty().bindBidirectional(model.linksByAgencyKindProperty());
        colourMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), linksByKind);
        var borderMenu = new Menu(I18n.text("menu.borders"));
        borderMenu.setId("menuBorders");
        var borders = new ToggleGroup();
        for (var border : org.netzbild.chart.Border.values()) {
            var choice = new RadioMenuItem(I18n.text("border." + border.name()));
            choice.setId("border-" + border.name());
            choice.setToggleGroup(borders);
            choice.setSelected(model.borderProperty().get() == border);
            choice.setOnAction(e -> model.borderProperty().set(border));
            model.borderProperty().addListener((o, a, b) -> choice.setSelected(b == border));
            borderMenu.getItems().add(choice);
        }
        var acrossOnly = new javafx.scene.control.CheckMenuItem(I18n.text("border.only"));
        acrossOnly.setId("borderOnly");
        acrossOnly.selectedProperty().bindBidirectional(model.acrossOnlyProperty());
        acrossOnly.disableProperty().bind(model.borderProperty().isEqualTo(org.netzbild.chart.Border.NONE));
        borderMenu.getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), acrossOnly);
        var chartMenu = new Menu(I18n.text("menu.chart"), null,
                item("action.expand", model::expandSelection, "Shortcut+E"),
                item("action.expandTypes", view::expandByLinkTypes, "Shortcut+Alt+E"),
                item("action.collapse", model::collapseSelection, "Shortcut+Shift+E"),
                item("action.path", () -> model.pathBetweenSelection(false), "Shortcut+K"),
                item("action.pathWithKin", () -> model.pathBetweenSelection(true), "Shortcut+Shift+K"),
                item("action.connect", view::connect, "Shortcut+Alt+K"),
                item("action.fit", view.chart()::fit, "Shortcut+0"),
                item("action.zoomIn", () -> view.chart().zoom(0.8), "Shortcut+PLUS"),
                item("action.zoomOut", () -> view.chart().zoom(1.25), "Shortcut+MINUS"),
                item("action.focus", () -> model.selection().stream().findFirst().ifPresent(view.chart()::focus), "Shortcut+F"),
                new Menu(I18n.text("menu.layout"), null,
                        item("action.layoutStart", view.chart()::startLayout, "Shortcut+L"),
                        item("action.layoutCircle", () -> view.chart().apply(new CircularLayout()), null),
                        item("action.layoutHierarchy", () -> view.chart().apply(new HierarchicalLayout()), null),
                        item("action.layoutFamily", () -> view.chart().apply(new FamilyTreeLayout()), null),
                        item("action.layoutStop", view.chart()::stopLayout, "Shortcut+Shift+L")),
                colourMenu,
                borderMenu,
                new javafx.scene.control.SeparatorMenuItem(),
                paneToggle("action.showSearch", view::searchPaneShown, view::toggleSearchPane, "Shortcut+1"),
                paneToggle("action.showSide", view::sidePaneShown, view::toggleSidePane, "Shortcut+2"),
                paneToggle("action.showTimeline", view::timelineShown, view::toggleTimeline, "Shortcut+3"));
        var language = new Menu(I18n.text("menu.language"));
        language.setId("menuLanguage");
        var languages = new ToggleGroup();
        for (var locale : java.util.List.of(I18n.GERMAN, I18n.ENGLISH)) {
            var choice = new RadioMenuItem(I18n.text("language." + locale.getLanguage()));
            choice.setId("language-" + locale.getLanguage());
            choice.setToggleGroup(languages);
            choice.setSelected(I18n.locale().getLanguage().equals(locale.getLanguage()));
            choice.setOnAction(e -> view.chooseLanguage(locale));
            language.getItems().add(choice);
        }
        MenuItem review = item("action.reviewQueue", view::reviewQueue, null);
        MenuItem duplicates = item("action.duplicates", view::duplicates, null);
        MenuItem networks = item("action.networks", view::networks, null);
        MenuItem players = item("action.players", view::players, null);
        MenuItem shared = item("action.shared", view::shared, null);
        // only for the data-protection role; the service refuses (and logs) anyone else all the same
        MenuItem auditLog = item("action.auditLog", view::showAuditLog, null);
        auditLog.visibleProperty().bind(model.mayReadAuditProperty());
        MenuItem counts = item("action.countVisible", model::countVisible, null);
        counts.disableProperty().bind(model.readyProperty().not());
        var extras = new Menu(I18n.text("menu.extras"), null, counts, networks, shared, players, duplicates, review, language,
                item("action.preferences", view::showPreferences, null), auditLog);
        // the review queue is the data protection officer's; who is signed in can change while the window lives
        review.setVisible(view.mayReview());
        duplicates.setVisible(view.mayMerge());
        networks.setVisible(view.mayAnalyse());
        players.setVisible(view.mayAnalyse());
        shared.setVisible(view.mayAnalyse());
        extras.setOnShowing(e -> {
            review.setVisible(view.mayReview());
            duplicates.setVisible(view.mayMerge());
            networks.setVisible(view.mayAnalyse());
            players.setVisible(view.mayAnalyse());
            shared.setVisible(view.mayAnalyse());
        });
        var bar = new MenuBar(file, edit, chartMenu, extras);
        bar.setId("menuBar");
        return bar;
    }

    /** A pane shown or hidden from the menu; its tick follows the pane. */
    private static MenuItem paneToggle(String key, java.util.function.BooleanSupplier shown, Runnable toggle, String shortcut) {
        var item = new javafx.scene.control.CheckMenuItem(I18n.text(key));
        item.setId(key);
        item.setSelected(shown.getAsBoolean());
        item.setAccelerator(KeyCombination.keyCombination(shortcut));
        item.setOnAction(e -> {
            toggle.run();
            item.setSelected(shown.getAsBoolean());
        });
        return item;
    }

    static MenuItem item(String key, Runnable action) {
        return item(key, action, null);
    }

    static MenuItem item(String key, Runnable action, String shortcut) {
        var item = new MenuItem(I18n.text(key));
        item.setId(key);
        item.setOnAction(e -> action.run());
        if (shortcut != null) {
            item.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        return item;
    }
}
