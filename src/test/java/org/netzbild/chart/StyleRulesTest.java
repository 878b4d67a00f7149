package org.netzbild.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StyleRulesTest {

    @Test
    void rulesAreReadBySelectorWithCommentsIgnored() {
        var rules = StyleRules.parse("/* a comment { } */ node { size: 14px; }\nnode.Person { fill-color: #2f6fb0; }");

        assertThat(rules.rule("node")).containsEntry("size", "14px");
        assertThat(rules.rule("node.Person")).containsEntry("fill-color", "#2f6fb0");
        assertThat(rules.rule("edge")).isEmpty();
    }

    @Test
    void anUnknownPropertyFailsNamingTheRule() {
        assertThatThrownBy(() -> StyleRules.parse("node.Person { fill-colour: #2f6fb0; }"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fill-colour").hasMessageContaining("node.Person");
    }

    @Test
    void textOutsideARuleFails() {
        assertThatThrownBy(() -> StyleRules.parse("node { size: 1px; } stray"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stray");
    }

    @Test
    void anUnknownSelectorFails() {
        assertThatThrownBy(() -> StyleRules.parse("node.Person, node.Vehicle { size: 1px; }"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("selector");
    }
}
