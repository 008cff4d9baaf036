-- Curated value-chain links for partner matching: an offer of the input (an HS code used as a prefix) by one
-- enterprise is an input to the product (another HS prefix) offered by an enterprise across the border, so
-- the two are matched even though neither needs what the other offers. Analysts edit the links through the
-- API; V91 seeds the reference set. Strength in (0, 1] is the product fit the link gives (docs/matching.md).

CREATE TABLE matching_value_chain_link (
    id             BIGSERIAL PRIMARY KEY,
    input_prefix   VARCHAR(8)   NOT NULL CHECK (input_prefix ~ '^([0-9]{2}){1,4}$'),
    product_prefix VARCHAR(8)   NOT NULL CHECK (product_prefix ~ '^([0-9]{2}){1,4}$'),
    strength       NUMERIC(3, 2) NOT NULL CHECK (strength > 0 AND strength <= 1),
    note           VARCHAR(500),
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (input_prefix, product_prefix),
    CHECK (input_prefix <> product_prefix)
);
