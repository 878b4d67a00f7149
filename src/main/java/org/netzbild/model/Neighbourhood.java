package org.netzbild.model;

import java.util.List;

/**
 * Entities and links around a centre.
 *
 * @param truncated whether more neighbours exist than the request's limit allowed
 * @param unshown   how many direct neighbours of the centre are neither returned nor excluded
 *                  (the "+N more" of a hub); 0 when not truncated
 */
public record Neighbourhood(String centreId, List<Entity> entities, List<Link> links, boolean truncated,
                            long unshown) {

    public Neighbourhood {
        entities = List.copyOf(entities);
        links = List.copyOf(links);
    }
}
