-- Duplicate candidates (contract section 9), precomputed so that GET /admin/customers/duplicates reads tables. Pairs of
-- live customers that look alike, with their reasons; groups are the connected sets of those pairs. Writes that matter
-- (a customer's name, e-mail, phone, company or liveness; a contact's e-mail or customer) append the customer's id to
-- crm_duplicate_dirty through statement triggers; a background pass (one instance at a time: a lease on
-- crm_duplicate_refresh, claimed with SKIP LOCKED) takes the dirty ids and recomputes their pairs and groups.

-- The digits of a phone number: "+1 (555) 010-2030" and "15550102030" are the same phone.
CREATE FUNCTION crm_phone_digits(phone text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN NULLIF(regexp_replace(phone, '\D', '', 'g'), '');

-- What the candidate search looks up by: e-mail ignoring case (customers: the unique index of 000001 serves it),
-- phone digits, the name, and the company with the name's first letters (pg_trgm scores the pairs these find).
CREATE INDEX ix_customers_phone_digits ON customers (crm_phone_digits(phone)) WHERE deleted_at IS NULL AND phone IS NOT NULL;
CREATE INDEX ix_customers_lower_name ON customers (lower(name)) WHERE deleted_at IS NULL;
CREATE INDEX ix_customers_lower_company ON customers (lower(company), left(lower(name), 2)) WHERE deleted_at IS NULL AND company IS NOT NULL;
CREATE INDEX ix_contacts_lower_email ON contacts (lower(email)) WHERE deleted_at IS NULL AND email IS NOT NULL;

CREATE TABLE crm_customer_duplicate_pairs (
    a_id       bigint   NOT NULL,
    b_id       bigint   NOT NULL CHECK (a_id < b_id),
    -- Of 'email', 'phone', 'name_company', in that order.
    reasons    text[]   NOT NULL,
    -- The name+company trigram similarity (0..1) when it is a reason.
    similarity real,
    score      real     NOT NULL,
    PRIMARY KEY (a_id, b_id)
);
CREATE INDEX ix_crm_customer_duplicate_pairs_b ON crm_customer_duplicate_pairs (b_id);

-- A group is named by its smallest customer id.
CREATE TABLE crm_customer_duplicate_groups (
    id      bigint PRIMARY KEY,
    score   real   NOT NULL,
    size    int    NOT NULL,
    reasons text[] NOT NULL
);
CREATE INDEX ix_crm_customer_duplicate_groups_order ON crm_customer_duplicate_groups (score DESC, id);

CREATE TABLE crm_customer_duplicate_members (
    customer_id bigint PRIMARY KEY,
    group_id    bigint NOT NULL
);
CREATE INDEX ix_crm_customer_duplicate_members_group ON crm_customer_duplicate_members (group_id, customer_id);

CREATE TABLE crm_duplicate_dirty (customer_id bigint NOT NULL);

-- One row: the lease of the instance refreshing, and what the last pass did (threshold, time, pairs).
CREATE TABLE crm_duplicate_refresh (
    id               int PRIMARY KEY CHECK (id = 1),
    locked_until     timestamptz,
    threshold        real,
    kind             text,
    started_at       timestamptz,
    finished_at      timestamptz,
    duration_ms      bigint,
    customers        bigint,
    pairs            bigint
);
INSERT INTO crm_duplicate_refresh (id) VALUES (1);

CREATE FUNCTION crm_duplicates_customers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO crm_duplicate_dirty SELECT id FROM duplicates_new WHERE deleted_at IS NULL;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO crm_duplicate_dirty SELECT id FROM duplicates_old;
    ELSE
        INSERT INTO crm_duplicate_dirty
        SELECT n.id FROM duplicates_new n JOIN duplicates_old o ON o.id = n.id
         WHERE (n.name, n.email, n.phone, n.company, n.deleted_at IS NULL) IS DISTINCT FROM (o.name, o.email, o.phone, o.company, o.deleted_at IS NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION crm_duplicates_contacts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO crm_duplicate_dirty SELECT DISTINCT customer_id FROM duplicates_new WHERE email IS NOT NULL AND deleted_at IS NULL;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO crm_duplicate_dirty SELECT DISTINCT customer_id FROM duplicates_old WHERE email IS NOT NULL;
    ELSE
        INSERT INTO crm_duplicate_dirty
        SELECT DISTINCT unnest(ARRAY[o.customer_id, n.customer_id]) FROM duplicates_new n JOIN duplicates_old o ON o.id = n.id
         WHERE (n.email IS NOT NULL OR o.email IS NOT NULL)
           AND (lower(n.email), n.customer_id, n.deleted_at IS NULL) IS DISTINCT FROM (lower(o.email), o.customer_id, o.deleted_at IS NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER duplicates_customers_insert AFTER INSERT ON customers REFERENCING NEW TABLE AS duplicates_new
    FOR EACH STATEMENT EXECUTE FUNCTION crm_duplicates_customers_changed();
CREATE TRIGGER duplicates_customers_update AFTER UPDATE ON customers REFERENCING OLD TABLE AS duplicates_old NEW TABLE AS duplicates_new
    FOR EACH STATEMENT EXECUTE FUNCTION crm_duplicates_customers_changed();
CREATE TRIGGER duplicates_customers_delete AFTER DELETE ON customers REFERENCING OLD TABLE AS duplicates_old
    FOR EACH STATEMENT EXECUTE FUNCTION crm_duplicates_customers_changed();
CREATE TRIGGER duplicates_contacts_insert AFTER INSERT ON contacts REFERENCING NEW TABLE AS duplicates_new
    FOR EACH STATEMENT EXECUTE FUNCTION crm_duplicates_contacts_changed();
CREATE TRIGGER duplicates_contacts_update AFTER UPDATE ON contacts REFERENCING OLD TABLE AS duplicates_old NEW TABLE AS duplicates_new
    FOR EACH STATEMENT EXECUTE FUNCTION crm_duplicates_contacts_changed();
CREATE TRIGGER duplicates_contacts_delete AFTER DELETE ON contacts REFERENCING OLD TABLE AS duplicates_old
    FOR EACH STATEMENT EXECUTE FUNCTION crm_duplicates_contacts_changed();
