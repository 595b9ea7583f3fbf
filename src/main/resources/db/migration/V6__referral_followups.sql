-- Referral follow-ups: ad-hoc referral needs (outside a care plan's first round), the effect of a referral on the
-- plan's goals and interventions, and a provider directory that managers maintain. Portable between PostgreSQL and H2.

-- An ad-hoc need belongs to the case's active plan when there is one, to no plan before the first plan is agreed.
-- A service can be asked for again after an earlier need for it was met or left unmet, so (plan, service) is no
-- longer unique; the service refuses a second open need for the same service instead.
alter table referral_need alter column care_plan_id drop not null;
alter table referral_need drop constraint uk_referral_need;
alter table referral_need add column reason varchar(500);
alter table referral_need add column requested_by varchar(64);

-- FHIR Goal.achievementStatus (in-progress, improving, achieved, no-progress, ...): progress, apart from lifecycle.
alter table care_plan_goal add column achievement_status varchar(20);
-- Why an intervention was stopped or cancelled (e.g. the referral need closed as unmet).
alter table care_plan_intervention add column status_reason varchar(500);

-- Providers are deactivated, never deleted, so referral history keeps naming them.
alter table provider add column active boolean default true not null;
alter table provider add column updated_at timestamp with time zone;
alter table provider add column updated_by varchar(64);
