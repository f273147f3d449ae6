-- Prop lifecycle: open -> closed (start time passed, computed at read time from start_time and the
-- platform's status) -> settled (the outcome below, recorded by the props domain's settlement pass
-- once the game is final in the box scores). result: over, under, push or void (actual NULL).
ALTER TABLE prop_markets
    ADD COLUMN result     text CHECK (result IS NULL OR result IN ('over', 'under', 'push', 'void')),
    ADD COLUMN actual     double precision,
    ADD COLUMN settled_at timestamptz,
    ADD CONSTRAINT prop_markets_outcome_whole CHECK (
        (result IS NULL AND actual IS NULL AND settled_at IS NULL)
        OR (result IS NOT NULL AND settled_at IS NOT NULL AND (result = 'void') = (actual IS NULL)));
-- the settlement pass walks the started, unsettled props in (start_time, id) order
CREATE INDEX prop_markets_unsettled_idx ON prop_markets (start_time, id) WHERE result IS NULL;
