// The graph's constraints and indexes. Applied by Graph.apply_schema(); every line is
// idempotent. No parameters.

// Identity: every node has a `key` unique within its label (see docs/model.md).
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT department_key IF NOT EXISTS FOR (n:Department) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT role_key IF NOT EXISTS FOR (n:Role) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT duty_key IF NOT EXISTS FOR (n:Duty) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT kpi_key IF NOT EXISTS FOR (n:KPI) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT authority_key IF NOT EXISTS FOR (n:Authority) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT report_key IF NOT EXISTS FOR (n:Report) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.key IS UNIQUE;

// Lookups by organisation and by name.
CREATE INDEX role_org IF NOT EXISTS FOR (n:Role) ON (n.org);
CREATE INDEX role_name IF NOT EXISTS FOR (n:Role) ON (n.name);
CREATE INDEX department_org IF NOT EXISTS FOR (n:Department) ON (n.org);
CREATE INDEX duty_org IF NOT EXISTS FOR (n:Duty) ON (n.org);
CREATE INDEX source_hash IF NOT EXISTS FOR (n:Source) ON (n.hash);

// Provenance: a source's facts are found (and removed) through these.
CREATE INDEX reports_to_source IF NOT EXISTS FOR ()-[r:REPORTS_TO]-() ON (r.source);
CREATE INDEX responsible_for_source IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.source);
CREATE INDEX measured_by_source IF NOT EXISTS FOR ()-[r:MEASURED_BY]-() ON (r.source);
CREATE INDEX has_authority_source IF NOT EXISTS FOR ()-[r:HAS_AUTHORITY]-() ON (r.source);
CREATE INDEX submits_source IF NOT EXISTS FOR ()-[r:SUBMITS]-() ON (r.source);
CREATE INDEX to_source IF NOT EXISTS FOR ()-[r:TO]-() ON (r.source);
CREATE INDEX coordinates_with_source IF NOT EXISTS FOR ()-[r:COORDINATES_WITH]-() ON (r.source);
CREATE INDEX in_source IF NOT EXISTS FOR ()-[r:IN]-() ON (r.source);
CREATE INDEX part_of_source IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.source);
CREATE INDEX holds_source IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.source);

// Full-text search over names and duty texts; the CJK analyzer cuts Chinese into bigrams.
CREATE FULLTEXT INDEX text_search IF NOT EXISTS
FOR (n:Organization|Department|Role|Duty|KPI|Authority|Report|Person) ON EACH [n.name, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
