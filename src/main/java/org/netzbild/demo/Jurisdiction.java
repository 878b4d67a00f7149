package org.netzbild.demo;

import java.util.SplittableRandom;
import org.netzbild.model.AgencyKind;

/** The agencies responsible for one municipality, one per kind (two for tax and municipal offices). */
record Jurisdiction(DemoAgency police, DemoAgency prosecution, DemoAgency customs, DemoAgency taxOffice,
                    DemoAgency taxInvestigation, DemoAgency publicOrder, DemoAgency tradeOffice,
                    DemoAgency jobCentre, DemoAgency foreignersAuthority) {

    /** The agency of {@code kind}; where a kind has two offices, either may have recorded it. */
    DemoAgency of(AgencyKind kind, SplittableRandom random) {
        return switch (kind) {
            case POLICE, OTHER -> police;
            case PROSECUTION -> prosecution;
            case CUSTOMS -> customs;
            case TAX -> random.nextInt(10) < 7 ? taxOffice : taxInvestigation;
            case MUNICIPAL -> random.nextBoolean() ? publicOrder : tradeOffice;
            case SOCIAL -> jobCentre;
            case IMMIGRATION -> foreignersAuthority;
        };
    }
}
