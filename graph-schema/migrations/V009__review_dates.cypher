// Review dates (§ 75 BDSG, PolG NRW § 22b; ADR 0022): every entity carries reviewBy, the date by
// which it must be reviewed for deletion. Normal reads leave out entities whose date has passed;
// the review queue of the contributing agency's data protection officer finds them by this index.
CREATE INDEX entity_review_by IF NOT EXISTS FOR (n:Entity) ON (n.reviewBy);
// ---- data ----
// Records written before review dates existed get one: the day of the latest event about them (the
// record itself or a later statement) plus the shipped period of their type and agency kind
// ($periods: graph-schema/review-periods.properties; $kinds: agency id to kind). Reference data
// (municipalities, agencies) is no personal data and gets none.
MATCH (n:Entity) WHERE n.reviewBy IS NULL AND n.recordedAt IS NOT NULL AND n.sourceAgency IS NOT NULL
  AND n.sourceAgency <> $referenceSource
OPTIONAL MATCH (s:Statement)-[:STATES]->(n)
WITH n, max(s.recordedAt) AS stated
WITH n, $kinds[n.sourceAgency] AS kind,
     CASE WHEN stated IS NOT NULL AND stated > n.recordedAt THEN stated ELSE n.recordedAt END AS latest
SET n.reviewBy = date(latest) + duration(coalesce($periods['type.' + n.type + '.' + kind], $periods['type.' + n.type],
    $periods['agency.' + kind], $periods['default']));
