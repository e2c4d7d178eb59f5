-- The overview's figures as maintained aggregates (issue 19, item 2), so that a report for any range and owner is a
-- sum over small tables instead of a scan of whole tables (~15 s at 1M customers).
--
-- Each table keeps live rows counted per period of their created_at (UTC) at three grains, day ('d'), month ('m') and
-- year ('y'): a range is answered from whole years, the whole months at its ends, the whole days at their ends, and
-- the base tables for the partial days at its edges (docs/performance.md).
--
-- Writers never touch these tables: statement-level triggers (with transition tables, so a bulk statement or COPY
-- costs one insert) append the change to a delta table, which takes no lock that another writer could wait on. A
-- background fold (report_fold, every second) moves deltas into the summaries; readers add the summaries and the
-- deltas not folded yet, in one snapshot, so a report is always current whether or not the fold has run.
--
-- "Overdue" (scheduled, due before now) changes with the clock: the summaries count the activities due before
-- report_state.overdue_cutoff (an hour boundary the fold advances), and a reader adds those due between the cutoff and
-- its now from the base table (an hour's worth through ix_activities_status).

-- The dimensions are text, not the base columns' types: a database adopted from the Go service keeps wider columns
-- (and rows that break today's checks), which must fit here and make the same views as a fresh database's.
CREATE TABLE report_state (
    singleton      boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    overdue_cutoff timestamptz NOT NULL
);

CREATE TABLE report_customers (
    grain    text        NOT NULL CHECK (grain IN ('d', 'm', 'y')),
    period   date        NOT NULL,
    owner_id bigint,
    status   text        NOT NULL,
    n        bigint      NOT NULL,
    UNIQUE NULLS NOT DISTINCT (grain, period, owner_id, status)
);
CREATE TABLE report_customer_deltas (
    day      date        NOT NULL,
    owner_id bigint,
    status   text        NOT NULL,
    n        bigint      NOT NULL
);

-- weighted is sum(amount * probability), exact; the report divides by 100.
CREATE TABLE report_deals (
    grain    text         NOT NULL CHECK (grain IN ('d', 'm', 'y')),
    period   date         NOT NULL,
    owner_id bigint,
    stage    text        NOT NULL,
    currency text        NOT NULL,
    n        bigint       NOT NULL,
    value    numeric      NOT NULL,
    weighted numeric      NOT NULL,
    UNIQUE NULLS NOT DISTINCT (grain, period, owner_id, stage, currency)
);
CREATE TABLE report_deal_deltas (
    day      date         NOT NULL,
    owner_id bigint,
    stage    text        NOT NULL,
    currency text        NOT NULL,
    n        bigint       NOT NULL,
    value    numeric      NOT NULL,
    weighted numeric      NOT NULL
);

-- overdue: of these, scheduled and due before report_state.overdue_cutoff.
CREATE TABLE report_activities (
    grain    text        NOT NULL CHECK (grain IN ('d', 'm', 'y')),
    period   date        NOT NULL,
    owner_id bigint,
    type     text        NOT NULL,
    status   text        NOT NULL,
    n        bigint      NOT NULL,
    overdue  bigint      NOT NULL,
    UNIQUE NULLS NOT DISTINCT (grain, period, owner_id, type, status)
);
-- due_hour: the hour of due_date for scheduled activities (else NULL), enough to compare with the hour-aligned cutoff.
CREATE TABLE report_activity_deltas (
    day      date        NOT NULL,
    owner_id bigint,
    type     text        NOT NULL,
    status   text        NOT NULL,
    due_hour timestamptz,
    n        bigint      NOT NULL
);

-- The top customers by won value: each customer's best single-currency total of live won deals, in rank order. A
-- report for a range or owners walks this order, since no customer's total there exceeds its total here (amounts are
-- never negative), and stops as soon as the rest cannot enter its top five. Writers only mark a customer dirty; the
-- fold recomputes dirty customers and readers recompute those not folded yet.
CREATE TABLE report_customer_won (
    customer_id bigint  PRIMARY KEY,
    best        numeric NOT NULL,
    deals       bigint  NOT NULL
);
CREATE INDEX ix_report_customer_won_best ON report_customer_won (best, customer_id);
CREATE TABLE report_customer_won_dirty (customer_id bigint NOT NULL);

-- Days and hours in UTC whatever the session's time zone.
CREATE FUNCTION report_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (at AT TIME ZONE 'UTC')::date;
CREATE FUNCTION report_hour(at timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN date_trunc('hour', at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
-- The periods a day is counted in, one per grain.
CREATE FUNCTION report_periods(day date) RETURNS TABLE (grain text, period date) LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ VALUES ('d', day), ('m', date_trunc('month', day::timestamp)::date), ('y', date_trunc('year', day::timestamp)::date) $$;

-- What the summaries must hold: the live base rows grouped (day first, then rolled up to months and years). The
-- rebuild writes these; verify compares them with report_*_current.
CREATE VIEW report_customers_expected AS
    WITH days AS (
        SELECT report_day(created_at) AS day, assigned_to AS owner_id, status::text AS status, count(*) AS n
          FROM customers WHERE deleted_at IS NULL GROUP BY 1, 2, 3)
    SELECT p.grain, p.period, d.owner_id, d.status, sum(d.n)::bigint AS n
      FROM days d CROSS JOIN LATERAL report_periods(d.day) p GROUP BY 1, 2, 3, 4;

CREATE VIEW report_deals_expected AS
    WITH days AS (
        SELECT report_day(created_at) AS day, owner_id, stage::text AS stage, currency::text AS currency, count(*) AS n, sum(amount) AS value,
               sum(amount * probability) AS weighted
          FROM deals WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4)
    SELECT p.grain, p.period, d.owner_id, d.stage, d.currency, sum(d.n)::bigint AS n, sum(d.value) AS value, sum(d.weighted) AS weighted
      FROM days d CROSS JOIN LATERAL report_periods(d.day) p GROUP BY 1, 2, 3, 4, 5;

CREATE VIEW report_activities_expected AS
    WITH days AS (
        SELECT report_day(a.created_at) AS day, a.assigned_to AS owner_id, a.type::text AS type, a.status::text AS status, count(*) AS n,
               count(*) FILTER (WHERE a.status = 'scheduled' AND a.due_date < s.overdue_cutoff) AS overdue
          FROM activities a CROSS JOIN report_state s WHERE a.deleted_at IS NULL GROUP BY 1, 2, 3, 4)
    SELECT p.grain, p.period, d.owner_id, d.type, d.status, sum(d.n)::bigint AS n, sum(d.overdue)::bigint AS overdue
      FROM days d CROSS JOIN LATERAL report_periods(d.day) p GROUP BY 1, 2, 3, 4, 5;

CREATE VIEW report_customer_won_expected AS
    SELECT customer_id, max(value) AS best, sum(deals)::bigint AS deals FROM (
        SELECT d.customer_id, d.currency, count(*) AS deals, sum(d.amount) AS value
          FROM deals d JOIN pipeline_stages s ON s.name = d.stage AND s.kind = 'won'
         WHERE d.deleted_at IS NULL GROUP BY 1, 2) w
     GROUP BY customer_id;

-- What readers see: the summaries plus the deltas not folded yet.
CREATE VIEW report_customers_current AS
    SELECT grain, period, owner_id, status, sum(n)::bigint AS n FROM (
        SELECT grain, period, owner_id, status, n FROM report_customers
        UNION ALL
        SELECT p.grain, p.period, d.owner_id, d.status, d.n FROM report_customer_deltas d CROSS JOIN LATERAL report_periods(d.day) p) x
     GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0;

CREATE VIEW report_deals_current AS
    SELECT grain, period, owner_id, stage, currency, sum(n)::bigint AS n, sum(value) AS value, sum(weighted) AS weighted FROM (
        SELECT grain, period, owner_id, stage, currency, n, value, weighted FROM report_deals
        UNION ALL
        SELECT p.grain, p.period, d.owner_id, d.stage, d.currency, d.n, d.value, d.weighted
          FROM report_deal_deltas d CROSS JOIN LATERAL report_periods(d.day) p) x
     GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 OR sum(value) <> 0 OR sum(weighted) <> 0;

CREATE VIEW report_activities_current AS
    SELECT grain, period, owner_id, type, status, sum(n)::bigint AS n, sum(overdue)::bigint AS overdue FROM (
        SELECT grain, period, owner_id, type, status, n, overdue FROM report_activities
        UNION ALL
        SELECT p.grain, p.period, d.owner_id, d.type, d.status, d.n,
               CASE WHEN d.due_hour < s.overdue_cutoff THEN d.n ELSE 0 END
          FROM report_activity_deltas d CROSS JOIN report_state s CROSS JOIN LATERAL report_periods(d.day) p) x
     GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0 OR sum(overdue) <> 0;

-- The triggers: one delta row per group a statement changed (an UPDATE that changes no counted column adds nothing).
CREATE FUNCTION report_customers_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO report_customer_deltas (day, owner_id, status, n)
        SELECT report_day(created_at), assigned_to, status, count(*) FROM report_new WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO report_customer_deltas (day, owner_id, status, n)
        SELECT report_day(created_at), assigned_to, status, -count(*) FROM report_old WHERE deleted_at IS NULL GROUP BY 1, 2, 3;
    ELSE
        INSERT INTO report_customer_deltas (day, owner_id, status, n)
        SELECT day, owner_id, status, sum(n) FROM (
            SELECT report_day(created_at) AS day, assigned_to AS owner_id, status, -1 AS n FROM report_old WHERE deleted_at IS NULL
            UNION ALL
            SELECT report_day(created_at), assigned_to, status, 1 FROM report_new WHERE deleted_at IS NULL) x
         GROUP BY 1, 2, 3 HAVING sum(n) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION report_deals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO report_deal_deltas (day, owner_id, stage, currency, n, value, weighted)
        SELECT report_day(created_at), owner_id, stage, currency, count(*), sum(amount), sum(amount * probability)
          FROM report_new WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO report_deal_deltas (day, owner_id, stage, currency, n, value, weighted)
        SELECT report_day(created_at), owner_id, stage, currency, -count(*), -sum(amount), -sum(amount * probability)
          FROM report_old WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4;
    ELSE
        INSERT INTO report_deal_deltas (day, owner_id, stage, currency, n, value, weighted)
        SELECT day, owner_id, stage, currency, sum(n), sum(value), sum(weighted) FROM (
            SELECT report_day(created_at) AS day, owner_id, stage, currency, -1 AS n, -amount AS value, -(amount * probability) AS weighted
              FROM report_old WHERE deleted_at IS NULL
            UNION ALL
            SELECT report_day(created_at), owner_id, stage, currency, 1, amount, amount * probability FROM report_new WHERE deleted_at IS NULL) x
         GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 OR sum(value) <> 0 OR sum(weighted) <> 0;
    END IF;
    -- Customers whose won total may have changed (an UPDATE of other columns marks none).
    IF TG_OP = 'INSERT' THEN
        INSERT INTO report_customer_won_dirty SELECT DISTINCT customer_id FROM report_new WHERE deleted_at IS NULL;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO report_customer_won_dirty SELECT DISTINCT customer_id FROM report_old WHERE deleted_at IS NULL;
    ELSE
        INSERT INTO report_customer_won_dirty
        SELECT DISTINCT unnest(ARRAY[o.customer_id, x.customer_id]) FROM report_old o JOIN report_new x ON x.id = o.id
         WHERE (o.customer_id, o.stage, o.amount, o.currency, o.deleted_at IS NULL)
               IS DISTINCT FROM (x.customer_id, x.stage, x.amount, x.currency, x.deleted_at IS NULL);
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION report_activities_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO report_activity_deltas (day, owner_id, type, status, due_hour, n)
        SELECT report_day(created_at), assigned_to, type, status, CASE WHEN status = 'scheduled' THEN report_hour(due_date) END, count(*)
          FROM report_new WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO report_activity_deltas (day, owner_id, type, status, due_hour, n)
        SELECT report_day(created_at), assigned_to, type, status, CASE WHEN status = 'scheduled' THEN report_hour(due_date) END, -count(*)
          FROM report_old WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5;
    ELSE
        INSERT INTO report_activity_deltas (day, owner_id, type, status, due_hour, n)
        SELECT day, owner_id, type, status, due_hour, sum(n) FROM (
            SELECT report_day(created_at) AS day, assigned_to AS owner_id, type, status,
                   CASE WHEN status = 'scheduled' THEN report_hour(due_date) END AS due_hour, -1 AS n
              FROM report_old WHERE deleted_at IS NULL
            UNION ALL
            SELECT report_day(created_at), assigned_to, type, status, CASE WHEN status = 'scheduled' THEN report_hour(due_date) END, 1
              FROM report_new WHERE deleted_at IS NULL) x
         GROUP BY 1, 2, 3, 4, 5 HAVING sum(n) <> 0;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER report_customers_insert AFTER INSERT ON customers REFERENCING NEW TABLE AS report_new
    FOR EACH STATEMENT EXECUTE FUNCTION report_customers_changed();
CREATE TRIGGER report_customers_update AFTER UPDATE ON customers REFERENCING OLD TABLE AS report_old NEW TABLE AS report_new
    FOR EACH STATEMENT EXECUTE FUNCTION report_customers_changed();
CREATE TRIGGER report_customers_delete AFTER DELETE ON customers REFERENCING OLD TABLE AS report_old
    FOR EACH STATEMENT EXECUTE FUNCTION report_customers_changed();
CREATE TRIGGER report_deals_insert AFTER INSERT ON deals REFERENCING NEW TABLE AS report_new
    FOR EACH STATEMENT EXECUTE FUNCTION report_deals_changed();
CREATE TRIGGER report_deals_update AFTER UPDATE ON deals REFERENCING OLD TABLE AS report_old NEW TABLE AS report_new
    FOR EACH STATEMENT EXECUTE FUNCTION report_deals_changed();
CREATE TRIGGER report_deals_delete AFTER DELETE ON deals REFERENCING OLD TABLE AS report_old
    FOR EACH STATEMENT EXECUTE FUNCTION report_deals_changed();
CREATE TRIGGER report_activities_insert AFTER INSERT ON activities REFERENCING NEW TABLE AS report_new
    FOR EACH STATEMENT EXECUTE FUNCTION report_activities_changed();
CREATE TRIGGER report_activities_update AFTER UPDATE ON activities REFERENCING OLD TABLE AS report_old NEW TABLE AS report_new
    FOR EACH STATEMENT EXECUTE FUNCTION report_activities_changed();
CREATE TRIGGER report_activities_delete AFTER DELETE ON activities REFERENCING OLD TABLE AS report_old
    FOR EACH STATEMENT EXECUTE FUNCTION report_activities_changed();

-- A stage that changes kind changes the won totals of every customer with a deal in it.
CREATE FUNCTION report_stages_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_customer_won_dirty
    SELECT DISTINCT d.customer_id FROM report_old o JOIN report_new x ON x.id = o.id AND x.kind <> o.kind
      JOIN deals d ON d.stage = x.name AND d.deleted_at IS NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER report_stages_update AFTER UPDATE ON pipeline_stages REFERENCING OLD TABLE AS report_old NEW TABLE AS report_new
    FOR EACH STATEMENT EXECUTE FUNCTION report_stages_changed();

-- TRUNCATE has no transition table: the summaries of a truncated table are emptied.
CREATE FUNCTION report_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    CASE TG_TABLE_NAME
        WHEN 'customers' THEN DELETE FROM report_customers; DELETE FROM report_customer_deltas;
        WHEN 'deals' THEN DELETE FROM report_deals; DELETE FROM report_deal_deltas; DELETE FROM report_customer_won;
            DELETE FROM report_customer_won_dirty;
        ELSE DELETE FROM report_activities; DELETE FROM report_activity_deltas;
    END CASE;
    RETURN NULL;
END $$;
CREATE TRIGGER report_customers_truncate AFTER TRUNCATE ON customers FOR EACH STATEMENT EXECUTE FUNCTION report_truncated();
CREATE TRIGGER report_deals_truncate AFTER TRUNCATE ON deals FOR EACH STATEMENT EXECUTE FUNCTION report_truncated();
CREATE TRIGGER report_activities_truncate AFTER TRUNCATE ON activities FOR EACH STATEMENT EXECUTE FUNCTION report_truncated();

-- Recomputes every summary from the base tables with the overdue cutoff given (default: the current hour). Writers
-- of the base tables wait until it commits; readers see the old figures or the new ones.
CREATE FUNCTION report_rebuild(cutoff timestamptz DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE customers, deals, activities IN SHARE MODE;
    DELETE FROM report_customers; DELETE FROM report_customer_deltas;
    DELETE FROM report_deals; DELETE FROM report_deal_deltas;
    DELETE FROM report_activities; DELETE FROM report_activity_deltas;
    INSERT INTO report_state (overdue_cutoff) VALUES (COALESCE(cutoff, report_hour(now())))
        ON CONFLICT (singleton) DO UPDATE SET overdue_cutoff = excluded.overdue_cutoff;
    -- In index order: a report reads each period's rows from a few adjacent pages, not one page per row.
    INSERT INTO report_customers SELECT * FROM report_customers_expected ORDER BY grain, period;
    INSERT INTO report_deals SELECT * FROM report_deals_expected ORDER BY grain, period;
    INSERT INTO report_activities SELECT * FROM report_activities_expected ORDER BY grain, period;
    DELETE FROM report_customer_won; DELETE FROM report_customer_won_dirty;
    INSERT INTO report_customer_won SELECT * FROM report_customer_won_expected;
    ANALYZE report_state, report_customers, report_deals, report_activities, report_customer_won;
END $$;

-- Moves the deltas into the summaries and advances the overdue cutoff to the current hour (or to the one given).
-- Needs a REPEATABLE READ transaction: the deltas it moves and the activities it counts for the new cutoff must be one
-- snapshot. One fold at a time (the caller holds an advisory lock); writers are never blocked.
CREATE FUNCTION report_fold(cutoff timestamptz DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    old_cutoff timestamptz := (SELECT overdue_cutoff FROM report_state);
    new_cutoff timestamptz := COALESCE(cutoff, greatest(old_cutoff, report_hour(now())));
    dirty bigint[];
BEGIN
    IF current_setting('transaction_isolation') <> 'repeatable read' THEN
        RAISE EXCEPTION 'report_fold needs a REPEATABLE READ transaction';
    END IF;

    WITH moved AS (DELETE FROM report_customer_deltas RETURNING *)
    INSERT INTO report_customers (grain, period, owner_id, status, n)
    SELECT p.grain, p.period, m.owner_id, m.status, sum(m.n) FROM moved m CROSS JOIN LATERAL report_periods(m.day) p GROUP BY 1, 2, 3, 4
        ON CONFLICT (grain, period, owner_id, status) DO UPDATE SET n = report_customers.n + excluded.n;

    WITH moved AS (DELETE FROM report_deal_deltas RETURNING *)
    INSERT INTO report_deals (grain, period, owner_id, stage, currency, n, value, weighted)
    SELECT p.grain, p.period, m.owner_id, m.stage, m.currency, sum(m.n), sum(m.value), sum(m.weighted)
      FROM moved m CROSS JOIN LATERAL report_periods(m.day) p GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (grain, period, owner_id, stage, currency) DO UPDATE
        SET n = report_deals.n + excluded.n, value = report_deals.value + excluded.value, weighted = report_deals.weighted + excluded.weighted;

    -- Deltas count as overdue by the cutoff the summaries were kept with; the move of the cutoff comes after.
    WITH moved AS (DELETE FROM report_activity_deltas RETURNING *)
    INSERT INTO report_activities (grain, period, owner_id, type, status, n, overdue)
    SELECT p.grain, p.period, m.owner_id, m.type, m.status, sum(m.n), sum(CASE WHEN m.due_hour < old_cutoff THEN m.n ELSE 0 END)
      FROM moved m CROSS JOIN LATERAL report_periods(m.day) p GROUP BY 1, 2, 3, 4, 5
        ON CONFLICT (grain, period, owner_id, type, status) DO UPDATE
        SET n = report_activities.n + excluded.n, overdue = report_activities.overdue + excluded.overdue;

    -- An array, not IN (subquery): the customer filter must reach the view's scan of deals (ix_deals_customer_id).
    dirty := ARRAY(SELECT DISTINCT customer_id FROM report_customer_won_dirty);
    DELETE FROM report_customer_won WHERE customer_id = ANY (dirty);
    INSERT INTO report_customer_won SELECT * FROM report_customer_won_expected WHERE customer_id = ANY (dirty);
    DELETE FROM report_customer_won_dirty;

    IF new_cutoff <> old_cutoff THEN
        INSERT INTO report_activities (grain, period, owner_id, type, status, n, overdue)
        SELECT p.grain, p.period, a.owner_id, a.type, 'scheduled', 0, sum(a.n) * sign(extract(epoch FROM new_cutoff - old_cutoff))::bigint
          FROM (SELECT report_day(created_at) AS day, assigned_to AS owner_id, type, count(*) AS n FROM activities
                 WHERE deleted_at IS NULL AND status = 'scheduled'
                   AND due_date >= least(old_cutoff, new_cutoff) AND due_date < greatest(old_cutoff, new_cutoff)
                 GROUP BY 1, 2, 3) a
         CROSS JOIN LATERAL report_periods(a.day) p GROUP BY 1, 2, 3, 4
            ON CONFLICT (grain, period, owner_id, type, status) DO UPDATE SET overdue = report_activities.overdue + excluded.overdue;
        UPDATE report_state SET overdue_cutoff = new_cutoff;
    END IF;
END $$;

-- Every difference between the summaries (with the deltas) and the base tables; none when they agree.
CREATE FUNCTION report_differences() RETURNS TABLE (report text, key text, expected text, actual text) LANGUAGE sql AS $$
    SELECT 'customers', concat_ws(' ', COALESCE(e.grain, c.grain), COALESCE(e.period, c.period), 'owner=' || COALESCE(COALESCE(e.owner_id, c.owner_id)::text, 'none'),
                                  COALESCE(e.status, c.status)),
           COALESCE(e.n, 0)::text, COALESCE(c.n, 0)::text
      FROM report_customers_expected e
      FULL JOIN report_customers_current c
        ON c.grain = e.grain AND c.period = e.period AND COALESCE(c.owner_id, -1) = COALESCE(e.owner_id, -1) AND c.status = e.status
     WHERE e.n IS DISTINCT FROM c.n
    UNION ALL
    SELECT 'deals', concat_ws(' ', COALESCE(e.grain, c.grain), COALESCE(e.period, c.period), 'owner=' || COALESCE(COALESCE(e.owner_id, c.owner_id)::text, 'none'),
                              COALESCE(e.stage, c.stage), COALESCE(e.currency, c.currency)),
           format('n=%s value=%s weighted=%s', COALESCE(e.n, 0), COALESCE(e.value, 0), COALESCE(e.weighted, 0)),
           format('n=%s value=%s weighted=%s', COALESCE(c.n, 0), COALESCE(c.value, 0), COALESCE(c.weighted, 0))
      FROM report_deals_expected e
      FULL JOIN report_deals_current c
        ON c.grain = e.grain AND c.period = e.period AND COALESCE(c.owner_id, -1) = COALESCE(e.owner_id, -1) AND c.stage = e.stage
       AND c.currency = e.currency
     WHERE (e.n, e.value, e.weighted) IS DISTINCT FROM (c.n, c.value, c.weighted)
    UNION ALL
    SELECT 'activities', concat_ws(' ', COALESCE(e.grain, c.grain), COALESCE(e.period, c.period), 'owner=' || COALESCE(COALESCE(e.owner_id, c.owner_id)::text, 'none'),
                                   COALESCE(e.type, c.type), COALESCE(e.status, c.status)),
           format('n=%s overdue=%s', COALESCE(e.n, 0), COALESCE(e.overdue, 0)),
           format('n=%s overdue=%s', COALESCE(c.n, 0), COALESCE(c.overdue, 0))
      FROM report_activities_expected e
      FULL JOIN report_activities_current c
        ON c.grain = e.grain AND c.period = e.period AND COALESCE(c.owner_id, -1) = COALESCE(e.owner_id, -1) AND c.type = e.type
       AND c.status = e.status
     WHERE (e.n, e.overdue) IS DISTINCT FROM (c.n, c.overdue)
    UNION ALL
    -- Customers marked dirty are recomputed by whoever reads them: only the others must be right.
    SELECT 'top customers', 'customer ' || COALESCE(e.customer_id, c.customer_id),
           format('best=%s deals=%s', COALESCE(e.best, 0), COALESCE(e.deals, 0)), format('best=%s deals=%s', COALESCE(c.best, 0), COALESCE(c.deals, 0))
      FROM report_customer_won_expected e
      FULL JOIN report_customer_won c ON c.customer_id = e.customer_id
     WHERE (e.best, e.deals) IS DISTINCT FROM (c.best, c.deals)
       AND COALESCE(e.customer_id, c.customer_id) NOT IN (SELECT customer_id FROM report_customer_won_dirty)
     ORDER BY 1, 2
$$;

SELECT report_rebuild();
