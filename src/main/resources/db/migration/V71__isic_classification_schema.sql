-- ISIC Rev.4, the UN's classification of economic activities: an enterprise's sector is one of its classes.
-- Kept with its sections, divisions and groups so that a search by section or division finds the classes
-- under it. V72 loads it. English titles only: no Vietnamese or Lao titles were available to ship.

CREATE TABLE isic_class (
    code     VARCHAR(4)   PRIMARY KEY,
    level    VARCHAR(8)   NOT NULL CHECK (level IN ('SECTION', 'DIVISION', 'GROUP', 'CLASS')),
    parent   VARCHAR(4)   REFERENCES isic_class (code),
    section  CHAR(1)      NOT NULL,
    title_en VARCHAR(200) NOT NULL
);
CREATE INDEX isic_class_section ON isic_class (section, level);
