-- The transactional outbox (contract section 10): one row per event, written in the transaction of the change
-- it describes, beside its audit row. Readers (the feed, the dispatcher's fan-out) take only events of
-- transactions older than every transaction still running (pg_snapshot_xmin) and go in (xid, id) order, so a
-- transaction that commits late can never land behind a cursor that already passed it.

-- Each resource's change counter: the next event of a resource takes sequence + 1 under this row's lock, which
-- is held to commit, so a resource's sequence order is its commit order.
CREATE TABLE crm_event_counters (
    resource_type text   NOT NULL,
    resource_id   bigint NOT NULL,
    sequence      bigint NOT NULL,
    xid           xid8   NOT NULL,
    PRIMARY KEY (resource_type, resource_id)
);

CREATE SEQUENCE crm_events_id_seq;

CREATE TABLE crm_events (
    id            bigint      PRIMARY KEY,
    -- pg_current_xact_id() of the writing transaction, raised to the resource's previous event's when that is
    -- greater: a transaction that took its id early but wrote the resource after another one committed must not
    -- sort before that one's event (the sequence would run backwards).
    xid           xid8        NOT NULL,
    type          text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    actor_user_id bigint      NOT NULL,
    actor_role    text        NOT NULL,
    resource_type text        NOT NULL,
    resource_id   bigint      NOT NULL,
    sequence      bigint      NOT NULL,
    -- json, not jsonb: stored and served as written (member order kept), never queried inside.
    data          json        NOT NULL,
    changes       json,
    request_id    text
);
CREATE UNIQUE INDEX ux_crm_events_position ON crm_events (xid, id);
-- Retention finds the old prefix by time. BRIN, not a btree: events arrive in time order, and a BRIN index costs
-- nearly nothing per insert on the hottest write path.
CREATE INDEX ix_crm_events_occurred_at ON crm_events USING brin (occurred_at);

-- Position, sequence and id are assigned here, never by the writer: the counter row is locked before the id is
-- drawn, so within a resource ids (and positions) follow the sequence.
CREATE FUNCTION crm_events_assign_position() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO crm_event_counters AS c (resource_type, resource_id, sequence, xid)
    VALUES (NEW.resource_type, NEW.resource_id, 1, pg_current_xact_id())
    ON CONFLICT (resource_type, resource_id)
        DO UPDATE SET sequence = c.sequence + 1, xid = greatest(c.xid, excluded.xid)
    RETURNING sequence, xid INTO NEW.sequence, NEW.xid;
    NEW.id := nextval('crm_events_id_seq');
    RETURN NEW;
END $$;
CREATE TRIGGER crm_events_assign_position BEFORE INSERT ON crm_events
    FOR EACH ROW EXECUTE FUNCTION crm_events_assign_position();

-- The retention cleanup deletes whole prefixes of the feed and remembers where the last one ended: a cursor
-- before that point has lost events (410 EVENTS_EXPIRED).
CREATE TABLE crm_event_horizon (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    xid       xid8    NOT NULL,
    event_id  bigint  NOT NULL
);

-- Reminders (activity.due, activity.overdue): one row per activity, kind and due date, inserted by whichever
-- instance gets there first, in the transaction that appends the event: exactly once, across restarts.
CREATE TABLE crm_reminders (
    activity_id bigint      NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('due', 'overdue')),
    due_date    timestamptz NOT NULL,
    fire_at     timestamptz NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('sent', 'skipped')),
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (activity_id, kind, due_date)
);
CREATE INDEX ix_crm_reminders_recorded_at ON crm_reminders (recorded_at);

-- When the scheduler first ran (nothing before it fires: no storm for legacy activities) and how far it has looked.
CREATE TABLE crm_reminder_schedule (
    singleton     boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    started_at    timestamptz NOT NULL,
    scanned_until timestamptz NOT NULL
);
