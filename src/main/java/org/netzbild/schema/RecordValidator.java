package org.netzbild.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.model.Statement;
import org.netzbild.model.WriteBatch;

/**
 * Checks entities and links against the ontology before they are written: known type, known
 * properties of the right type and enumeration, required properties present, link endpoints of
 * allowed types. Unknown properties are refused rather than stored, so nothing outside the
 * ontology (such as a special category of personal data) can slip into the graph.
 */
public final class RecordValidator {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");
    private static final Set<String> RESERVED = Set.of("id", "type", "searchText");

    private final Ontology ontology;

    public RecordValidator(Ontology ontology) {
        this.ontology = ontology;
    }

    public List<Violation> check(Entity entity) {
        var problems = new ArrayList<Violation>();
        checkId(entity.id(), entity.id(), problems);
        ontology.entityType(entity.type()).ifPresentOrElse(
                type -> checkProperties(entity.id(), entity.properties(), type.properties(), problems),
                () -> problems.add(Violation.of(entity.id(), "type", "violation.unknownEntityType", entity.type())));
        return problems;
    }

    /**
     * @param typeOf the entity type of an endpoint id (from the same batch or the store), or
     *               {@code null} when no such entity exists
     */
    public List<Violation> check(Link link, Function<String, String> typeOf) {
        var problems = new ArrayList<Violation>();
        checkId(link.id(), link.id(), problems);
        var type = ontology.linkType(link.type());
        if (type.isEmpty()) {
            problems.add(Violation.of(link.id(), "type", "violation.unknownLinkType", link.type()));
            return problems;
        }
        checkProperties(link.id(), link.properties(), type.get().properties(), problems);
        String fromType = typeOf.apply(link.fromId());
        String toType = typeOf.apply(link.toId());
        if (fromType == null) {
            problems.add(Violation.of(link.id(), "from", "violation.noEntity", link.fromId()));
        }
        if (toType == null) {
            problems.add(Violation.of(link.id(), "to", "violation.noEntity", link.toId()));
        }
        if (fromType != null && toType != null && !type.get().allows(fromType, toType)) {
            problems.add(Violation.of(link.id(), "type", "violation.cannotJoin", link.type(), fromType, toType));
        }
        return problems;
    }

    /**
     * A further statement about an entity of type {@code entityType} ({@code null}: no such
     * entity). It may state any subset of the type's properties, but at least one; required
     * properties stay with the entity's own record.
     */
    public List<Violation> check(Statement statement, String entityType) {
        var problems = new ArrayList<Violation>();
        checkId(statement.id(), statement.id(), problems);
        if (entityType == null) {
            problems.add(Violation.of(statement.id(), "entity", "violation.noEntity", statement.entityId()));
            return problems;
        }
        if (statement.properties().isEmpty()) {
            problems.add(Violation.of(statement.id(), "properties", "violation.emptyStatement"));
        }
        ontology.entityType(entityType).ifPresent(type -> {
            var stated = new ArrayList<Violation>();
            checkProperties(statement.id(), statement.properties(), type.properties(), stated);
            stated.stream().filter(v -> !v.key().equals("violation.required")).forEach(problems::add);
        });
        return problems;
    }

    /** Checks a whole batch; links and statements may point at entities of the batch or at {@code storedTypeOf}. */
    public void requireValid(WriteBatch batch, Function<String, String> storedTypeOf) {
        var problems = new ArrayList<Violation>();
        Map<String, String> batchTypes = new java.util.HashMap<>();
        for (Entity entity : batch.entities()) {
            problems.addAll(check(entity));
            if (batchTypes.put(entity.id(), entity.type()) != null) {
                problems.add(Violation.of(entity.id(), "id", "violation.twice"));
            }
        }
        for (Link link : batch.links()) {
            problems.addAll(check(link, id -> batchTypes.containsKey(id) ? batchTypes.get(id) : storedTypeOf.apply(id)));
        }
        var statementIds = new java.util.HashSet<String>();
        for (Statement statement : batch.statements()) {
            String id = statement.entityId();
            problems.addAll(check(statement, batchTypes.containsKey(id) ? batchTypes.get(id) : storedTypeOf.apply(id)));
            if (!statementIds.add(statement.id()) || batchTypes.containsKey(statement.id())) {
                problems.add(Violation.of(statement.id(), "id", "violation.twice"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
    }

    private static void checkId(String recordId, String id, List<Violation> problems) {
        if (!isId(id)) {
            problems.add(Violation.of(recordId, "id", "violation.idFormat"));
        }
    }

    /** {@link #ID} without the regex engine: checked for every record of an import. */
    static boolean isId(String id) {
        int length = id.length();
        if (length == 0 || length > 128 || !isIdChar(id.charAt(0), false)) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            if (!isIdChar(id.charAt(i), true)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdChar(char c, boolean punctuation) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || (punctuation && (c == '.' || c == '_' || c == ':' || c == '-'));
    }

    private static void checkProperties(String recordId, Map<String, Object> values,
                                        Map<String, PropertyDefinition> definitions, List<Violation> problems) {
        values.forEach((name, value) -> {
            PropertyDefinition def = definitions.get(name);
            if (def == null || RESERVED.contains(name)) {
                problems.add(Violation.of(recordId, name, "violation.notAProperty"));
            } else if (!def.type().accepts(value)) {
                problems.add(Violation.of(recordId, name, "violation.wrongType", def.type().name().toLowerCase(java.util.Locale.ROOT),
                        value.getClass().getSimpleName()));
            } else if (!def.allowed().isEmpty() && !def.allowed().contains(value.toString())) {
                problems.add(Violation.of(recordId, name, "violation.notAllowed", value.toString(), def.allowed().toString()));
            } else if (value instanceof String text && text.isBlank() && def.required()) {
                problems.add(Violation.of(recordId, name, "violation.empty"));
            }
        });
        definitions.values().stream()
                .filter(PropertyDefinition::required)
                .filter(def -> !values.containsKey(def.name()))
                .forEach(def -> problems.add(Violation.of(recordId, def.name(), "violation.required")));
    }
}
