package org.netzbild.demo;

import java.util.List;

/**
 * A municipality as the generator needs it: the reference data's id, name, district and police
 * authority with the demo's population weight, postal-code range, plate codes and area code.
 */
record Place(int index, String id, String name, String district, String policeAuthority, int population,
             int postalFrom, int postalTo, List<String> plateCodes, String areaCode) {
}
