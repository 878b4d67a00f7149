package org.netzbild.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;

/**
 * A saved, reusable description of how one kind of file becomes graph records, like an i2 import
 * specification: how to read the file, the provenance every record of it gets, which columns make
 * which entities (and how their ids are formed), and which entities of a row are linked. Written
 * as YAML or JSON; the format is documented in {@code docs/import.md}.
 */
public record MappingSpec(String name, Source source, ProvenanceSpec provenance, List<EntityMapping> entities,
                          List<Reference> references, List<LinkMapping> links, List<Table> tables) {

    public MappingSpec {
        entities = entities == null ? List.of() : List.copyOf(entities);
        references = references == null ? List.of() : List.copyOf(references);
        links = links == null ? List.of() : List.copyOf(links);
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    /** Whether the spec names several files, each with a mapping of its own ({@code tables}). */
    public boolean multiFile() {
        return !tables.isEmpty();
    }

    /**
     * One file of a multi-file spec as a spec of its own: the table's mappings with the spec's name
     * and provenance, read as the spec's {@code source} says unless the table has a source of its own.
     */
    public MappingSpec of(Table table) {
        return new MappingSpec(name, table.source() != null ? table.source() : source, provenance, table.entities(),
                table.references(), table.links(), List.of());
    }

    /**
     * One file of a multi-file spec (a table of a normalised export, a sheet saved as CSV).
     *
     * @param file       the file's name, or a pattern such as {@code personen_*.csv}, matched against
     *                   the names of the files given; without files, looked up beside the spec
     * @param source     how to read this file, when not as the spec's {@code source} says (it replaces it whole)
     * @param references entities another table of the import (or an earlier import of the same
     *                   agency) makes, named here by the same id values
     */
    public record Table(String file, Source source, List<EntityMapping> entities, List<Reference> references,
                        List<LinkMapping> links) {

        public Table {
            entities = entities == null ? List.of() : List.copyOf(entities);
            references = references == null ? List.of() : List.copyOf(references);
            links = links == null ? List.of() : List.copyOf(links);
        }
    }

    /**
     * An entity made elsewhere, referred to by its source key: the columns of this file that hold
     * the values the other file's {@code id} columns hold (a foreign key). Makes no entity; a link
     * may start or end at it; a value that no file of the import and no earlier import of the
     * agency made is a problem of its row.
     */
    public record Reference(String key, String type, List<String> id) {

        public Reference {
            id = id == null ? List.of() : List.copyOf(id);
        }
    }

    /**
     * How to read the file. {@code auto} detects encoding (BOM, else UTF-8 if the bytes are valid
     * UTF-8, else Windows-1252) and delimiter (the most frequent of {@code ; , TAB |} in the header).
     *
     * @param format        {@code csv}, {@code tsv}, {@code xlsx} or {@code ftm}
     * @param dateFormat    pattern of dates, default {@code dd.MM.yyyy} (ISO dates are always accepted)
     * @param decimalComma  numbers written {@code 1.234,56}, default true
     * @param listSeparator separator of several values in one cell, default {@code |}
     * @param sheet         for {@code xlsx}: the one sheet to read; without it, every sheet
     */
    public record Source(String format, String encoding, String delimiter, String dateFormat, Boolean decimalComma,
                         String listSeparator, String sheet) {

        public static final Source DEFAULT = new Source("csv", "auto", "auto", "dd.MM.yyyy", true, "|", null);

        public Source {
            format = format == null ? "csv" : format;
            encoding = encoding == null ? "auto" : encoding;
            delimiter = delimiter == null ? "auto" : delimiter;
            dateFormat = dateFormat == null ? "dd.MM.yyyy" : dateFormat;
            decimalComma = decimalComma == null || decimalComma;
            listSeparator = listSeparator == null ? "|" : listSeparator;
        }
    }

    /**
     * The provenance of every record of the file.
     *
     * @param grading EU 4x4 code such as {@code B2}
     * @param nature  {@code FACT} or {@code ASSESSMENT}, default FACT
     * @param handling {@code OPEN}, {@code AGENCY_ONLY} or {@code NEED_TO_KNOW}, default OPEN
     * @param needToKnowUsers with {@code NEED_TO_KNOW}: the users who may see the records besides the importer
     * @param needToKnowCases with {@code NEED_TO_KNOW}: the cases whose analysts may see them
     * @param reviewPeriod how long after the import the records are due for review (ISO-8601, e.g.
     *        {@code P5Y}); without it, the workspace's periods (ADR 0022)
     * @param reviewBy a column holding each row's review date; an empty cell leaves the period
     * @param collection {@code OVERT} or {@code COVERT} (a surveillance measure's records), default
     *        OVERT: how the data were collected, a label police law requires on every record
     */
    public record ProvenanceSpec(String agency, String reference, String grading, String nature, String handling,
                                 String handlingCode, String legalBasis, java.util.List<String> needToKnowUsers,
                                 java.util.List<String> needToKnowCases, String reviewPeriod, Column reviewBy,
                                 String collection) {

        public ProvenanceSpec {
            needToKnowUsers = needToKnowUsers == null ? java.util.List.of() : java.util.List.copyOf(needToKnowUsers);
            needToKnowCases = needToKnowCases == null ? java.util.List.of() : java.util.List.copyOf(needToKnowCases);
        }
    }

    /**
     * Which columns of a row make one entity.
     *
     * @param key        the name other parts of the spec use for this entity (links' from/to)
     * @param id         columns whose values, with the agency and type, form the entity's id; a row
     *                   with all of them empty has no such entity
     * @param properties ontology property to column (or template such as {@code "{Vorname} {Name}"})
     */
    public record EntityMapping(String key, String type, List<String> id, Map<String, Column> properties) {

        public EntityMapping {
            id = id == null ? List.of() : List.copyOf(id);
            properties = properties == null ? Map.of() : Map.copyOf(properties);
        }
    }

    /**
     * A link between two entities of the same row; {@code validFrom} / {@code validTo} (dates)
     * say when it held in the world, e.g. since when a person runs a business.
     */
    /**
     * @param type     the link type, or instead {@code typeFrom}: a column whose values give it
     * @param id       columns that tell apart links of one type between the same two entities (two
     *                 transfers, two contracts); without them such rows are one link and must agree
     */
    public record LinkMapping(String type, TypeFrom typeFrom, String from, String to, List<String> id,
                              Map<String, Column> properties, Column validFrom, Column validTo) {

        public LinkMapping {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
            id = id == null ? List.of() : List.copyOf(id);
        }
    }

    /**
     * A link type read from a column through a value map ({@code Bruder: FAMILY}); for the values
     * in {@code reversed} the link runs from {@code to} to {@code from} ({@code "gehört zu": OWNS}
     * on a row whose first column is the business).
     */
    public record TypeFrom(String column, Map<String, String> values, List<String> reversed) {

        public TypeFrom {
            values = values == null ? Map.of() : Map.copyOf(values);
            reversed = reversed == null ? List.of() : List.copyOf(reversed);
        }
    }

    /**
     * Where a property's value comes from: a column, or a template of several columns; with
     * {@code values} translating the file's codes into the ontology's ({@code w: FEMALE}), or a
     * constant {@code value}.
     */
    public record Column(String column, String template, String value, Map<String, String> values) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Column {
            values = values == null ? Map.of() : Map.copyOf(values);
        }

        /** The short form {@code name: Spaltenname}. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Column of(String column) {
            return new Column(column, null, null, Map.of());
        }

        /** The columns this value reads. */
        public List<String> columns() {
            if (column != null) {
                return List.of(column);
            }
            if (template == null) {
                return List.of();
            }
            // asked for every row of a file: each template is read once
            return TEMPLATE_COLUMNS.computeIfAbsent(template, t -> {
                var names = new java.util.ArrayList<String>();
                var matcher = PLACEHOLDER.matcher(t);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
                return List.copyOf(names);
            });
        }

        private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]+)}");
        private static final Map<String, List<String>> TEMPLATE_COLUMNS = new java.util.concurrent.ConcurrentHashMap<>();
    }
}
