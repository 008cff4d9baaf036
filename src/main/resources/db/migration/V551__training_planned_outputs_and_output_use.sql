-- Issue 17, training (night): the outputs a course must produce (decision 0086) and who opened an output, as
-- which kind of reader (decision 0088).

-- The kinds of output a course plans; it closes only when each has at least one recorded output.
ALTER TABLE training_course
    ADD COLUMN planned_outputs VARCHAR(20)[] NOT NULL DEFAULT '{}';

-- The kind of reader who opened an output: BUSINESS (an enterprise or an association), REGULATOR (a ministry,
-- a border authority, a provincial department, a competent body), ORGANISER (the training organisers) or OTHER.
ALTER TABLE training_output_view
    ADD COLUMN reader VARCHAR(10) NOT NULL DEFAULT 'OTHER'
        CHECK (reader IN ('BUSINESS', 'REGULATOR', 'ORGANISER', 'OTHER'));
