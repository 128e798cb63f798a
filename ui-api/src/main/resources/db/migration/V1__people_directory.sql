CREATE TABLE organisation (
    id           text PRIMARY KEY,
    display_name text NOT NULL,
    -- whose bank holidays count as non-working days for statutory timescales
    nation       text NOT NULL CHECK (nation IN ('ENGLAND_AND_WALES', 'SCOTLAND', 'NORTHERN_IRELAND'))
);

CREATE TABLE person (
    id              text PRIMARY KEY, -- the username
    display_name    text NOT NULL,
    email           text NOT NULL UNIQUE,
    organisation_id text NOT NULL REFERENCES organisation (id),
    password_hash   text,             -- null: the person signs in at the OpenID Connect provider only
    UNIQUE (id, organisation_id)
);

-- A role is held within the person's organisation. The organisation is repeated here (the foreign key keeps it
-- equal to the person's) so that "people holding role R in organisation O" reads one index range.
CREATE TABLE person_role (
    person_id       text NOT NULL,
    organisation_id text NOT NULL,
    role            text NOT NULL,
    PRIMARY KEY (person_id, role),
    FOREIGN KEY (person_id, organisation_id) REFERENCES person (id, organisation_id) ON UPDATE CASCADE ON DELETE CASCADE
);

CREATE INDEX person_role_by_organisation_and_role ON person_role (organisation_id, role, person_id);
