package org.netzbild.layout;

import java.util.Arrays;
import java.util.List;

/**
 * The layering step of a Sugiyama-style drawing (K. Sugiyama, S. Tagawa, M. Toda, "Methods for
 * visual understanding of hierarchical system structures", IEEE SMC 11(2), 1981): every vertex
 * goes one layer below its deepest predecessor (longest path from the sources). Real ownership
 * data can hold cycles (A owns B owns A); links that close a cycle in depth-first order are left
 * out of the layering instead of failing.
 */
final class LongestPathLayering {

    private LongestPathLayering() {
    }

    /** Layer of each vertex 0..n-1 given its successors; sources are on layer 0. */
    static int[] layers(int n, List<List<Integer>> successors) {
        int[] order = topologicalOrderIgnoringBackLinks(n, successors);
        int[] layer = new int[n];
        int[] position = new int[n];
        for (int k = 0; k < n; k++) {
            position[order[k]] = k;
        }
        for (int v : order) {
            for (int w : successors.get(v)) {
                if (position[w] > position[v]) {
                    layer[w] = Math.max(layer[w], layer[v] + 1);
                }
            }
        }
        return layer;
    }

    /** Reverse post-order of an iterative depth-first search; a back link then points backwards in it. */
    private static int[] topologicalOrderIgnoringBackLinks(int n, List<List<Integer>> successors) {
        int[] state = new int[n];
        int[] next = new int[n];
        int[] stack = new int[n];
        int[] postOrder = new int[n];
        int done = 0;
        for (int root = 0; root < n; root++) {
            if (state[root] != 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            state[root] = 1;
            while (top > 0) {
                int v = stack[top - 1];
                List<Integer> out = successors.get(v);
                if (next[v] < out.size()) {
                    int w = out.get(next[v]++);
                    if (state[w] == 0) {
                        state[w] = 1;
                        stack[top++] = w;
                    }
                } else {
                    state[v] = 2;
                    postOrder[done++] = v;
                    top--;
                }
            }
        }
        int[] order = Arrays.copyOf(postOrder, n);
        for (int k = 0; k < n / 2; k++) {
            int t = order[k];
            order[k] = order[n - 1 - k];
            order[n - 1 - k] = t;
        }
        return order;
    }
}
