-- Which claim inserted each delivery: a claim whose reply timed out reads it back to learn
-- whether its own insert won. Rows claimed before this column existed belong to no claim now.
ALTER TABLE deliveries ADD COLUMN claimed_by TEXT;
