package org.netzbild.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.netzbild.model.GraphSlice;

/**
 * Where each entity of a slice is: a municipality is where it is itself; an address is in the
 * municipalities its {@code IN_MUNICIPALITY} links name; a person, business, property or incident
 * is where the addresses it resides, is registered or is located at are. A police authority is the
 * one the reference data names for a municipality (the slice's detail of a Municipality entity).
 */
final class Places {

    private static final Set<String> AT_ADDRESS = Set.of("RESIDES_AT", "REGISTERED_AT", "LOCATED_AT");
    private static final int[] NONE = new int[0];

    private final int[][] municipalities;

    private Places(int[][] municipalities) {
        this.municipalities = municipalities;
    }

    static Places of(GraphSlice slice) {
        List<GraphSlice.Node> nodes = slice.nodes();
        int n = nodes.size();
        int[][] of = new int[n][];
        Arrays.fill(of, NONE);
        for (int v = 0; v < n; v++) {
            if (nodes.get(v).type().equals("Municipality")) {
                of[v] = new int[] {v};
            }
        }
        for (GraphSlice.Edge e : slice.edges()) {
            if (e.type().equals("IN_MUNICIPALITY") && nodes.get(e.to()).type().equals("Municipality")) {
                of[e.from()] = with(of[e.from()], e.to());
            }
        }
        int[][] addressOf = Arrays.copyOf(of, n);
        for (GraphSlice.Edge e : slice.edges()) {
            if (AT_ADDRESS.contains(e.type()) && nodes.get(e.to()).type().equals("Address")) {
                for (int m : addressOf[e.to()]) {
                    of[e.from()] = with(of[e.from()], m);
                }
            }
        }
        return new Places(of);
    }

    /** The indexes of the Municipality entities where entity {@code v} is. */
    int[] municipalities(int v) {
        return municipalities[v];
    }

    private static int[] with(int[] set, int value) {
        for (int x : set) {
            if (x == value) {
                return set;
            }
        }
        int[] grown = Arrays.copyOf(set, set.length + 1);
        grown[set.length] = value;
        return grown;
    }
}
