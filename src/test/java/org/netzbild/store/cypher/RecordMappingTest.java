package org.netzbild.store.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netzbild.model.Entity;
import org.netzbild.model.Link;
import org.netzbild.schema.Ontology;
import org.netzbild.testsupport.Records;

/**
 * A row comes back as the record it was stored from; a row whose record another transaction
 * deleted between the statement's match and its projection (its properties gone, as Neo4j projects
 * such a node at "read committed") is named as vanished, so the read starts again, instead of
 * failing deep in the mapping as it did under the soak test's concurrent undos.
 */
class RecordMappingTest {

    private final RecordMapping mapping = new RecordMapping(Ontology.standard());
    private final Records records = new Records();

    @Test
    void aStoredEntityAndLinkComeBackAsTheyWere() {
        Entity person = records.person("p", "Ayşe Yılmaz");
        Entity business = records.business("b", "Shisha Lounge Altenessen");
        Link owns = records.link("l", "OWNS", person, business);

        assertThat(mapping.entity(mapping.row(person))).isEqualTo(person);
        var linkRow = new HashMap<>(mapping.row(owns));
        linkRow.put(RecordMapping.LINK_TYPE, "OWNS");
        linkRow.put(RecordMapping.LINK_FROM, person.id());
        linkRow.put(RecordMapping.LINK_TO, business.id());
        assertThat(mapping.link(linkRow)).isEqualTo(owns);
    }

    @Test
    void aRowWhoseRecordWasDeletedUnderTheReadIsNamedAsVanished() {
        Entity person = records.person("p", "Ayşe Yılmaz");
        var gone = new HashMap<String, Object>();
        var onlyItsId = new HashMap<String, Object>(Map.of("id", person.id(), "type", "Person"));

        assertThatThrownBy(() -> mapping.entity(gone)).isInstanceOf(RecordVanished.class);
        assertThatThrownBy(() -> mapping.entity(onlyItsId)).isInstanceOf(RecordVanished.class)
                .hasMessageContaining(person.id());
        assertThatThrownBy(() -> mapping.statement(onlyItsId)).isInstanceOf(RecordVanished.class);
        assertThatThrownBy(() -> mapping.link(gone)).isInstanceOf(RecordVanished.class);
    }

    @Test
    void aLinkWhoseEndWasDeletedUnderTheReadIsNamedAsVanished() {
        Entity person = records.person("p", "Ayşe Yılmaz");
        Entity business = records.business("b", "Shisha Lounge Altenessen");
        var row = new HashMap<>(mapping.row(records.link("l", "OWNS", person, business)));
        row.put(RecordMapping.LINK_TYPE, "OWNS");
        row.put(RecordMapping.LINK_FROM, person.id());

        assertThatThrownBy(() -> mapping.link(row)).isInstanceOf(RecordVanished.class);
    }
}
