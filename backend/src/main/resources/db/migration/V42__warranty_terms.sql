-- Warranty and entitlement (document 5: the warranty terms are bound to the sales contract). A product of the
-- catalogue carries its terms: months from installation, what they cover, and the fee of a repair once they have
-- run out; an asset carries the contract number of its warranty card. Its warranty end is the installation date
-- plus the product's months unless it was set by hand.
ALTER TABLE catalog_item
    ADD COLUMN warranty_months integer CHECK (warranty_months BETWEEN 0 AND 240),
    ADD COLUMN warranty_covers text CHECK (char_length(warranty_covers) <= 1000),
    ADD COLUMN out_of_warranty_fee numeric(12, 2) CHECK (out_of_warranty_fee >= 0),
    ADD CONSTRAINT catalog_item_warranty_only_products CHECK (kind = 'PRODUCT'
        OR (warranty_months IS NULL AND warranty_covers IS NULL AND out_of_warranty_fee IS NULL));
ALTER TABLE asset ADD COLUMN contract_number text CHECK (char_length(contract_number) <= 64);
