package org.netzbild.ingest;

import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where the fields of a mapping spec stand in its text, so that a problem with
 * {@code entities[1].properties.birthDate} names the line the user has to change. Built from the
 * YAML parser's node tree, which keeps every node's position (the data binding does not).
 */
final class SpecLines {

    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final Node root;

    private SpecLines(Node root) {
        this.root = root;
    }

    /** The positions of a spec that has already been read without error; never fails. */
    static SpecLines of(String text, LoaderOptions options) {
        try {
            return new SpecLines(new Yaml(options).compose(new StringReader(text)));
        } catch (RuntimeException e) {
            return new SpecLines(null);
        }
    }

    /**
     * The 1-based line of the field at {@code path}, or of the nearest enclosing field that
     * exists (a missing property is named at the mapping that lacks it); 0 if not even that.
     */
    long line(String path) {
        if (root == null || path == null) {
            return 0;
        }
        Node node = root;
        long line = 0;
        Matcher segment = SEGMENT.matcher(path);
        while (segment.find() && node != null) {
            Node next = null;
            if (segment.group(1) != null && node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(segment.group(1))) {
                        next = tuple.getValueNode();
                        line = key.getStartMark().getLine() + 1L;
                        break;
                    }
                }
            } else if (segment.group(2) != null && node instanceof SequenceNode sequence) {
                int index = Integer.parseInt(segment.group(2));
                if (index < sequence.getValue().size()) {
                    next = sequence.getValue().get(index);
                    line = next.getStartMark().getLine() + 1L;
                }
            }
            node = next;
        }
        return line;
    }

    /** A field's path in the spec and its 1-based line. */
    record Place(String path, long line) {
    }

    /**
     * Where a field named {@code name} stands in a mapping beside at least one field of
     * {@code siblings}: how an unknown field the data binding met in a buffered record is found
     * again (the binding then no longer knows where it was).
     */
    java.util.List<Place> find(String name, java.util.Set<String> siblings) {
        var found = new java.util.ArrayList<Place>();
        if (root != null) {
            find(root, "", name, siblings, found, 0);
        }
        return found;
    }

    private static void find(Node node, String path, String name, java.util.Set<String> siblings,
                             java.util.List<Place> found, int depth) {
        if (depth > 40) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            boolean beside = mapping.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode k
                    && siblings.contains(k.getValue()));
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    if (beside && key.getValue().equals(name)) {
                        found.add(new Place(child, key.getStartMark().getLine() + 1L));
                    }
                    find(tuple.getValueNode(), child, name, siblings, found, depth + 1);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                find(sequence.getValue().get(i), path + "[" + i + "]", name, siblings, found, depth + 1);
            }
        }
    }

    /** The problem, placed on the line of {@code path} unless it names one already. */
    ImportProblem locate(ImportProblem problem, String path) {
        if (problem.line() != 0) {
            return problem;
        }
        return new ImportProblem(problem.file(), line(path), problem.column(), problem.field(), problem.key(),
                problem.arguments());
    }
}
