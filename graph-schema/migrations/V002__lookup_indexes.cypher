// Lookup indexes for the identity keys of the ontology and for the filters every read applies.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_birth_date IF NOT EXISTS FOR (n:Person) ON (n.birthDate);
CREATE INDEX business_register IF NOT EXISTS FOR (n:Business) ON (n.registerNumber);
CREATE INDEX property_land_registry IF NOT EXISTS FOR (n:Property) ON (n.landRegistryRef);
CREATE INDEX vehicle_plate IF NOT EXISTS FOR (n:Vehicle) ON (n.plate);
CREATE INDEX vehicle_vin IF NOT EXISTS FOR (n:Vehicle) ON (n.vin);
CREATE INDEX address_full IF NOT EXISTS FOR (n:Address) ON (n.full);
CREATE INDEX identifier_value IF NOT EXISTS FOR (n:Identifier) ON (n.value);
CREATE INDEX incident_date IF NOT EXISTS FOR (n:Incident) ON (n.dateFrom);
CREATE INDEX incident_case_ref IF NOT EXISTS FOR (n:Incident) ON (n.caseRef);
CREATE INDEX case_ref IF NOT EXISTS FOR (n:Case) ON (n.caseRef);
CREATE INDEX municipality_ags IF NOT EXISTS FOR (n:Municipality) ON (n.ags);
CREATE INDEX entity_source_agency IF NOT EXISTS FOR (n:Entity) ON (n.sourceAgency);
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
