package org.netzbild.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.netzbild.model.Entity;
import org.netzbild.model.Grading;
import org.netzbild.model.Link;
import org.netzbild.model.Nature;
import org.netzbild.model.Provenance;
import org.netzbild.model.Statement;
import org.netzbild.model.WriteBatch;
import org.netzbild.schema.EntityTypeDefinition;
import org.netzbild.schema.InvalidRecordException;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.PropertyDefinition;
import org.netzbild.schema.Violation;
import org.netzbild.store.WriteMode;

/**
 * Forms for entering entities by hand, generated from the ontology: which fields a type has, and
 * turning what a person typed (German habits included: {@code dd.MM.yyyy}, decimal commas,
 * lists separated by semicolons) into a valid record with provenance from the session. Problems
 * come back per field, in the user's language.
 */
public final class EntityForms {

    /** One input of a form. */
    public record Field(String name, String label, Kind kind, boolean required, List<String> choices) {
    }

    /** How a field is entered. */
    public enum Kind {
        TEXT, LIST, DATE, NUMBER, INTEGER, YES_NO, CHOICE
    }

    /** The fields that failed, each with a message for the user. */
    public static final class FormErrors extends RuntimeException {
        private final transient Map<String, String> messages;

        public FormErrors(Map<String, String> messages) {
            super(messages.toString());
            this.messages = Map.copyOf(messages);
        }

        public Map<String, String> messages() {
            return messages;
        }
    }

    // strict: 31.02.1990 is an error, not quietly the 28th
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private final Workspace workspace;
    private final Ontology ontology = Ontology.standard();

