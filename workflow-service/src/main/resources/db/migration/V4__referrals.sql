-- An operational group's agenda item referred to the steering group: the steering item points back at it,
-- and an item is referred to a meeting at most once.
ALTER TABLE agenda_item ADD COLUMN referred_from uuid REFERENCES agenda_item (id);
CREATE UNIQUE INDEX agenda_item_referral ON agenda_item (meeting_id, referred_from) WHERE referred_from IS NOT NULL;
