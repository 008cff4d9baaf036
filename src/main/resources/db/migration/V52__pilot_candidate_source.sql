-- A candidate proposed by another module (decision 0044): where it came from, e.g. 'expo-agreement:12'.
-- At most one candidate per source in an evaluation, so proposing twice does not make two.
ALTER TABLE pilot_candidate ADD COLUMN source_ref VARCHAR(100);
CREATE UNIQUE INDEX pilot_candidate_source ON pilot_candidate (evaluation_id, source_ref) WHERE source_ref IS NOT NULL;
