-- The Go CRM service's schema as golang-migrate left it in turfa_platform (its migration 000001_init_schema), written
-- from ../shared/reference/legacy-database.md: serial int4 ids, its widths and defaults, its foreign keys and ON DELETE
-- rules, the 22 plain indexes by name, no CHECK constraints, and golang-migrate's history table at version 1.
-- `crm seed --legacy` builds this fixture; the adoption (`crm migrate up`) converts it.

CREATE TABLE customers (
    id                SERIAL PRIMARY KEY,
    name              VARCHAR(255) NOT NULL,
    email             VARCHAR(255) UNIQUE NOT NULL,
    phone             VARCHAR(50),
    company           VARCHAR(255),
    role              VARCHAR(100),
    status            VARCHAR(50) DEFAULT 'lead',
    assigned_to       INTEGER,
    contacted         BOOLEAN DEFAULT FALSE,
    next_follow_up_at TIMESTAMP WITH TIME ZONE,
    notes             TEXT,
    created_at        TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at        TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    deleted_at        TIMESTAMP WITH TIME ZONE
);

CREATE TABLE contacts (
    id          SERIAL PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    first_name  VARCHAR(100) NOT NULL,
    last_name   VARCHAR(100),
    email       VARCHAR(255),
    phone       VARCHAR(50),
    position    VARCHAR(100),
    is_primary  BOOLEAN DEFAULT FALSE,
    notes       TEXT,
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    deleted_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE pipeline_stages (
    id           SERIAL PRIMARY KEY,
    name         VARCHAR(100) UNIQUE NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    "order"      INTEGER NOT NULL,
    color        VARCHAR(7),
    is_active    BOOLEAN DEFAULT TRUE,
    created_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    deleted_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE deals (
    id                  SERIAL PRIMARY KEY,
    title               VARCHAR(255) NOT NULL,
    description         TEXT,
    customer_id         INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    contact_id          INTEGER REFERENCES contacts(id),
    stage               VARCHAR(50) DEFAULT 'prospecting',
    amount              DECIMAL(15, 2) DEFAULT 0,
    currency            VARCHAR(3) DEFAULT 'USD',
    probability         INTEGER DEFAULT 0,
    expected_close_date TIMESTAMP WITH TIME ZONE,
    actual_close_date   TIMESTAMP WITH TIME ZONE,
    owner_id            INTEGER,
    lost_reason         VARCHAR(255),
    created_at          TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at          TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    deleted_at          TIMESTAMP WITH TIME ZONE
);

CREATE TABLE activities (
    id           SERIAL PRIMARY KEY,
    title        VARCHAR(255) NOT NULL,
    description  TEXT,
    type         VARCHAR(50) NOT NULL,
    status       VARCHAR(50) DEFAULT 'scheduled',
    customer_id  INTEGER REFERENCES customers(id) ON DELETE SET NULL,
    deal_id      INTEGER REFERENCES deals(id) ON DELETE SET NULL,
    contact_id   INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
    assigned_to  INTEGER,
    due_date     TIMESTAMP WITH TIME ZONE,
    completed_at TIMESTAMP WITH TIME ZONE,
    duration     INTEGER,
    outcome      TEXT,
    priority     VARCHAR(20) DEFAULT 'normal',
    created_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    deleted_at   TIMESTAMP WITH TIME ZONE
);

CREATE TABLE notes (
    id          SERIAL PRIMARY KEY,
    content     TEXT NOT NULL,
    customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    deal_id     INTEGER REFERENCES deals(id) ON DELETE CASCADE,
    activity_id INTEGER REFERENCES activities(id) ON DELETE CASCADE,
    author_id   INTEGER NOT NULL,
    author_name VARCHAR(255),
    created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    deleted_at  TIMESTAMP WITH TIME ZONE
);

CREATE TABLE tags (
    id         SERIAL PRIMARY KEY,
    name       VARCHAR(100) UNIQUE NOT NULL,
    color      VARCHAR(7),
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    deleted_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE customer_tags (
    customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
    tag_id      INTEGER REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (customer_id, tag_id)
);

CREATE TABLE audit_logs (
    id            SERIAL PRIMARY KEY,
    resource_type VARCHAR(100) NOT NULL,
    resource_id   INTEGER NOT NULL,
    action        VARCHAR(50) NOT NULL,
    user_id       INTEGER NOT NULL,
    user_name     VARCHAR(255),
    user_role     VARCHAR(50),
    old_values    JSONB,
    new_values    JSONB,
    ip_address    VARCHAR(45),
    user_agent    VARCHAR(500),
    created_at    TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX IF NOT EXISTS idx_customers_email ON customers(email);
CREATE INDEX IF NOT EXISTS idx_customers_status ON customers(status);
CREATE INDEX IF NOT EXISTS idx_customers_assigned_to ON customers(assigned_to);
CREATE INDEX IF NOT EXISTS idx_customers_deleted_at ON customers(deleted_at);
CREATE INDEX IF NOT EXISTS idx_contacts_customer_id ON contacts(customer_id);
CREATE INDEX IF NOT EXISTS idx_contacts_deleted_at ON contacts(deleted_at);
CREATE INDEX IF NOT EXISTS idx_deals_customer_id ON deals(customer_id);
CREATE INDEX IF NOT EXISTS idx_deals_stage ON deals(stage);
CREATE INDEX IF NOT EXISTS idx_deals_owner_id ON deals(owner_id);
CREATE INDEX IF NOT EXISTS idx_deals_deleted_at ON deals(deleted_at);
CREATE INDEX IF NOT EXISTS idx_activities_customer_id ON activities(customer_id);
CREATE INDEX IF NOT EXISTS idx_activities_deal_id ON activities(deal_id);
CREATE INDEX IF NOT EXISTS idx_activities_assigned_to ON activities(assigned_to);
CREATE INDEX IF NOT EXISTS idx_activities_status ON activities(status);
CREATE INDEX IF NOT EXISTS idx_activities_due_date ON activities(due_date);
CREATE INDEX IF NOT EXISTS idx_activities_deleted_at ON activities(deleted_at);
CREATE INDEX IF NOT EXISTS idx_notes_customer_id ON notes(customer_id);
CREATE INDEX IF NOT EXISTS idx_notes_deal_id ON notes(deal_id);
CREATE INDEX IF NOT EXISTS idx_notes_deleted_at ON notes(deleted_at);
CREATE INDEX IF NOT EXISTS idx_audit_logs_resource ON audit_logs(resource_type, resource_id);
CREATE INDEX IF NOT EXISTS idx_audit_logs_user_id ON audit_logs(user_id);
CREATE INDEX IF NOT EXISTS idx_audit_logs_created_at ON audit_logs(created_at);

INSERT INTO pipeline_stages (name, display_name, "order", color, is_active) VALUES
    ('prospecting', 'Prospecting', 1, '#6366f1', TRUE),
    ('qualification', 'Qualification', 2, '#8b5cf6', TRUE),
    ('proposal', 'Proposal', 3, '#a855f7', TRUE),
    ('negotiation', 'Negotiation', 4, '#f59e0b', TRUE),
    ('closed_won', 'Closed Won', 5, '#22c55e', TRUE),
    ('closed_lost', 'Closed Lost', 6, '#ef4444', TRUE);

-- golang-migrate's history: one row, version 1, clean.
CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);
INSERT INTO schema_migrations (version, dirty) VALUES (1, false);