    public EntityForms(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The entity types a form can create, in the ontology's order. */
    public List<String> types() {
        return ontology.entityTypes().keySet().stream().filter(t -> !t.equals("Municipality")).sorted().toList();
    }

    public List<Field> fields(String type) {
        var definition = ontology.entityType(type).map(EntityTypeDefinition::properties)
                .or(() -> ontology.linkType(type).map(org.netzbild.schema.LinkTypeDefinition::properties))
                .orElseThrow(() -> new IllegalArgumentException("no entity or link type " + type));
        return definition.values().stream()
                .sorted((a, b) -> Boolean.compare(b.required(), a.required()))
                .map(p -> new Field(p.name(), label(p.name()), kind(p), p.required(), p.allowed()))
                .toList();
    }

    /** Creates the entity; throws {@link FormErrors} naming each wrong field, and stores nothing then. */
    public Entity create(String type, Map<String, String> input, String grading, boolean assessment) {
        Map<String, Object> properties = parseAll(type, input);
        var session = workspace.session();
        Instant now = Instant.now();
        Provenance provenance = Provenance.of(session.agency(), session.purpose().caseReference(), now, session.user(),
                Grading.eu(grading)).as(assessment ? Nature.ASSESSMENT : Nature.FACT).reviewedBy(reviewBy(type, now));
        Entity entity = new Entity(type.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID(), type, properties, provenance);
        return store(entity, true);
    }

    /**
     * The link types the ontology allows between these two entities, as {@code TYPE} when it runs
     * from {@code a} to {@code b} and {@code TYPE<} when only the other way, in the order of their words.
     */
    public List<String> linkTypes(Entity a, Entity b) {
        var choices = new ArrayList<String>();
        ontology.linkTypes().forEach((name, definition) -> {
            if (definition.allows(a.type(), b.type())) {
                choices.add(name);
            } else if (definition.allows(b.type(), a.type())) {
                choices.add(name + REVERSED);
            }
        });
        choices.sort(java.util.Comparator.comparing((String c) -> Labels.linkType(c.replace(REVERSED, "")),
                java.text.Collator.getInstance(I18n.locale())));
        return choices;
    }

    /** Marks a link type in {@link #linkTypes} that runs from the second entity to the first. */
    public static final String REVERSED = "<";

    /**
     * Creates a link of {@code choice} (from {@link #linkTypes}) between {@code a} and {@code b}
     * with the properties typed and the time it held in the world ({@code validFrom},
     * {@code validTo} as dates, either may be empty); {@link FormErrors} per field, nothing stored then.
     */
    public Link createLink(String choice, Entity a, Entity b, Map<String, String> input, String validFrom,
                           String validTo, String grading, boolean assessment) {
        boolean reversed = choice.endsWith(REVERSED);
        String type = choice.replace(REVERSED, "");
        var errors = new LinkedHashMap<String, String>();
        Map<String, Object> properties = Map.of();
        try {
            properties = parseAll(type, input);
        } catch (FormErrors e) {
            errors.putAll(e.messages());
        }
        LocalDate from = date("validFrom", validFrom, errors);
        LocalDate to = date("validTo", validTo, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.put("validTo", I18n.text("form.validToBeforeFrom"));
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        var session = workspace.session();
        Instant now = Instant.now();
        Provenance provenance = Provenance.of(session.agency(), session.purpose().caseReference(), now, session.user(),
                Grading.eu(grading)).as(assessment ? Nature.ASSESSMENT : Nature.FACT).validBetween(from, to)
                .reviewedBy(reviewBy(type, now));
        Entity start = reversed ? b : a;
        Entity end = reversed ? a : b;
        var link = new Link("link-" + UUID.randomUUID(), type, start.id(), end.id(), properties, provenance);
        try {
            return workspace.store().create(link);
        } catch (InvalidRecordException e) {
            throw new FormErrors(fieldMessages(e));
        }
    }

    private static LocalDate date(String field, String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String t = text.strip();
            return t.contains(".") ? LocalDate.parse(t, GERMAN_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.put(field, I18n.text("form.format.DATE"));
            return null;
        }
    }

    /** Whether the session's agency recorded this entity, so that a form may change the record itself. */
    public boolean isOwn(Entity entity) {
        return entity.provenance().sourceAgency().equals(workspace.session().agency());
    }

    /**
     * Changes an entity the session's own agency recorded. Another agency's record is never
     * overwritten (its provenance would then claim what that agency never said): what the form
     * changes is stored as the session agency's own statement about the entity instead, beside the
     * record, and the record comes back unchanged.
     */
    public Entity update(Entity existing, Map<String, String> input, String grading, boolean assessment) {
        var session = workspace.session();
        Map<String, Object> properties = parseAll(existing.type(), input);
        if (!isOwn(existing)) {
            state(existing, properties, grading, assessment);
            return existing;
        }
        Instant now = Instant.now();
        // an edit is a new event about the record: its review date moves on, never back
        java.time.LocalDate reviewBy = reviewBy(existing.type(), now);
        if (existing.provenance().reviewBy() != null && existing.provenance().reviewBy().isAfter(reviewBy)) {
            reviewBy = existing.provenance().reviewBy();
        }
        Provenance provenance = new Provenance(session.agency(), session.purpose().caseReference(), now, session.user(),
                existing.provenance().collection(), existing.provenance().legalBasis(), Grading.eu(grading),
                assessment ? Nature.ASSESSMENT : Nature.FACT, existing.provenance().handling(),
                existing.provenance().handlingCode(), existing.provenance().handlingNote(),
                existing.provenance().validFrom(), existing.provenance().validTo(), reviewBy,
                existing.provenance().needToKnow());
        return store(new Entity(existing.id(), existing.type(), properties, provenance), false);
    }

    /** The review date of a record of {@code type} the session's agency records now (ADR 0022). */
    private java.time.LocalDate reviewBy(String type, Instant now) {
        var kind = org.netzbild.schema.Agencies.standard().byId(workspace.session().agency())
                .map(org.netzbild.schema.CooperationAgency::kind).orElse(null);
        return workspace.settings().reviewPeriods().reviewBy(type, kind, now);
    }

    /** The session agency's statement: only the values that differ from the record. */
    private void state(Entity existing, Map<String, Object> properties, String grading, boolean assessment) {
        var stated = new LinkedHashMap<String, Object>();
        properties.forEach((name, value) -> {
            if (!value.equals(existing.get(name))) {
                stated.put(name, value);
            }
        });
        if (stated.isEmpty()) {
            throw new FormErrors(Map.of("", I18n.text("form.nothingStated")));
        }
        var session = workspace.session();
        Instant now = Instant.now();
        Provenance provenance = Provenance.of(session.agency(), session.purpose().caseReference(), now, session.user(),
                Grading.eu(grading)).as(assessment ? Nature.ASSESSMENT : Nature.FACT).reviewedBy(reviewBy(existing.type(), now));
        var statement = new Statement("statement-" + UUID.randomUUID(), existing.id(), stated, provenance);
        try {
            workspace.store().write(new WriteBatch(List.of(), List.of(), List.of(statement)), WriteMode.CREATE);
        } catch (InvalidRecordException e) {
            throw new FormErrors(fieldMessages(e));
        }
    }

    /** What a form shows for an existing entity: each field's value as text, German date style. */
    public Map<String, String> values(Entity entity) {
        var values = new LinkedHashMap<String, String>();
        entity.properties().forEach((name, value) -> values.put(name, switch (value) {
            case LocalDate date -> date.format(GERMAN_DATE);
            case java.util.List<?> list -> String.join("; ", list.stream().map(Object::toString).toList());
            case Double number -> java.text.NumberFormat.getInstance(I18n.locale()).format(number);
            case Boolean yes -> I18n.text(yes ? "value.yes" : "value.no");
            default -> value.toString();
        }));
        return values;
    }

    private Entity store(Entity entity, boolean create) {
        try {
            return create ? workspace.store().create(entity) : workspace.store().update(entity);
        } catch (InvalidRecordException e) {
            throw new FormErrors(fieldMessages(e));
        }
    }

    private static Map<String, String> fieldMessages(InvalidRecordException e) {
        var messages = new LinkedHashMap<String, String>();
        for (Violation v : e.violations()) {
            messages.put(v.field(), v.reason(I18n.locale()));
        }
        return messages;
    }

    private Map<String, Object> parseAll(String type, Map<String, String> input) {
        var errors = new LinkedHashMap<String, String>();
        var properties = new LinkedHashMap<String, Object>();
        for (Field field : fields(type)) {
            String text = input.getOrDefault(field.name(), "").strip();
            if (text.isEmpty()) {
                if (field.required()) {
                    errors.put(field.name(), I18n.text("form.required"));
                }
                continue;
            }
            try {
                properties.put(field.name(), parse(field, text));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.put(field.name(), I18n.text("form.format." + field.kind().name()));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormErrors(errors);
        }
        return properties;
    }

    private static Object parse(Field field, String text) {
        return switch (field.kind()) {
            case TEXT -> text;
            case CHOICE -> {
                if (!field.choices().contains(text)) {
                    throw new IllegalArgumentException(text);
                }
                yield text;
            }
            case LIST -> Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            case DATE -> text.contains(".") ? LocalDate.parse(text, GERMAN_DATE) : LocalDate.parse(text);
            case NUMBER -> number(text, false);
            case INTEGER -> number(text, true);
            case YES_NO -> switch (text.toLowerCase(Locale.ROOT)) {
                case "ja", "yes", "true" -> Boolean.TRUE;
                case "nein", "no", "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(text);
            };
        };
    }

    /**
     * A number as the user's language writes it: 1.234,56 in German, 1,234.56 in English. Strict,
     * so that 0.5 typed in the German form is refused rather than read as 5.
     */
    static Number number(String text, boolean whole) {
        boolean english = Locale.ENGLISH.getLanguage().equals(I18n.locale().getLanguage());
        String group = java.util.regex.Pattern.quote(english ? "," : ".");
        String decimal = java.util.regex.Pattern.quote(english ? "." : ",");
        String plain = text.replace(" ", "").replace("\u00a0", "");
        String fraction = whole ? "" : "(" + decimal + "\\d+)?";
        if (!plain.matches("[-+]?(\\d{1,3}(" + group + "\\d{3})+|\\d+)" + fraction)) {
            throw new IllegalArgumentException(text);
        }
        String normal = english ? plain.replace(",", "") : plain.replace(".", "").replace(',', '.');
        return whole ? (Number) Long.parseLong(normal) : (Number) Double.parseDouble(normal);
    }

    private static Kind kind(PropertyDefinition property) {
        if (!property.allowed().isEmpty()) {
            return Kind.CHOICE;
        }
        return switch (property.type()) {
            case STRING_LIST -> Kind.LIST;
            case DATE, DATETIME -> Kind.DATE;
            case DECIMAL -> Kind.NUMBER;
            case INTEGER -> Kind.INTEGER;
            case BOOLEAN -> Kind.YES_NO;
            case STRING -> Kind.TEXT;
        };
    }

    /**
     * The properties of a type in the order a form shows them (required first, then as the
     * ontology lists them), so the inspector reads like the form; unknown types give no order.
     */
    public static List<String> propertyOrder(String type) {
        return Ontology.standard().entityType(type).map(definition -> definition.properties().values().stream()
                .sorted((a, b) -> Boolean.compare(b.required(), a.required()))
                .map(p -> p.name()).toList()).orElse(List.of());
    }

    /** The property's label from the bundle ({@code property.<name>}), or its name. */
    public static String label(String property) {
        try {
            return I18n.text("property." + property);
        } catch (IllegalStateException missing) {
            return property;
        }
    }

    /** All the labels a form may need exist in the bundle; used by a test. */
    public List<String> propertyNames() {
        var names = new ArrayList<String>();
        ontology.entityTypes().values().forEach(t -> names.addAll(t.properties().keySet()));
        return names.stream().distinct().sorted().toList();
    }
}
