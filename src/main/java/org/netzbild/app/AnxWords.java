package org.netzbild.app;

import org.netzbild.export.AnxExport;
import org.netzbild.model.Nature;

/** The words of an ANX export in the user's language: type names, attribute classes, grades and strengths. */
final class AnxWords implements AnxExport.Words {

    @Override
    public String entityType(String type) {
        return Labels.entityType(type);
    }

    @Override
    public String linkType(String type) {
        return Labels.linkType(type);
    }

    @Override
    public String property(String name) {
        return EntityForms.label(name);
    }

    @Override
    public String provenance(String field) {
        return I18n.text("export.anx.prov." + field);
    }

    @Override
    public String value(String recordType, String property, String value) {
        return Labels.value(recordType, property, value);
    }

    @Override
    public String provenanceValue(String field, String value) {
        return switch (field) {
            case "sourceAgency" -> Labels.agency(value);
            case "collection" -> Labels.enumValue("Collection", value);
            case "nature" -> Labels.enumValue("Nature", value);
            case "handling" -> Labels.enumValue("Handling", value);
            default -> value;
        };
    }

    @Override
    public String id() {
        return I18n.text("export.anx.id");
    }

    @Override
    public String strength(Nature nature) {
        return Labels.enumValue("Nature", nature.name());
    }

    @Override
    public String grade(boolean source, String code) {
        return I18n.text("export.anx.grade." + (source ? "source." : "information.") + code);
    }

    @Override
    public String summary(String key) {
        return I18n.text("export.anx.summary." + key);
    }
}
