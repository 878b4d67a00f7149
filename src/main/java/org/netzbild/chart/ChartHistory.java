package org.netzbild.chart;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The current chart state with undo and redo. Every chart operation (add, expand, hide, pin,
 * delete from chart, filter) goes through {@link #apply}; states are immutable, so keeping the
 * earlier ones is the whole of undo. The history is capped so a long session cannot exhaust
 * memory.
 */
public final class ChartHistory {

    /** A named step, shown in the Edit menu as "Undo <label>". */
    public record Step(String label, ChartState before) {
    }

    private static final int LIMIT = 200;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private ChartState current;

    public ChartHistory(ChartState initial) {
        this.current = Objects.requireNonNull(initial);
    }

    public ChartState current() {
        return current;
    }

    /** Makes {@code next} current; a change equal to the current state is not recorded. */
    public ChartState apply(String label, ChartState next) {
        if (next.equals(current)) {
            return current;
        }
        undo.push(new Step(label, current));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        current = next;
        return current;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public String undoLabel() {
        return undo.isEmpty() ? "" : undo.peek().label();
    }

    public String redoLabel() {
        return redo.isEmpty() ? "" : redo.peek().label();
    }

    public ChartState undo() {
        if (undo.isEmpty()) {
            return current;
        }
        Step step = undo.pop();
        redo.push(new Step(step.label(), current));
        current = step.before();
        return current;
    }

    public ChartState redo() {
        if (redo.isEmpty()) {
            return current;
        }
        Step step = redo.pop();
        undo.push(new Step(step.label(), current));
        current = step.before();
        return current;
    }

    /** Starts over, e.g. when another chart is opened. */
    public void reset(ChartState state) {
        undo.clear();
        redo.clear();
        current = state;
    }
}
