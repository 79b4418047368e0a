-- When an administrator who has no second factor yet must have one: set at her first sign-in
-- without one (a grace period); past it, her password opens only « Mon compte ».
alter table staff_user add column second_factor_due_at timestamp with time zone;
