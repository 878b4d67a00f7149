package org.netzbild.store.embedded;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.netzbild.model.Entity;
import org.netzbild.model.ImportRecord;
import org.netzbild.model.Link;
import org.netzbild.model.Statement;
import org.netzbild.model.WriteBatch;
import org.netzbild.schema.Migrations;
import org.netzbild.schema.Ontology;
import org.netzbild.schema.PropertyDefinition;
import org.netzbild.schema.PropertyType;
import org.netzbild.schema.RecordValidator;
import org.netzbild.security.Visibility;
import org.netzbild.store.StoreException;
import org.netzbild.store.cypher.CypherGraphStore;
import org.netzbild.store.cypher.RecordMapping;

/**
 * A load into an empty embedded store through Neo4j's offline importer (ADR 0011), for a first
 * import of millions of records. Records arrive as write batches, are validated against the ontology
 * as the store would, and are written as the importer's CSV input with exactly the properties the
 * transactional path stores ({@link RecordMapping}). {@link #load} then runs the importer in a child
 * process into a fresh database folder beside the workspace's store, migrates that database and
 * waits for its indexes; {@link #commit} makes it the workspace's store by one atomic rename
 * ({@link StoreFolders}). Until that rename the workspace's store is untouched, so a killed process
 * leaves the old store and a folder the next open deletes; after it, the whole import.
 *
 * <p>Only for a store that holds nothing but reference data: the importer writes a new database,
 * it cannot add to one.
 */
