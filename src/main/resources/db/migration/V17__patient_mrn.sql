-- The referring hospital's medical record number (FHIR Patient.identifier of type MR, HL7 v2 PID-3), when a referral
-- carries one: FHIR referrals and ADT discharge messages find their patient by it. Not unique: two hospitals may
-- give the same number to different people, so a match by number also needs the same birth date.
alter table patient add column mrn varchar(40);
-- a plain index: H2 (the embedded default) has no partial indexes
create index ix_patient_mrn on patient (mrn);
