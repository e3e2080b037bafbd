-- The bundled catalogue: a release may come from a data set (its id and file), and each version
-- keeps what the catalogue filters and sorts on (name, producer, licences, classes, exemptions)
-- as JSON, so that the catalogue is built without reading reports.
ALTER TABLE releases ADD COLUMN dataset TEXT;
ALTER TABLE releases ADD COLUMN source TEXT;
ALTER TABLE versions ADD COLUMN facets TEXT;