public final class BulkLoad implements org.netzbild.store.BulkLoader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BulkLoad.class);
    /** Between a list's elements and a node's labels; a value that holds it cannot be loaded this way. */
    static final char ARRAY_DELIMITER = '\u001F';
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final List<String> ENTITY_SYSTEM = List.of("type", "searchText", "importId", "nameKeys");

    private final Path workspace;
    private final Ontology ontology;
    private final RecordValidator validator;
    private final RecordMapping mapping;
    private final Path database;
    private final Path input;
    private final FileChannel lockFile;
    private final FileLock lock;
    private final Map<String, CsvFile> files = new LinkedHashMap<>();
    /** Every entity id written, with its type: links are checked against it as the store checks them. */
    private final Map<String, String> typeOf = new HashMap<>();
    private final Map<String, Entity> reference = new HashMap<>();
    private final Consumer<String> written;
    private boolean multiline;
    private boolean imported;
    private boolean loaded;

    /**
     * Starts a load into a new folder of {@code workspace}; {@code written} sees the id of every
     * record written (for the audit entry).
     */
    public BulkLoad(Path workspace, Ontology ontology, Consumer<String> written) {
        this.workspace = workspace.toAbsolutePath();
        this.ontology = ontology;
        this.validator = new RecordValidator(ontology);
        this.mapping = new RecordMapping(ontology);
        this.written = written;
        try {
            Files.createDirectories(this.workspace);
            this.lockFile = FileChannel.open(this.workspace.resolve(StoreFolders.LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            this.lock = StoreFolders.tryLock(lockFile);
            if (lock == null) {
                lockFile.close();
                throw new StoreException("another bulk load is running in " + this.workspace);
            }
            this.database = StoreFolders.newBulkFolder(this.workspace);
            this.input = this.database.resolveSibling(database.getFileName() + ".input");
            try {
                Files.createDirectories(input);
            } catch (IOException e) {
                lock.release();
                lockFile.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference data the store held (municipalities, police authorities): loaded first, outside the import. */
    public void reference(WriteBatch batch) {
        batch.entities().forEach(e -> reference.put(e.id(), e));
        append(batch, id -> { });
    }

    /** The workspace's accounts, as {@code :NetzbildAccount} nodes of the new database (migration V008). */
    public void accounts(List<org.netzbild.security.Account> accounts) {
        try {
            for (var account : accounts) {
                var row = new LinkedHashMap<String, Object>();
                row.put(":LABEL", "NetzbildAccount");
                row.put("name", account.name());
                row.put("agency", account.agency());
                row.put("roles", account.roles().stream().map(Enum::name).sorted().toList());
                row.put("enabled", account.enabled());
                row.put("password", account.password().encoded());
                file("accounts", BulkLoad::accountColumns).append(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference entities of these ids, as the importer finds them already in the target. */
    public List<Entity> entities(Collection<String> ids) {
        return ids.stream().map(reference::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Validates a batch as the store's write would and appends it to the importer's input. */
    public void write(WriteBatch batch) {
        append(batch, written);
    }

    private void append(WriteBatch batch, Consumer<String> written) {
        batch.entities().forEach(e -> typeOf.put(e.id(), e.type()));
        validator.requireValid(batch, typeOf::get);
        String importId = batch.importId();
        try {
            for (Entity entity : batch.entities()) {
                var row = marked(mapping.row(entity), importId);
                row.put(":LABEL", "Entity" + ARRAY_DELIMITER + entity.type());
                file("nodes-" + entity.type(), () -> entityColumns(entity.type())).append(row);
                written.accept(entity.id());
            }
            for (Link link : batch.links()) {
                var row = marked(mapping.row(link), importId);
                row.put(":START_ID", link.fromId());
                row.put(":END_ID", link.toId());
                row.put(":TYPE", link.type());
                file("links-" + link.type(), () -> linkColumns(link.type())).append(row);
                written.accept(link.id());
            }
            for (Statement statement : batch.statements()) {
                String type = typeOf.get(statement.entityId());
                var row = marked(mapping.row(statement, type), importId);
                row.put(":LABEL", "Statement");
                file("statements-" + type, () -> statementColumns(type)).append(row);
                file("states", BulkLoad::statesColumns).append(Map.of(":START_ID", statement.id(),
                        ":END_ID", statement.entityId(), ":TYPE", "STATES"));
                written.accept(statement.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> marked(Map<String, Object> row, String importId) {
        if (importId != null) {
            row.put("importId", importId);
        }
        return row;
    }

    /**
     * Runs the importer over everything written, with {@code record} (complete, with its count) as
     * the import node, into the new database folder. The workspace's store is not touched.
     */
    public void importRecords(ImportRecord record) {
        try {
            var row = new LinkedHashMap<String, Object>();
            row.put("id", record.id());
            row.put(":LABEL", "NetzbildImport");
            row.put("label", record.label());
            row.put("agency", record.agency());
            row.put("user", record.user());
            row.put("startedAt", ZonedDateTime.ofInstant(record.startedAt(), ZoneOffset.UTC));
            // the last sign of life of an import (its lease, org.netzbild.store.ImportLease), as every import keeps it
            row.put("heartbeatAt", ZonedDateTime.now(ZoneOffset.UTC));
            row.put("status", ImportRecord.Status.COMPLETE.name());
            row.put("records", record.records());
            file("import", BulkLoad::importColumns).append(row);
            for (CsvFile file : files.values()) {
                file.out.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var arguments = new ArrayList<String>();
        // relative to the input folder, where the importer runs (see importInChildProcess)
        files.values().forEach(f -> arguments.add((f.relationships ? "--relationships=" : "--nodes=") + "./" + f.path.getFileName()));
        arguments.add("--id-type=string");
        arguments.add("--array-delimiter=" + ARRAY_DELIMITER);
        arguments.add("--multiline-fields=" + multiline);
        arguments.add("--bad-tolerance=0");
        arguments.add("--report-file=./import.report");
        arguments.add("--overwrite-destination=true");
        arguments.add("neo4j");
        OfflineImporter.importInChildProcess(database, arguments, input.resolve("importer.log"),
                workspace.resolve("bulk-import-failed.log"));
        imported = true;
    }

    /** Opens the new database once: creates the constraints and indexes and waits until they are online. */
    public void buildIndexes() {
        if (!imported) {
            throw new IllegalStateException("nothing imported");
        }
        var runner = EmbeddedRunner.open(database);
        try {
            new CypherGraphStore(runner, ontology, Visibility.everything()).migrate(Migrations.standard());
        } finally {
            runner.close();
        }
        loaded = true;
    }

    /** Makes the loaded database the workspace's store; the store it replaces must be closed. */
    public void commit() {
        if (!loaded) {
            throw new IllegalStateException("nothing loaded");
        }
        Path replaced = StoreFolders.current(workspace);
        StoreFolders.switchTo(workspace, database);
        LOG.info("the bulk load in {} is now the store of {}", database, workspace);
        try {
            StoreFolders.deleteTree(input);
            StoreFolders.deleteTree(replaced);
        } catch (IOException e) {
            LOG.warn("left for the next open to delete: {}", e.toString());
        }
    }

    /** Releases the lock; a load not committed leaves its folders, deleted now or at the next open. */
    @Override
    public void close() {
        files.values().forEach(f -> {
            try {
                f.out.close();
            } catch (IOException e) {
                LOG.debug("closing {}: {}", f.path, e.toString());
            }
        });
        try {
            if (!StoreFolders.current(workspace).equals(database)) {
                for (Path folder : List.of(input, database)) {
                    if (Files.exists(folder)) {
                        StoreFolders.deleteTree(folder);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("left for the next open to delete: {}", e.toString());
        }
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            LOG.debug("releasing the bulk-load lock: {}", e.toString());
        }
    }

    // ---------------------------------------------------------------- the importer's CSV format

    private record Column(String name, PropertyType type, String header) {
        static Column of(String name, PropertyType type) {
            return new Column(name, type, name + suffix(type));
        }

        static Column plain(String header) {
            return new Column(header, null, header);
        }

        private static String suffix(PropertyType type) {
            return switch (type) {
                case STRING -> "";
                case STRING_LIST -> ":string[]";
                case INTEGER -> ":long";
                case DECIMAL -> ":double";
                case BOOLEAN -> ":boolean";
                case DATE -> ":date";
                case DATETIME -> ":datetime";
            };
        }
    }

    private List<Column> entityColumns(String type) {
        var columns = new ArrayList<Column>();
        columns.add(new Column("id", PropertyType.STRING, "id:ID"));
        columns.add(Column.plain(":LABEL"));
        ENTITY_SYSTEM.forEach(c -> columns.add(Column.of(c, PropertyType.STRING)));
        columns.addAll(properties(ontology.entityType(type).orElseThrow().properties()));
        columns.addAll(properties(ontology.provenance()));
        return columns;
    }

    private List<Column> statementColumns(String type) {
        var columns = new ArrayList<>(entityColumns(type));
        columns.add(Column.of("entityId", PropertyType.STRING));
        return columns;
    }

    private List<Column> linkColumns(String type) {
        var columns = new ArrayList<Column>();
        List.of(":START_ID", ":END_ID", ":TYPE").forEach(c -> columns.add(Column.plain(c)));
        columns.add(Column.of("id", PropertyType.STRING));
        columns.add(Column.of("importId", PropertyType.STRING));
        columns.addAll(properties(ontology.linkType(type).orElseThrow().properties()));
        columns.addAll(properties(ontology.provenance()));
        return columns;
    }

    private static List<Column> statesColumns() {
        return List.of(Column.plain(":START_ID"), Column.plain(":END_ID"), Column.plain(":TYPE"));
    }

    private static List<Column> accountColumns() {
        return List.of(Column.plain(":LABEL"), Column.of("name", PropertyType.STRING), Column.of("agency", PropertyType.STRING),
                Column.of("roles", PropertyType.STRING_LIST), Column.of("enabled", PropertyType.BOOLEAN),
                Column.of("password", PropertyType.STRING));
    }

    private static List<Column> importColumns() {
        return List.of(new Column("id", PropertyType.STRING, "id:ID"), Column.plain(":LABEL"),
                Column.of("label", PropertyType.STRING), Column.of("agency", PropertyType.STRING),
                Column.of("user", PropertyType.STRING), Column.of("startedAt", PropertyType.DATETIME),
                Column.of("heartbeatAt", PropertyType.DATETIME), Column.of("status", PropertyType.STRING),
                Column.of("records", PropertyType.INTEGER));
    }

    private static List<Column> properties(Map<String, PropertyDefinition> definitions) {
        // sorted, so that the files read the same from run to run
        return new TreeMap<>(definitions).values().stream().map(d -> Column.of(d.name(), d.type())).toList();
    }

    private CsvFile file(String name, java.util.function.Supplier<List<Column>> columns) throws IOException {
        CsvFile file = files.get(name);
        if (file == null) {
            file = new CsvFile(input.resolve(name + ".csv"), columns.get(), name.startsWith("links-") || name.equals("states"));
            files.put(name, file);
        }
        return file;
    }

    private final class CsvFile {
        final Path path;
        final List<Column> columns;
        final boolean relationships;
        final BufferedWriter out;
        private final StringBuilder line = new StringBuilder(512);

        CsvFile(Path path, List<Column> columns, boolean relationships) throws IOException {
            this.path = path;
            this.columns = columns;
            this.relationships = relationships;
            this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            out.write(String.join(",", columns.stream().map(Column::header).toList()));
            out.write('\n');
        }

        void append(Map<String, Object> row) throws IOException {
            int known = 0;
            line.setLength(0);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (i > 0) {
                    line.append(',');
                }
                Object value = row.get(column.name());
                if (value != null) {
                    known++;
                    cell(column, value);
                }
            }
            if (known != row.size()) {
                var unplaced = new ArrayList<>(row.keySet());
                columns.forEach(c -> unplaced.remove(c.name()));
                throw new StoreException("no column in " + path.getFileName() + " for " + unplaced);
            }
            line.append('\n');
            out.append(line);
        }

        private void cell(Column column, Object value) {
            if (column.type() == null) {
                text(value.toString());
                return;
            }
            switch (column.type()) {
                case STRING -> text((String) value);
                case STRING_LIST -> {
                    var joined = new StringBuilder();
                    for (Object element : (List<?>) value) {
                        String text = element.toString();
                        if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                            throw new StoreException("a value of " + column.name() + " holds the control character U+001F");
                        }
                        if (!joined.isEmpty()) {
                            joined.append(ARRAY_DELIMITER);
                        }
                        joined.append(text);
                    }
                    text(joined.toString());
                }
                case INTEGER, DECIMAL, BOOLEAN -> line.append(value);
                case DATE -> line.append((LocalDate) value);
                case DATETIME -> line.append(switch (value) {
                    case ZonedDateTime z -> DATETIME.format(z);
                    case OffsetDateTime o -> DATETIME.format(o);
                    case Instant instant -> DATETIME.format(instant.atOffset(ZoneOffset.UTC));
                    default -> throw new StoreException("not a point in time: " + value);
                });
            }
        }

        private void text(String text) {
            if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
                multiline = true;
            }
            line.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    line.append('"');
                }
                line.append(c);
            }
            line.append('"');
        }
    }
}
