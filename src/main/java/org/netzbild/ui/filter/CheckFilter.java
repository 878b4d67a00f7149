package org.netzbild.ui.filter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;

/**
 * One filter's check list (ControlsFX {@link CheckListView}, ADR 0014): a value is shown on the
 * chart while its box is ticked. The list's check model is the only record of the choice.
 */
final class CheckFilter {

    private final CheckListView<String> list = new CheckListView<>();
    private boolean updating;

    /** A check list of codes, each shown in words by {@code label}; {@code onChange} runs on every click. */
    CheckFilter(String id, Function<String, String> label, Runnable onChange) {
        list.setId(id);
        list.setPrefHeight(140);
        list.setCellFactory(view -> new CheckBoxListCell<>(list::getItemBooleanProperty, new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        }));
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!updating) {
                onChange.run();
            }
        });
    }

    CheckListView<String> view() {
        return list;
    }

    /**
     * Lists {@code values} ticked, except those in {@code hidden}; a hidden value that is no longer
     * on the chart stays listed (unticked), so that it can be shown again.
     */
    void show(Collection<String> values, Set<String> hidden) {
        var listed = new ArrayList<>(values);
        hidden.stream().filter(h -> !listed.contains(h)).sorted().forEach(listed::add);
        updating = true;
        try {
            if (!list.getItems().equals(listed)) {
                // the check model keeps ticks by index: cleared first, a tick cannot land on another value
                list.getCheckModel().clearChecks();
                list.getItems().setAll(listed);
            }
            for (String value : listed) {
                if (hidden.contains(value)) {
                    list.getCheckModel().clearCheck(value);
                } else {
                    list.getCheckModel().check(value);
                }
            }
        } finally {
            updating = false;
        }
    }

    /** The listed values whose box is not ticked. */
    Set<String> hidden() {
        var hidden = new HashSet<>(list.getItems());
        hidden.removeAll(list.getCheckModel().getCheckedItems());
        return hidden;
    }

    /** Whether {@code value} is in the list. */
    boolean lists(String value) {
        return list.getItems().contains(value);
    }

    /** Ticks every box without reporting each tick. */
    void showAll() {
        updating = true;
        try {
            list.getCheckModel().checkAll();
        } finally {
            updating = false;
        }
    }

    /** Each listed value's tick, for tests and the chart. */
    Map<String, BooleanProperty> choices() {
        var choices = new LinkedHashMap<String, BooleanProperty>();
        List.copyOf(list.getItems()).forEach(value -> choices.put(value, list.getItemBooleanProperty(value)));
        return choices;
    }
}
