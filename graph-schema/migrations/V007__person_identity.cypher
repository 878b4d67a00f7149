// Finding a person by name and birth date (the ontology's identity key, used by every import to
// merge instead of duplicating) seeks both at once. With the name index alone, a common name
// ("Jürgen Müller") is read for every person of that name and filtered by birth date.
CREATE INDEX person_identity IF NOT EXISTS FOR (n:Person) ON (n.name, n.birthDate);
