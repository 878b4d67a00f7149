package org.netzbild.demo;

import java.util.List;

/** A household just made, remembered briefly so the next ones can be its siblings, cousins and in-laws. */
record RecentHousehold(NamePool pool, List<String> surname, List<Integer> adults, Place place) {
}
