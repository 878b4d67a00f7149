package org.netzbild.model;

import java.util.List;

/**
 * Entities and links around a centre.
 *
 * @param truncated whether more neighbours exist than the request's limit allowed
 */
public record Neighbourhood(String centreId, List<Entity> entities, List<Link> links, boolean truncated) {

    public Neighbourhood {
        entities = List.copyOf(entities);
        links = List.copyOf(links);
    }
}
