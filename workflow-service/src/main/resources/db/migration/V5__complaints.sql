-- Children's social care complaints (docs/COMPLAINTS.md). The complainant's name and contact are kept only where needed;
-- complainant_key is their normalised name (or contact), for finding repeat complaints in a borough.
CREATE TABLE complaint (
    id                                 uuid PRIMARY KEY,
    borough                            text        NOT NULL,
    reference                          text        NOT NULL UNIQUE,
    received_on                        date        NOT NULL,
    channel                            text        NOT NULL CHECK (channel IN ('EMAIL', 'LETTER', 'PHONE', 'IN_PERSON', 'ONLINE', 'OTHER')),
    complainant_name                   text,
    complainant_contact                text,
    complainant_key                    text,
    complainant_relationship           text        NOT NULL CHECK (complainant_relationship IN ('PERSON_CAUSING_HARM', 'OTHER_PARENT', 'CHILD', 'OTHER')),
    workers                            text[]      NOT NULL,
    team                               text,
    case_reference                     text,
    about                              text        NOT NULL,
    complainant_is_person_causing_harm text        NOT NULL CHECK (complainant_is_person_causing_harm IN ('YES', 'NO', 'NOT_KNOWN')),
    review_required                    boolean     NOT NULL,
    stage_reached                      text        NOT NULL CHECK (stage_reached IN ('RECEIVED', 'STAGE1', 'STAGE2', 'STAGE3', 'OMBUDSMAN')),
    outcome                            text        CHECK (outcome IN ('UPHELD', 'PARTLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN', 'RESOLVED_EARLY')),
    review_conclusion                  text        CHECK (review_conclusion IN ('YES', 'NO', 'UNCLEAR')),
    -- The people assigned to it, who see it as the borough's complaints team does.
    reviewer_id                        text,
    investigator_id                    text,
    manager_id                         text,
    recorded_by                        text        NOT NULL,
    recorded_at                        timestamptz NOT NULL,
    process_instance_key               bigint
);
-- The borough's complaints, newest first; a complainant's complaints in a borough over the last 12 months.
CREATE INDEX complaint_borough_received ON complaint (borough, received_on DESC, id);
CREATE INDEX complaint_borough_complainant ON complaint (borough, complainant_key, received_on) WHERE complainant_key IS NOT NULL;
CREATE INDEX complaint_received ON complaint (received_on);

-- Facts about the victim-survivor that no response may disclose; kept apart from the complaint and never echoed.
CREATE TABLE complaint_protected_detail (
    id           bigserial PRIMARY KEY,
    complaint_id uuid NOT NULL REFERENCES complaint (id),
    kind         text NOT NULL CHECK (kind IN ('AREA', 'ADDRESS', 'REFUGE', 'SCHOOL', 'CONTACT_DETAILS', 'DISCLOSURE', 'OTHER')),
    detail       text NOT NULL
);
CREATE INDEX complaint_protected_detail_complaint ON complaint_protected_detail (complaint_id, id);

-- Enquiries from the Local Government and Social Care Ombudsman about a complaint.
CREATE TABLE complaint_ombudsman_enquiry (
    id           uuid PRIMARY KEY,
    complaint_id uuid        NOT NULL REFERENCES complaint (id),
    reference    text        NOT NULL,
    received_on  date        NOT NULL,
    decision     text        CHECK (decision IN ('NOT_INVESTIGATED', 'NO_FAULT', 'FAULT_NO_INJUSTICE', 'FAULT_AND_INJUSTICE', 'UPHELD_REMEDY')),
    decided_on   date,
    recorded_by  text        NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX complaint_ombudsman_enquiry_complaint ON complaint_ombudsman_enquiry (complaint_id, received_on);
