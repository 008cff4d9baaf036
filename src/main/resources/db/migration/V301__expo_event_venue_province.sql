-- The Expo's venue as a reference province (issue 14, decision 0042): the code of a province of the venue's
-- country, so that pages name it in each reader's language; the city stays as free text beside it. Nullable: events
-- recorded before this change keep only their city until an organiser sets the province.
ALTER TABLE expo_event ADD COLUMN venue_province VARCHAR(6);
