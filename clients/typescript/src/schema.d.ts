// Generated from openapi/v1.json by scripts/generate.mjs (npm run generate): do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up (never touches the database)
         * @description No token needed.
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["Health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers and the schema is at this build's version
         * @description No token needed.
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["Ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics (text exposition format)
         * @description No token needed.
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["Metrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller and the permissions of its role
         * @description Any valid token.
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/me/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's activities: scheduled by default, overdue first, then by due date
         * @description Needs the `activities:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListMyActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attachments/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file's bytes through a signed download_url; no token
         * @description The `download_url` of an attachment's metadata, usable without a header as an `<img src>` or a plain link. It works for
         *     ATTACHMENT_URL_TTL_SECONDS (default 300) after the metadata was read; read the metadata again for a fresh one.
         *     A signature that does not cover exactly this attachment, user and expiry, or an expired link, answers
         *     `403 INSUFFICIENT_PERMISSIONS` (a link carries no token to renew, so it is never a 401 that would sign the Console out);
         *     an attachment deleted since, or whose record was, answers `404`.
         *
         *     No token needed.
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["DownloadAttachmentWithLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The event feed, in commit order
         * @description Needs the `events:read` permission (admin: all records, manager: no, agent: no).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists customers, filtered, sorted and paged
         * @description Needs the `customers:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListCustomers"];
        put?: never;
        /**
         * Creates a customer, with its contacts and tags in the same transaction
         * @description `contacts` (each a contact body, as `POST /admin/customers/{id}/contacts` takes it) and `tag_ids` are created with the
         *     customer, all or nothing: a problem in any of them is a 400 naming its path (`contacts[1].email`, `tag_ids`) and nothing is
         *     stored. The contact marked `is_primary` (at most one), else the first, becomes the primary contact. Each record and each
         *     tag assignment is audited and emits its event, as the separate calls would. Contacts need `contacts:create`, tags
         *     `tags:assign`.
         *
         *     Needs the `customers:create` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["CreateCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer with its contacts, open deals, upcoming activities, recent timeline and counts
         * @description Needs the `customers:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetCustomer"];
        /**
         * Updates a customer
         * @description Needs the `customers:update` permission (admin: all records, manager: all records, agent: own records).
         */
        put: operations["ReplaceCustomer"];
        post?: never;
        /**
         * Soft-deletes a customer with its contacts, deals, activities and notes
         * @description Needs the `customers:delete` permission (admin: all records, manager: all records, agent: no).
         */
        delete: operations["DeleteCustomer"];
        options?: never;
        head?: never;
        /**
         * Changes a customer's status, assigned_to, contacted or next_follow_up_at
         * @description Needs the `customers:update` permission (admin: all records, manager: all records, agent: own records).
         */
        patch: operations["PatchCustomer"];
        trace?: never;
    };
    "/admin/customers/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restores a deleted customer and exactly what its delete removed
         * @description Needs the `customers:delete` permission (admin: all records, manager: all records, agent: no).
         */
        post: operations["RestoreCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists audit entries, newest first
         * @description Needs the `audit_logs:read` permission (admin: all records, manager: no, agent: no).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/audit-logs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One audit entry
         * @description Needs the `audit_logs:read` permission (admin: all records, manager: no, agent: no).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/pipeline-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the pipeline stages in their order
         * @description Needs the `stages:read` permission (admin: all records, manager: all records, agent: all records).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListPipelineStages"];
        put?: never;
        /**
         * Creates a pipeline stage
         * @description Needs the `stages:manage` permission (admin: all records, manager: no, agent: no).
         */
        post: operations["CreatePipelineStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/pipeline-stages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Changes the members sent; a new name is carried over to its deals (ON UPDATE CASCADE)
         * @description Needs the `stages:manage` permission (admin: all records, manager: no, agent: no).
         */
        put: operations["ReplacePipelineStage"];
        post?: never;
        /**
         * Deletes an unused stage; a stage any deal uses (even a deleted one) answers 409 STAGE_IN_USE
         * @description Needs the `stages:manage` permission (admin: all records, manager: no, agent: no).
         */
        delete: operations["DeletePipelineStage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists deals, filtered, sorted and paged
         * @description Needs the `deals:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListDeals"];
        put?: never;
        /**
         * Creates a deal, in the first open stage unless a stage is given
         * @description Needs the `deals:create` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["CreateDeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One deal
         * @description Needs the `deals:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetDeal"];
        /**
         * Changes the members sent; a stage change follows the transition rules, an absent probability stays unless the stage changes
         * @description Needs the `deals:update` permission (admin: all records, manager: all records, agent: own records).
         */
        put: operations["ReplaceDeal"];
        post?: never;
        /**
         * Soft-deletes a deal
         * @description Needs the `deals:delete` permission (admin: all records, manager: all records, agent: no).
         */
        delete: operations["DeleteDeal"];
        options?: never;
        head?: never;
        /**
         * Changes stage, lost_reason and/or probability, following the stage transition rules
         * @description Needs the `deals:update` permission (admin: all records, manager: all records, agent: own records).
         */
        patch: operations["PatchDeal"];
        trace?: never;
    };
    "/admin/deals/{id}/stage-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The deal's stage changes, oldest first, starting with its creation (from_stage null)
         * @description Needs the `deals:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListDealStageHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists activities, filtered, sorted and paged
         * @description Needs the `activities:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListActivities"];
        put?: never;
        /**
         * Creates an activity on a customer and/or a deal
         * @description Needs the `activities:create` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["CreateActivity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One activity
         * @description Needs the `activities:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetActivity"];
        /**
         * Updates an activity
         * @description Needs the `activities:update` permission (admin: all records, manager: all records, agent: own records).
         */
        put: operations["ReplaceActivity"];
        post?: never;
        /**
         * Soft-deletes an activity
         * @description Needs the `activities:delete` permission (admin: all records, manager: all records, agent: no).
         */
        delete: operations["DeleteActivity"];
        options?: never;
        head?: never;
        /**
         * Changes an activity's status, outcome or due_date; completing sets completed_at
         * @description Needs the `activities:update` permission (admin: all records, manager: all records, agent: own records).
         */
        patch: operations["PatchActivity"];
        trace?: never;
    };
    "/admin/reports/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The overview; figures may be up to 30 seconds old (Cache-Control max-age says so)
         * @description Needs the `reports:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetOverviewReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's contacts; sort_by primary (default: the primary contact first, then oldest first), created_at, updated_at, first_name, last_name
         * @description Needs the `contacts:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListContacts"];
        put?: never;
        /**
         * Adds a contact; a customer's first contact becomes primary, and a new primary un-primaries the previous one
         * @description Needs the `contacts:create` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["CreateContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/contacts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One contact
         * @description Needs the `contacts:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetContact"];
        /**
         * Changes the members sent; is_primary=true un-primaries the customer's other contacts
         * @description Needs the `contacts:update` permission (admin: all records, manager: all records, agent: own records).
         */
        put: operations["ReplaceContact"];
        post?: never;
        /**
         * Soft-deletes a contact; when it was the primary contact, the oldest remaining contact becomes primary
         * @description Needs the `contacts:delete` permission (admin: all records, manager: all records, agent: no).
         */
        delete: operations["DeleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's notes, including the notes on its deals. Newest first; sort_by created_at (default, desc) or updated_at
         * @description Needs the `notes:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListCustomerNotes"];
        put?: never;
        /**
         * Adds a note to a customer
         * @description Needs the `notes:create` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["CreateCustomerNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/deals/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A deal's notes. Newest first; sort_by created_at (default, desc) or updated_at
         * @description Needs the `notes:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListDealNotes"];
        put?: never;
        /**
         * Adds a note to a deal; it also carries the deal's customer_id, so it shows on the customer's timeline
         * @description Needs the `notes:create` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["CreateDealNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/notes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One note
         * @description Needs the `notes:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetNote"];
        /**
         * Edits a note's content; only its author, an admin or a manager may
         * @description Needs the `notes:update` permission (admin: all records, manager: all records, agent: own records).
         */
        put: operations["ReplaceNote"];
        post?: never;
        /**
         * Soft-deletes a note; only its author, an admin or a manager may
         * @description Needs the `notes:delete` permission (admin: all records, manager: all records, agent: own records).
         */
        delete: operations["DeleteNote"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live tags with their live-customer count; search (name substring), sort_by name (default, asc), customer_count, created_at, updated_at
         * @description Needs the `tags:read` permission (admin: all records, manager: all records, agent: all records).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListTags"];
        put?: never;
        /**
         * Creates a tag
         * @description Needs the `tags:manage` permission (admin: all records, manager: all records, agent: no).
         */
        post: operations["CreateTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/tags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One tag with its live-customer count
         * @description Needs the `tags:read` permission (admin: all records, manager: all records, agent: all records).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetTag"];
        /**
         * Updates a tag's name or colour
         * @description Needs the `tags:manage` permission (admin: all records, manager: all records, agent: no).
         */
        put: operations["ReplaceTag"];
        post?: never;
        /**
         * Soft-deletes a tag: it disappears from every customer, and its name becomes free
         * @description Needs the `tags:manage` permission (admin: all records, manager: all records, agent: no).
         */
        delete: operations["DeleteTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{id}/tags/{tag_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Puts a tag on a customer; idempotent (200 also when it is already there)
         * @description Needs the `tags:assign` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["AssignCustomerTag"];
        /**
         * Takes a tag off a customer; idempotent (200 also when it was not there)
         * @description Needs the `tags:assign` permission (admin: all records, manager: all records, agent: own records).
         */
        delete: operations["UnassignCustomerTag"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replaces the customer's tag set with tag_ids and returns the customer's tags; unknown or deleted ids are refused
         * @description Needs the `tags:assign` permission (admin: all records, manager: all records, agent: own records).
         */
        put: operations["ReplaceCustomerTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The files attached to the customer itself. Newest first; sort_by created_at (default, desc), file_name or size_bytes
         * @description Needs the `customers:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListCustomerAttachments"];
        put?: never;
        /**
         * Uploads a file (multipart/form-data, part named file) of at most ATTACHMENT_MAX_BYTES; needs the right to update the record
         * @description Needs the `customers:update` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["UploadCustomerAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/deals/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Newest first; sort_by created_at (default, desc), file_name or size_bytes
         * @description Needs the `deals:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListDealAttachments"];
        put?: never;
        /**
         * Uploads a file (multipart/form-data, part named file) of at most ATTACHMENT_MAX_BYTES; needs the right to update the record
         * @description Needs the `deals:update` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["UploadDealAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/activities/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Newest first; sort_by created_at (default, desc), file_name or size_bytes
         * @description Needs the `activities:read` permission (admin: all records, manager: all records, agent: all records, own with AGENT_READ_SCOPE=own).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListActivityAttachments"];
        put?: never;
        /**
         * Uploads a file (multipart/form-data, part named file) of at most ATTACHMENT_MAX_BYTES; needs the right to update the record
         * @description Needs the `activities:update` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["UploadActivityAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An attachment's metadata; needs the right to read its record
         * @description Any valid token.
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetAttachment"];
        put?: never;
        post?: never;
        /**
         * Soft-deletes an attachment (audited); needs the right to update its record
         * @description Any valid token.
         */
        delete: operations["DeleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/attachments/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file's bytes, streamed, with ETag (the SHA-256), Content-Length and Content-Disposition: attachment
         * @description Any valid token.
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["DownloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lists the webhook endpoints
         * @description Needs the `webhooks:manage` permission (admin: all records, manager: no, agent: no).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListWebhooks"];
        put?: never;
        /**
         * Adds a webhook endpoint; its signing secret is in this answer only
         * @description Needs the `webhooks:manage` permission (admin: all records, manager: no, agent: no).
         */
        post: operations["CreateWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One webhook endpoint (without its secret)
         * @description Needs the `webhooks:manage` permission (admin: all records, manager: no, agent: no).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetWebhook"];
        /**
         * Changes the members sent (url, event_types, enabled, description)
         * @description Needs the `webhooks:manage` permission (admin: all records, manager: no, agent: no).
         */
        put: operations["UpdateWebhook"];
        post?: never;
        /**
         * Deletes a webhook endpoint and its pending deliveries
         * @description Needs the `webhooks:manage` permission (admin: all records, manager: no, agent: no).
         */
        delete: operations["DeleteWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret; the old one keeps signing beside it for 24 h
         * @description Needs the `webhooks:manage` permission (admin: all records, manager: no, agent: no).
         */
        post: operations["RotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sends a webhook.test event to the endpoint now
         * @description Needs the `webhooks:manage` permission (admin: all records, manager: no, agent: no).
         */
        post: operations["TestWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The endpoint's deliveries: status, attempts, last answer, next attempt
         * @description Needs the `webhooks:manage` permission (admin: all records, manager: no, agent: no).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/webhooks/{id}/deliveries/{delivery_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedules a delivery's next attempt now
         * @description Needs the `webhooks:manage` permission (admin: all records, manager: no, agent: no).
         */
        post: operations["RetryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Uploads a CSV or JSON Lines file and queues its import as a job (202)
         * @description Needs the `imports:create` permission (admin: all records, manager: all records, agent: no).
         */
        post: operations["CreateImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import's job: state and progress
         * @description Needs the `jobs:read` permission (admin: all records, manager: all records, agent: own records).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Streams every row the list's filters select (within the caller's read scope) as CSV or JSON Lines; needs records:export
         * @description Needs the `records:export` permission (admin: all records, manager: all records, agent: no).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ExportCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/contacts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Streams every row the list's filters select (within the caller's read scope) as CSV or JSON Lines; needs records:export
         * @description Needs the `records:export` permission (admin: all records, manager: all records, agent: no).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ExportContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/deals/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Streams every row the list's filters select (within the caller's read scope) as CSV or JSON Lines; needs records:export
         * @description Needs the `records:export` permission (admin: all records, manager: all records, agent: no).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ExportDeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/activities/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Streams every row the list's filters select (within the caller's read scope) as CSV or JSON Lines; needs records:export
         * @description Needs the `records:export` permission (admin: all records, manager: all records, agent: no).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ExportActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/customers/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Applies one action to up to 1000 customers by id, each exactly as its single-record route would, answering per id (200); or to every record a filter selects, as a job (202)
         * @description Needs the `records:bulk` permission (admin: all records, manager: all records, agent: no).
         */
        post: operations["BulkCustomers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/deals/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Applies one action to up to 1000 deals by id, each exactly as its single-record route would, answering per id (200); or to every record a filter selects, as a job (202)
         * @description Needs the `records:bulk` permission (admin: all records, manager: all records, agent: no).
         */
        post: operations["BulkDeals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/activities/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Applies one action to up to 1000 activities by id, each exactly as its single-record route would, answering per id (200); or to every record a filter selects, as a job (202)
         * @description Needs the `records:bulk` permission (admin: all records, manager: all records, agent: no).
         */
        post: operations["BulkActivities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Imports and bulk jobs, newest first
         * @description Needs the `jobs:read` permission (admin: all records, manager: all records, agent: own records).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["ListJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job's state and progress
         * @description Needs the `jobs:read` permission (admin: all records, manager: all records, agent: own records).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stops a job at its next batch (what committed stays); a queued job never starts
         * @description Needs the `jobs:read` permission (admin: all records, manager: all records, agent: own records).
         */
        post: operations["CancelJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/jobs/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rows the job could not apply, as CSV: the original columns plus row_number, error_code, error_field, error_message
         * @description Needs the `jobs:read` permission (admin: all records, manager: all records, agent: own records).
         *
         *     `HEAD` answers the same status and headers, without a body.
         */
        get: operations["GetJobErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "activity.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An activity was marked completed.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_activity_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "activity.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A activity was created.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_activity_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "activity.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A activity was deleted.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_activity_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "activity.due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A scheduled activity is due in REMINDER_LEAD_MINUTES (default 15); once per activity and due date.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_activity_due"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "activity.overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A scheduled activity passed its due date; once per activity and due date.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_activity_overdue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "activity.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A activity was updated.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_activity_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "attachment.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A attachment was created.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_attachment_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "attachment.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A attachment was deleted.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_attachment_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contact was created.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_contact_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contact was deleted.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_contact_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "contact.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contact was updated.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_contact_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer was created.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_customer_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer was deleted.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_customer_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.merged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer was merged.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_customer_merged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer was restored.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_customer_restored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "customer.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A customer was updated.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_customer_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "deal.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A deal was created.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_deal_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "deal.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A deal was deleted.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_deal_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "deal.lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A deal entered a lost stage.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_deal_lost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "deal.restored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A deal was restored.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_deal_restored"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "deal.stage_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A deal moved to another stage (followed by deal.won or deal.lost when it closed).
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_deal_stage_changed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "deal.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A deal was updated.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_deal_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "deal.won": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A deal entered a won stage.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_deal_won"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "import.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An import job finished.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_import_completed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "note.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A note was created.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_note_created"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "note.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A note was deleted.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_note_deleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "note.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A note was updated.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_note_updated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tag.assigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A tag was put on a customer (data: the customer with its tags).
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_tag_assigned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tag.unassigned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A tag was taken off a customer (data: the customer with its tags).
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_tag_unassigned"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook.test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A test ping (POST /admin/webhooks/{id}/test); never in the feed.
         * @description Sent to each enabled endpoint subscribed to this type, in order per resource, at least once:
         *     dedupe by `webhook-id`. Verify `webhook-signature` (Standard Webhooks 1.0: `v1,` + base64
         *     HMAC-SHA256 of `id.timestamp.body` with the secret; two signatures for 24 h after a rotation).
         */
        post: operations["Webhook_webhook_test"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        ActivityDetailResponse: {
            /** Format: int64 */
            id: number;
            type: string;
            title: string;
            description: null | string;
            status: string;
            priority: string;
            /** Format: int64 */
            customer_id: null | number;
            /** Format: int64 */
            deal_id: null | number;
            /** Format: int64 */
            contact_id: null | number;
            /** Format: int64 */
            assigned_to: null | number;
            /** Format: date-time */
            due_date: null | string;
            /** Format: int32 */
            duration_minutes: null | number;
            outcome: null | string;
            /** Format: date-time */
            completed_at: null | string;
            is_overdue: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            /** Format: int32 */
            duration: null | number;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            customer: null | components["schemas"]["CustomerSummary"];
            deal: null | components["schemas"]["DealResponse"];
            contact: null | components["schemas"]["ContactResponse"];
            external_id: null | string;
        };
        ActivityFigures: {
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            scheduled: number;
            /** Format: int32 */
            completed: number;
            /** Format: int32 */
            cancelled: number;
            /** Format: int32 */
            overdue: number;
            by_type: {
                [key: string]: number;
            };
        };
        /**
         * @example {
         *       "status": "completed",
         *       "outcome": "Agreed to a pilot"
         *     }
         */
        ActivityPatch: {
            /** @enum {string} */
            status?: "scheduled" | "completed" | "cancelled";
            outcome?: null | string;
            /** Format: date-time */
            due_date?: null | string;
        };
        /**
         * @example {
         *       "type": "call",
         *       "title": "Discovery call",
         *       "description": "Walk through the licence options",
         *       "status": "scheduled",
         *       "priority": "high",
         *       "customer_id": 1,
         *       "assigned_to": 1,
         *       "due_date": "2030-01-15T09:30:00Z",
         *       "duration_minutes": 30
         *     }
         */
        ActivityRequest: {
            /** @enum {string} */
            type: "call" | "email" | "meeting" | "task" | "note";
            title: string;
            description?: null | string;
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            /** Format: int64 */
            customer_id?: null | number;
            /** Format: int64 */
            deal_id?: null | number;
            /** Format: int64 */
            contact_id?: null | number;
            /** Format: int64 */
            assigned_to?: null | number;
            /** Format: int32 */
            duration_minutes?: null | number;
            /**
             * Format: int32
             * @deprecated
             * @description The Go original's name of `duration_minutes`; send either (both only with the same value).
             */
            duration?: null | number;
            external_id?: null | string;
            /** @enum {string} */
            status?: "scheduled" | "completed" | "cancelled";
            outcome?: null | string;
            /** Format: date-time */
            due_date?: null | string;
        };
        /**
         * @example {
         *       "id": 30,
         *       "type": "call",
         *       "title": "Discovery call",
         *       "description": "Walk through the licence options",
         *       "status": "scheduled",
         *       "priority": "high",
         *       "customer_id": 42,
         *       "deal_id": 12,
         *       "contact_id": 7,
         *       "assigned_to": 3,
         *       "due_date": "2030-01-15T09:30:00Z",
         *       "duration_minutes": 30,
         *       "outcome": null,
         *       "completed_at": null,
         *       "is_overdue": false,
         *       "created_at": "2026-01-31T12:20:00Z",
         *       "updated_at": "2026-01-31T12:20:00Z",
         *       "deleted_at": null,
         *       "duration": 30,
         *       "version": "48195",
         *       "external_id": null,
         *       "customer": {
         *         "id": 42,
         *         "name": "Ada Lovelace",
         *         "email": "ada@example.com",
         *         "phone": "+44 20 7946 0000",
         *         "company": "Analytical Engines Ltd",
         *         "role": "CTO",
         *         "status": "prospect",
         *         "assigned_to": 3,
         *         "contacted": true,
         *         "next_follow_up_at": "2030-01-15T09:30:00Z",
         *         "preferred_contact_method": "email",
         *         "do_not_contact": false,
         *         "notes": "Met at the Difference Engine demo",
         *         "created_at": "2026-01-31T12:00:00Z",
         *         "updated_at": "2026-02-02T08:15:00Z",
         *         "deleted_at": null,
         *         "external_id": null
         *       },
         *       "deal": {
         *         "id": 12,
         *         "title": "Analytical engine licence",
         *         "description": "Three-year licence with support",
         *         "customer_id": 42,
         *         "contact_id": 7,
         *         "stage": "proposal",
         *         "amount": 48000,
         *         "currency": "EUR",
         *         "probability": 60,
         *         "expected_close_date": "2030-01-15T09:30:00Z",
         *         "actual_close_date": null,
         *         "owner_id": 3,
         *         "lost_reason": null,
         *         "stage_changed_at": "2026-02-01T10:00:00Z",
         *         "created_at": "2026-01-31T12:10:00Z",
         *         "updated_at": "2026-02-01T10:00:00Z",
         *         "deleted_at": null,
         *         "version": "48201",
         *         "external_id": null,
         *         "customer": null
         *       }
         *     }
         */
        ActivityResponse: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            type: "call" | "email" | "meeting" | "task" | "note";
            title: string;
            description: null | string;
            /** @enum {string} */
            status: "scheduled" | "completed" | "cancelled";
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** Format: int64 */
            customer_id: null | number;
            /** Format: int64 */
            deal_id: null | number;
            /** Format: int64 */
            contact_id: null | number;
            /** Format: int64 */
            assigned_to: null | number;
            /** Format: date-time */
            due_date: null | string;
            /** Format: int32 */
            duration_minutes: null | number;
            outcome: null | string;
            /** Format: date-time */
            completed_at: null | string;
            is_overdue: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            /** Format: int32 */
            duration: null | number;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            customer: null | components["schemas"]["CustomerSummary"];
            deal: null | components["schemas"]["DealResponse"];
            external_id: null | string;
        };
        /**
         * @example {
         *       "title": "Discovery call (rescheduled)",
         *       "due_date": "2030-01-15T09:30:00Z"
         *     }
         */
        ActivityUpdate: {
            /** @enum {string} */
            type?: "call" | "email" | "meeting" | "task" | "note";
            title?: string;
            description?: null | string;
            /** @enum {string} */
            priority?: "low" | "normal" | "high" | "urgent";
            /** Format: int64 */
            customer_id?: null | number;
            /** Format: int64 */
            deal_id?: null | number;
            /** Format: int64 */
            contact_id?: null | number;
            /** Format: int64 */
            assigned_to?: null | number;
            /** Format: int32 */
            duration_minutes?: null | number;
            /**
             * Format: int32
             * @deprecated
             * @description The Go original's name of `duration_minutes`; send either (both only with the same value).
             */
            duration?: null | number;
            external_id?: null | string;
            /** @enum {string} */
            status?: "scheduled" | "completed" | "cancelled";
            outcome?: null | string;
            /** Format: date-time */
            due_date?: null | string;
        };
        /**
         * @example {
         *       "id": 9,
         *       "customer_id": 42,
         *       "deal_id": null,
         *       "activity_id": null,
         *       "file_name": "proposal.pdf",
         *       "content_type": "application/pdf",
         *       "size_bytes": 48213,
         *       "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
         *       "uploaded_by": 3,
         *       "created_at": "2026-02-01T10:06:00Z",
         *       "version": "48203",
         *       "download_url": "/attachments/9/download?user=3&expires=1769940660&signature=pY3l0eV9leGFtcGxlX3NpZ25hdHVyZV9vbmx5X2Zvcl9kb2Nz"
         *     }
         */
        AttachmentResponse: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            customer_id: null | number;
            /** Format: int64 */
            deal_id: null | number;
            /** Format: int64 */
            activity_id: null | number;
            file_name: string;
            content_type: string;
            /** Format: int64 */
            size_bytes: number;
            sha256: string;
            /** Format: int64 */
            uploaded_by: number;
            /** Format: date-time */
            created_at: string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            download_url: string;
        };
        AuditLogResponse: {
            /** Format: int64 */
            id: number;
            resource_type: string;
            /** Format: int64 */
            resource_id: number;
            action: string;
            /** Format: int64 */
            user_id: number;
            user_name: null | string;
            /** @enum {null|string} */
            user_role: "admin" | "manager" | "agent" | null;
            /** @description The fields that changed, each with its value before and after (null: none, as on a create's `old`). */
            changes: null | {
                [key: string]: {
                    old: unknown;
                    new: unknown;
                };
            };
            request_id: null | string;
            ip_address: null | string;
            user_agent: null | string;
            /** Format: date-time */
            created_at: string;
        };
        BulkItemResult: {
            /** Format: int64 */
            id: number;
            /** Format: int32 */
            status: number;
            code?: null | string;
            message?: null | string;
        };
        /**
         * @example {
         *       "ids": [
         *         1,
         *         {
         *           "id": 2,
         *           "version": "\"1234\""
         *         }
         *       ],
         *       "action": "update",
         *       "changes": {
         *         "status": "active"
         *       }
         *     }
         */
        BulkRequest: {
            /** @description The records (or send filter): ids, or `{"id", "version"}` with the ETag each was read at (a stale one is that record's 412). */
            ids?: (number | {
                /** Format: int64 */
                id: number;
                version?: null | string;
            })[];
            /** @enum {string} */
            action: "update" | "delete" | "restore" | "add_tags" | "remove_tags";
            changes?: null | components["schemas"]["JsonObject"];
            /** @description add_tags, remove_tags (customers): the tags, each an existing tag. */
            tag_ids?: null | number[];
            /** @description Instead of ids: the list's query parameters (arrays for comma lists); every record they select is acted on by a job (202). */
            filter?: null | Record<string, never>;
            /**
             * Format: int64
             * @description A delete by filter: the number of records it deletes (else 400 CONFIRMATION_REQUIRED with data.count).
             */
            confirm_count?: null | number;
        };
        BulkResponse: {
            results: components["schemas"]["BulkItemResult"][];
            /** Format: int32 */
            succeeded: number;
            /** Format: int32 */
            failed: number;
        };
        /**
         * @example {
         *       "first_name": "Grace",
         *       "last_name": "Hopper",
         *       "email": "grace@example.com",
         *       "phone": "+1 555 0100",
         *       "position": "Head of Procurement",
         *       "is_primary": true,
         *       "notes": "Prefers calls"
         *     }
         */
        ContactRequest: {
            first_name: string;
            last_name?: null | string;
            /** Format: email */
            email?: null | string;
            phone?: null | string;
            position?: null | string;
            is_primary?: boolean;
            notes?: null | string;
            external_id?: null | string;
        };
        /**
         * @example {
         *       "id": 7,
         *       "customer_id": 42,
         *       "first_name": "Grace",
         *       "last_name": "Hopper",
         *       "email": "grace@example.com",
         *       "phone": "+1 555 0100",
         *       "position": "Head of Procurement",
         *       "is_primary": true,
         *       "notes": "Prefers calls",
         *       "created_at": "2026-01-31T12:05:00Z",
         *       "updated_at": "2026-01-31T12:05:00Z",
         *       "deleted_at": null,
         *       "version": "48190",
         *       "external_id": null,
         *       "customer": {
         *         "id": 42,
         *         "name": "Ada Lovelace",
         *         "email": "ada@example.com",
         *         "phone": "+44 20 7946 0000",
         *         "company": "Analytical Engines Ltd",
         *         "role": "CTO",
         *         "status": "prospect",
         *         "assigned_to": 3,
         *         "contacted": true,
         *         "next_follow_up_at": "2030-01-15T09:30:00Z",
         *         "preferred_contact_method": "email",
         *         "do_not_contact": false,
         *         "notes": "Met at the Difference Engine demo",
         *         "created_at": "2026-01-31T12:00:00Z",
         *         "updated_at": "2026-02-02T08:15:00Z",
         *         "deleted_at": null,
         *         "external_id": null
         *       }
         *     }
         */
        ContactResponse: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            customer_id: number;
            first_name: string;
            last_name: null | string;
            email: null | string;
            phone: null | string;
            position: null | string;
            is_primary: boolean;
            notes: null | string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            customer: null | components["schemas"]["CustomerSummary"];
            external_id: null | string;
        };
        /**
         * @example {
         *       "position": "Chief Procurement Officer"
         *     }
         */
        ContactUpdate: {
            first_name?: string;
            last_name?: null | string;
            /** Format: email */
            email?: null | string;
            phone?: null | string;
            position?: null | string;
            is_primary?: boolean;
            notes?: null | string;
            external_id?: null | string;
        };
        CursorListResponseOfActivityResponse: {
            data: components["schemas"]["ActivityResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfAttachmentResponse: {
            data: components["schemas"]["AttachmentResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfAuditLogResponse: {
            data: components["schemas"]["AuditLogResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfContactResponse: {
            data: components["schemas"]["ContactResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfCustomerResponse: {
            data: components["schemas"]["CustomerResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfDealResponse: {
            data: components["schemas"]["DealResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfDealStageChangeResponse: {
            data: components["schemas"]["DealStageChangeResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfJobResponse: {
            data: components["schemas"]["JobResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfNoteResponse: {
            data: components["schemas"]["NoteResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfPipelineStageResponse: {
            data: components["schemas"]["PipelineStageResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfTagResponse: {
            data: components["schemas"]["TagResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfWebhookDeliveryResponse: {
            data: components["schemas"]["WebhookDeliveryResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CursorListResponseOfWebhookResponse: {
            data: components["schemas"]["WebhookResponse"][];
            /** Format: int32 */
            page_size: number;
            next_cursor: null | string;
            /**
             * @description `cursor`: a keyset page; pass `next_cursor` as `cursor` for the next one (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "cursor";
        };
        CustomerCounts: {
            /** Format: int32 */
            contacts: number;
            /** Format: int32 */
            open_deals: number;
            /** Format: int32 */
            activities: number;
            /** Format: int32 */
            notes: number;
            /** Format: int32 */
            attachments: number;
        };
        CustomerCreatedResponse: {
            /** Format: int64 */
            id: number;
            name: string;
            /** Format: email */
            email: string;
            phone: null | string;
            company: null | string;
            role: null | string;
            /** @enum {string} */
            status: "lead" | "prospect" | "active" | "inactive" | "churned";
            /** Format: int64 */
            assigned_to: null | number;
            contacted: boolean;
            /** Format: date-time */
            next_follow_up_at: null | string;
            /** @enum {null|string} */
            preferred_contact_method: "email" | "phone" | "sms" | "whatsapp" | "none" | null;
            do_not_contact: boolean;
            notes: null | string;
            tags: components["schemas"]["TagSummary"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            contacts: components["schemas"]["ContactResponse"][];
            external_id: null | string;
        };
        CustomerDetailResponse: {
            /** Format: int64 */
            id: number;
            name: string;
            /** Format: email */
            email: string;
            phone: null | string;
            company: null | string;
            role: null | string;
            /** @enum {string} */
            status: "lead" | "prospect" | "active" | "inactive" | "churned";
            /** Format: int64 */
            assigned_to: null | number;
            contacted: boolean;
            /** Format: date-time */
            next_follow_up_at: null | string;
            /** @enum {null|string} */
            preferred_contact_method: "email" | "phone" | "sms" | "whatsapp" | "none" | null;
            do_not_contact: boolean;
            notes: null | string;
            tags: components["schemas"]["TagSummary"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            contacts: components["schemas"]["ContactResponse"][];
            open_deals: components["schemas"]["DealResponse"][];
            upcoming_activities: components["schemas"]["ActivityResponse"][];
            recent_timeline: components["schemas"]["TimelineEvent"][];
            counts: components["schemas"]["CustomerCounts"];
            /** Format: int32 */
            contacts_count: number;
            /** Format: int32 */
            open_deals_count: number;
            /** Format: int32 */
            upcoming_activities_count: number;
            recent_activities: components["schemas"]["ActivityResponse"][];
            included: null | components["schemas"]["Included"];
            external_id: null | string;
        };
        CustomerFigures: {
            /** Format: int32 */
            total: number;
            by_status: {
                [key: string]: number;
            };
        };
        /**
         * @example {
         *       "status": "active",
         *       "contacted": true,
         *       "next_follow_up_at": "2030-01-15T09:30:00Z"
         *     }
         */
        CustomerPatch: {
            /** @enum {string} */
            status?: "lead" | "prospect" | "active" | "inactive" | "churned";
            /** Format: int64 */
            assigned_to?: null | number;
            contacted?: boolean;
            /** Format: date-time */
            next_follow_up_at?: null | string;
        };
        /**
         * @example {
         *       "name": "Ada Lovelace",
         *       "email": "ada@example.com",
         *       "phone": "+44 20 7946 0000",
         *       "company": "Analytical Engines Ltd",
         *       "role": "CTO",
         *       "status": "prospect",
         *       "assigned_to": 1,
         *       "contacted": false,
         *       "next_follow_up_at": "2030-01-15T09:30:00Z",
         *       "preferred_contact_method": "email",
         *       "do_not_contact": false,
         *       "notes": "Met at the Difference Engine demo",
         *       "contacts": [
         *         {
         *           "first_name": "Grace",
         *           "last_name": "Hopper",
         *           "email": "grace@example.com",
         *           "position": "Head of Procurement"
         *         },
         *         {
         *           "first_name": "Alan",
         *           "last_name": "Turing",
         *           "phone": "+44 161 496 0000",
         *           "is_primary": true
         *         }
         *       ]
         *     }
         */
        CustomerRequest: {
            /** @description Contacts created with the customer, each as POST /admin/customers/{id}/contacts takes it: the one marked `is_primary` (at most one), else the first, becomes primary. A problem is named by its path: `contacts[1].email`. */
            contacts?: null | components["schemas"]["ContactRequest"][];
            /** @description Live tags put on the customer (each a tag assignment, audited and evented as POST /admin/customers/{id}/tags/{tag_id}). */
            tag_ids?: null | number[];
            name: string;
            /** Format: email */
            email: string;
            phone?: null | string;
            company?: null | string;
            role?: null | string;
            /** @enum {null|string} */
            preferred_contact_method?: "email" | "phone" | "sms" | "whatsapp" | "none" | null;
            do_not_contact?: boolean;
            notes?: null | string;
            external_id?: null | string;
            /** @enum {string} */
            status?: "lead" | "prospect" | "active" | "inactive" | "churned";
            /** Format: int64 */
            assigned_to?: null | number;
            contacted?: boolean;
            /** Format: date-time */
            next_follow_up_at?: null | string;
        };
        /**
         * @example {
         *       "id": 42,
         *       "name": "Ada Lovelace",
         *       "email": "ada@example.com",
         *       "phone": "+44 20 7946 0000",
         *       "company": "Analytical Engines Ltd",
         *       "role": "CTO",
         *       "status": "prospect",
         *       "assigned_to": 3,
         *       "contacted": true,
         *       "next_follow_up_at": "2030-01-15T09:30:00Z",
         *       "preferred_contact_method": "email",
         *       "do_not_contact": false,
         *       "notes": "Met at the Difference Engine demo",
         *       "tags": [
         *         {
         *           "id": 1,
         *           "name": "VIP",
         *           "color": "#F59E0B"
         *         }
         *       ],
         *       "created_at": "2026-01-31T12:00:00Z",
         *       "updated_at": "2026-02-02T08:15:00Z",
         *       "deleted_at": null,
         *       "version": "48213",
         *       "external_id": "hubspot-1001"
         *     }
         */
        CustomerResponse: {
            /** Format: int64 */
            id: number;
            name: string;
            /** Format: email */
            email: string;
            phone: null | string;
            company: null | string;
            role: null | string;
            /** @enum {string} */
            status: "lead" | "prospect" | "active" | "inactive" | "churned";
            /** Format: int64 */
            assigned_to: null | number;
            contacted: boolean;
            /** Format: date-time */
            next_follow_up_at: null | string;
            /** @enum {null|string} */
            preferred_contact_method: "email" | "phone" | "sms" | "whatsapp" | "none" | null;
            do_not_contact: boolean;
            notes: null | string;
            tags: components["schemas"]["TagSummary"][];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            external_id: null | string;
        };
        CustomerSummary: {
            /** Format: int64 */
            id: number;
            name: string;
            email: string;
            phone: null | string;
            company: null | string;
            role: null | string;
            status: string;
            /** Format: int64 */
            assigned_to: null | number;
            contacted: boolean;
            /** Format: date-time */
            next_follow_up_at: null | string;
            preferred_contact_method: null | string;
            do_not_contact: boolean;
            notes: null | string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            external_id: null | string;
        };
        /**
         * @example {
         *       "name": "Ada King",
         *       "phone": ""
         *     }
         */
        CustomerUpdate: {
            name?: string;
            /** Format: email */
            email?: string;
            phone?: null | string;
            company?: null | string;
            role?: null | string;
            /** @enum {null|string} */
            preferred_contact_method?: "email" | "phone" | "sms" | "whatsapp" | "none" | null;
            do_not_contact?: boolean;
            notes?: null | string;
            external_id?: null | string;
            /** @enum {string} */
            status?: "lead" | "prospect" | "active" | "inactive" | "churned";
            /** Format: int64 */
            assigned_to?: null | number;
            contacted?: boolean;
            /** Format: date-time */
            next_follow_up_at?: null | string;
        };
        DealDetailResponse: {
            /** Format: int64 */
            id: number;
            title: string;
            description: null | string;
            /** Format: int64 */
            customer_id: number;
            /** Format: int64 */
            contact_id: null | number;
            stage: string;
            /** Format: double */
            amount: number;
            currency: string;
            /** Format: int32 */
            probability: number;
            /** Format: date-time */
            expected_close_date: null | string;
            /** Format: date-time */
            actual_close_date: null | string;
            /** Format: int64 */
            owner_id: null | number;
            lost_reason: null | string;
            /** Format: date-time */
            stage_changed_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            customer: null | components["schemas"]["CustomerSummary"];
            contact: null | components["schemas"]["ContactResponse"];
            activities: components["schemas"]["ActivityResponse"][];
            notes: components["schemas"]["NoteResponse"][];
            included: null | components["schemas"]["Included"];
            external_id: null | string;
        };
        DealFigures: {
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            open_count: number;
            /** Format: int32 */
            won_count: number;
            /** Format: int32 */
            lost_count: number;
            by_stage: {
                [key: string]: number;
            };
            by_stage_value: {
                [key: string]: {
                    [key: string]: number;
                };
            };
            open_value_by_currency: {
                [key: string]: number;
            };
            weighted_open_value_by_currency: {
                [key: string]: number;
            };
            won_value_by_currency: {
                [key: string]: number;
            };
            average_won_deal_by_currency: {
                [key: string]: number;
            };
            /** Format: double */
            win_rate: number;
            /** Format: double */
            total_value: null | number;
            /** Format: double */
            won_value: null | number;
            /** Format: double */
            average_deal_size: null | number;
        };
        /**
         * @example {
         *       "stage": "negotiation",
         *       "probability": 75
         *     }
         */
        DealPatch: {
            stage?: string;
            lost_reason?: null | string;
            /** Format: int32 */
            probability?: number;
        };
        /**
         * @example {
         *       "title": "Analytical engine licence",
         *       "description": "Three-year licence with support",
         *       "customer_id": 1,
         *       "stage": "proposal",
         *       "amount": 48000,
         *       "currency": "EUR",
         *       "probability": 60,
         *       "expected_close_date": "2030-01-15T09:30:00Z",
         *       "owner_id": 1
         *     }
         */
        DealRequest: {
            title: string;
            description?: null | string;
            /** Format: int64 */
            customer_id: number;
            /** Format: int64 */
            contact_id?: null | number;
            /** Format: double */
            amount?: number;
            currency?: string;
            /** Format: date-time */
            expected_close_date?: null | string;
            /** Format: int64 */
            owner_id?: null | number;
            external_id?: null | string;
            /** @description An active pipeline stage name; the first open stage when absent on create. Changing it is a stage transition. */
            stage?: string;
            lost_reason?: null | string;
            /** Format: int32 */
            probability?: number;
        };
        /**
         * @example {
         *       "id": 12,
         *       "title": "Analytical engine licence",
         *       "description": "Three-year licence with support",
         *       "customer_id": 42,
         *       "contact_id": 7,
         *       "stage": "proposal",
         *       "amount": 48000,
         *       "currency": "EUR",
         *       "probability": 60,
         *       "expected_close_date": "2030-01-15T09:30:00Z",
         *       "actual_close_date": null,
         *       "owner_id": 3,
         *       "lost_reason": null,
         *       "stage_changed_at": "2026-02-01T10:00:00Z",
         *       "created_at": "2026-01-31T12:10:00Z",
         *       "updated_at": "2026-02-01T10:00:00Z",
         *       "deleted_at": null,
         *       "version": "48201",
         *       "external_id": null,
         *       "customer": {
         *         "id": 42,
         *         "name": "Ada Lovelace",
         *         "email": "ada@example.com",
         *         "phone": "+44 20 7946 0000",
         *         "company": "Analytical Engines Ltd",
         *         "role": "CTO",
         *         "status": "prospect",
         *         "assigned_to": 3,
         *         "contacted": true,
         *         "next_follow_up_at": "2030-01-15T09:30:00Z",
         *         "preferred_contact_method": "email",
         *         "do_not_contact": false,
         *         "notes": "Met at the Difference Engine demo",
         *         "created_at": "2026-01-31T12:00:00Z",
         *         "updated_at": "2026-02-02T08:15:00Z",
         *         "deleted_at": null,
         *         "external_id": null
         *       }
         *     }
         */
        DealResponse: {
            /** Format: int64 */
            id: number;
            title: string;
            description: null | string;
            /** Format: int64 */
            customer_id: number;
            /** Format: int64 */
            contact_id: null | number;
            stage: string;
            /** Format: double */
            amount: number;
            currency: string;
            /** Format: int32 */
            probability: number;
            /** Format: date-time */
            expected_close_date: null | string;
            /** Format: date-time */
            actual_close_date: null | string;
            /** Format: int64 */
            owner_id: null | number;
            lost_reason: null | string;
            /** Format: date-time */
            stage_changed_at: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            customer: null | components["schemas"]["CustomerSummary"];
            external_id: null | string;
        };
        DealStageChangeResponse: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            deal_id: number;
            from_stage: null | string;
            to_stage: string;
            /** Format: int64 */
            changed_by: number;
            /** Format: date-time */
            changed_at: string;
        };
        /**
         * @example {
         *       "title": "Analytical engine licence (5 years)",
         *       "amount": 72000
         *     }
         */
        DealUpdate: {
            title?: string;
            description?: null | string;
            /** Format: int64 */
            customer_id?: number;
            /** Format: int64 */
            contact_id?: null | number;
            /** Format: double */
            amount?: number;
            currency?: string;
            /** Format: date-time */
            expected_close_date?: null | string;
            /** Format: int64 */
            owner_id?: null | number;
            external_id?: null | string;
            /** @description An active pipeline stage name; the first open stage when absent on create. Changing it is a stage transition. */
            stage?: string;
            lost_reason?: null | string;
            /** Format: int32 */
            probability?: number;
        };
        /**
         * @description The one error shape of the API.
         * @example {
         *       "code": "VALIDATION_FAILED",
         *       "message": "email must be a valid email address",
         *       "data": {
         *         "errors": {
         *           "email": [
         *             "must be a valid email address"
         *           ]
         *         }
         *       }
         *     }
         */
        Error: {
            /** @description Stable, machine-readable error code. */
            code: string;
            /** @description Human-readable explanation. */
            message: string;
            /** @description Details, or null. A 400 says which: its field errors (ValidationErrors), or null. */
            data: null | Record<string, never>;
        };
        EventActor: {
            /** Format: int64 */
            user_id: number;
            role: string;
        };
        EventMessage: {
            /**
             * Format: int64
             * @description Unique and increasing; the `webhook-id` of its deliveries (receivers dedupe by it).
             */
            id: number;
            /** @enum {string} */
            type: "customer.created" | "customer.updated" | "customer.deleted" | "customer.restored" | "customer.merged" | "contact.created" | "contact.updated" | "contact.deleted" | "deal.created" | "deal.updated" | "deal.deleted" | "deal.restored" | "deal.stage_changed" | "deal.won" | "deal.lost" | "activity.created" | "activity.updated" | "activity.completed" | "activity.deleted" | "activity.due" | "activity.overdue" | "note.created" | "note.updated" | "note.deleted" | "tag.assigned" | "tag.unassigned" | "attachment.created" | "attachment.deleted" | "import.completed" | "webhook.test";
            /** Format: date-time */
            occurred_at: string;
            actor: components["schemas"]["EventActor"];
            resource: components["schemas"]["EventResource"];
            /**
             * Format: int64
             * @description The resource's change counter: a receiver keeps the highest seen per resource and drops lower ones.
             */
            sequence: number;
            /** @description The resource after the change, as its GET answers it (a deletion: as it was, with `deleted_at`); per type in `webhooks`. */
            data: Record<string, never>;
            /** @description Changed fields: `{field: {"old": …, "new": …}}`; null for reminders and pings. */
            changes: null | Record<string, never>;
            request_id: null | string;
        };
        EventPage: {
            data: components["schemas"]["EventMessage"][];
            next_cursor: null | string;
            has_more: boolean;
        };
        EventResource: {
            /** @description customer, contact, deal, activity, note, attachment or import (tag events: the customer; pings: the webhook). */
            type: string;
            /** Format: int64 */
            id: number;
        };
        HealthResponse: {
            status: string;
            version: string;
            checks: {
                [key: string]: string;
            };
        };
        Included: {
            contacts: null | components["schemas"]["ListResponseOfContactResponse"];
            deals: null | components["schemas"]["ListResponseOfDealResponse"];
            activities: null | components["schemas"]["ListResponseOfActivityResponse"];
            notes: null | components["schemas"]["ListResponseOfNoteResponse"];
            attachments: null | components["schemas"]["ListResponseOfAttachmentResponse"];
            tags: null | components["schemas"]["ListResponseOfTagResponse"];
        };
        JobResponse: {
            /** Format: int64 */
            id: number;
            kind: string;
            status: string;
            entity: string;
            mode: null | string;
            action: null | string;
            dry_run: boolean;
            file_name: null | string;
            /** Format: int32 */
            total_rows: null | number;
            /** Format: int32 */
            processed_rows: number;
            /** Format: int32 */
            created: number;
            /** Format: int32 */
            updated: number;
            /** Format: int32 */
            unchanged: number;
            /** Format: int32 */
            failed: number;
            /** Format: int64 */
            user_id: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            started_at: null | string;
            /** Format: date-time */
            finished_at: null | string;
            error: null | string;
        };
        /** @description update: the members to set, as the record's PUT takes them. */
        JsonObject: Record<string, never>;
        ListResponseOfActivityResponse: {
            data: components["schemas"]["ActivityResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfAttachmentResponse: {
            data: components["schemas"]["AttachmentResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfAuditLogResponse: {
            data: components["schemas"]["AuditLogResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfContactResponse: {
            data: components["schemas"]["ContactResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfCustomerResponse: {
            data: components["schemas"]["CustomerResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfDealResponse: {
            data: components["schemas"]["DealResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfDealStageChangeResponse: {
            data: components["schemas"]["DealStageChangeResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfJobResponse: {
            data: components["schemas"]["JobResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfNoteResponse: {
            data: components["schemas"]["NoteResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfPipelineStageResponse: {
            data: components["schemas"]["PipelineStageResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfTagResponse: {
            data: components["schemas"]["TagResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfWebhookDeliveryResponse: {
            data: components["schemas"]["WebhookDeliveryResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        ListResponseOfWebhookResponse: {
            data: components["schemas"]["WebhookResponse"][];
            /** Format: int32 */
            total: number;
            total_exact: boolean;
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            page_size: number;
            /** Format: int32 */
            total_pages: number;
            /**
             * @description `offset`: a numbered page with a bounded count (this shape). (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            paging: "offset";
        };
        MeResponse: {
            user: components["schemas"]["MeUser"];
            permissions: string[];
        };
        MeUser: {
            /** Format: int64 */
            id: number;
            sub: string;
            email: null | string;
            name: null | string;
            /** @enum {string} */
            role: "admin" | "manager" | "agent";
            /** @default true */
            is_active: boolean;
        };
        MessageResponse: {
            message: string;
        };
        /**
         * @example {
         *       "content": "Asked for a quote in EUR; decision expected next week."
         *     }
         */
        NoteRequest: {
            content: string;
        };
        /**
         * @example {
         *       "id": 5,
         *       "content": "Asked for a quote in EUR; decision expected next week.",
         *       "customer_id": 42,
         *       "deal_id": 12,
         *       "author_id": 3,
         *       "author_name": "Alan Turing",
         *       "created_at": "2026-02-01T10:05:00Z",
         *       "updated_at": "2026-02-01T10:05:00Z",
         *       "deleted_at": null,
         *       "version": "48202",
         *       "activity_id": null
         *     }
         */
        NoteResponse: {
            /** Format: int64 */
            id: number;
            content: string;
            /** Format: int64 */
            customer_id: null | number;
            /** Format: int64 */
            deal_id: null | number;
            /** Format: int64 */
            author_id: number;
            author_name: null | string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            /** Format: int64 */
            activity_id: null | number;
        };
        /**
         * @example {
         *       "content": "Quote sent in EUR."
         *     }
         */
        NoteUpdate: {
            content?: string;
        };
        OverviewResponse: {
            customers: components["schemas"]["CustomerFigures"];
            deals: components["schemas"]["DealFigures"];
            activities: components["schemas"]["ActivityFigures"];
            recent_deals: components["schemas"]["DealResponse"][];
            top_customers: components["schemas"]["TopCustomer"][];
        };
        /**
         * @example {
         *       "name": "demo_scheduled",
         *       "display_name": "Demo scheduled",
         *       "order": 25,
         *       "color": "#3B82F6",
         *       "probability": 40,
         *       "kind": "open",
         *       "is_active": true
         *     }
         */
        PipelineStageRequest: {
            name: string;
            display_name: string;
            /** Format: int32 */
            order: number;
            color?: null | string;
            /** Format: int32 */
            probability?: number;
            /** @enum {string} */
            kind?: "open" | "won" | "lost";
            is_active?: boolean;
        };
        /**
         * @example {
         *       "id": 3,
         *       "name": "proposal",
         *       "display_name": "Proposal",
         *       "order": 3,
         *       "color": "#3B82F6",
         *       "probability": 50,
         *       "kind": "open",
         *       "is_active": true,
         *       "created_at": "2026-01-01T00:00:00Z",
         *       "updated_at": "2026-01-01T00:00:00Z",
         *       "version": "731"
         *     }
         */
        PipelineStageResponse: {
            /** Format: int64 */
            id: number;
            name: string;
            display_name: string;
            /** Format: int32 */
            order: number;
            color: null | string;
            /** Format: int32 */
            probability: number;
            /** @enum {string} */
            kind: "open" | "won" | "lost";
            is_active: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
        };
        /**
         * @example {
         *       "display_name": "Demo booked",
         *       "probability": 45
         *     }
         */
        PipelineStageUpdate: {
            name?: string;
            display_name?: string;
            /** Format: int32 */
            order?: number;
            color?: null | string;
            /** Format: int32 */
            probability?: number;
            /** @enum {string} */
            kind?: "open" | "won" | "lost";
            is_active?: boolean;
        };
        ReadinessResponse: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            checks: {
                [key: string]: string;
            };
        };
        /**
         * @example {
         *       "name": "VIP",
         *       "color": "#F59E0B"
         *     }
         */
        TagRequest: {
            name: string;
            color?: null | string;
        };
        /**
         * @example {
         *       "id": 1,
         *       "name": "VIP",
         *       "color": "#F59E0B",
         *       "customer_count": 12,
         *       "created_at": "2026-01-01T00:00:00Z",
         *       "updated_at": "2026-01-01T00:00:00Z",
         *       "deleted_at": null,
         *       "version": "612"
         *     }
         */
        TagResponse: {
            /** Format: int64 */
            id: number;
            name: string;
            color: null | string;
            /** Format: int32 */
            customer_count: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            deleted_at: null | string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
        };
        /**
         * @example {
         *       "tag_ids": [
         *         1
         *       ]
         *     }
         */
        TagSetRequest: {
            tag_ids: number[];
        };
        TagSummary: {
            /** Format: int64 */
            id: number;
            name: string;
            color: null | string;
        };
        /**
         * @example {
         *       "color": "#EF4444"
         *     }
         */
        TagUpdate: {
            name?: string;
            color?: null | string;
        };
        TimelineEvent: {
            /** @enum {string} */
            type: "activity" | "note" | "stage_change";
            /** Format: int64 */
            id: number;
            /** Format: date-time */
            occurred_at: string;
            summary: string;
            /** Format: int64 */
            user_id: null | number;
            /** Format: int64 */
            deal_id: null | number;
        };
        TopCustomer: {
            /** Format: int64 */
            id: number;
            name: string;
            email: string;
            company: null | string;
            /** Format: int32 */
            won_deals_count: number;
            won_value_by_currency: {
                [key: string]: number;
            };
            /** Format: int32 */
            deals_count: number;
            /** Format: double */
            deals_value: null | number;
        };
        /**
         * @description The `data` of a 400: each member (body member, query parameter or header) in error with its problems.
         * @example {
         *       "errors": {
         *         "email": [
         *           "must be a valid email address"
         *         ]
         *       }
         *     }
         */
        ValidationErrors: {
            errors: {
                [key: string]: string[];
            };
        };
        WebhookDeliveryResponse: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            webhook_id: number;
            /** Format: int64 */
            event_id: number;
            event_type: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** Format: int32 */
            attempts: number;
            /** Format: date-time */
            next_attempt_at: null | string;
            /** Format: date-time */
            last_attempt_at: null | string;
            /** Format: int32 */
            last_status: null | number;
            last_error: null | string;
            /** Format: int32 */
            last_duration_ms: null | number;
            /** @description The first 1 KB of the last answer's body. */
            last_response: null | string;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * @example {
         *       "url": "https://203.0.113.10/crm-events",
         *       "event_types": [
         *         "deal.won",
         *         "customer.*"
         *       ],
         *       "enabled": true,
         *       "description": "Billing: won deals and customer changes"
         *     }
         */
        WebhookRequest: {
            /** Format: uri */
            url: string;
            /** @description Event types, `resource.*` patterns or `*`. */
            event_types: string[];
            enabled?: null | boolean;
            description?: null | string;
        };
        WebhookResponse: {
            /** Format: int64 */
            id: number;
            url: string;
            event_types: string[];
            enabled: boolean;
            description: null | string;
            disabled_reason: null | string;
            /** Format: date-time */
            failing_since: null | string;
            /** Format: date-time */
            previous_secret_expires_at: null | string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
        };
        /**
         * @example {
         *       "description": "Billing (v2)",
         *       "enabled": true
         *     }
         */
        WebhookUpdate: {
            url?: string;
            event_types?: string[];
            enabled?: boolean;
            description?: null | string;
        };
        WebhookWithSecretResponse: {
            /** Format: int64 */
            id: number;
            url: string;
            event_types: string[];
            enabled: boolean;
            description: null | string;
            disabled_reason: null | string;
            /** Format: date-time */
            failing_since: null | string;
            /** Format: date-time */
            previous_secret_expires_at: null | string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The record's version: the value its ETag carries, without the quotes. Send it back as `If-Match: "<version>"` to change exactly this version (a stale one answers 412). Read-only: echoed in a PUT or PATCH body it is ignored while it is the current version, and refused with 400 VALIDATION_FAILED when it is not. */
            version: string;
            /** @description `whsec_` + base64: the signing secret, shown this once. Store it now. */
            secret: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description `attachment`, with the file's name (RFC 6266: `filename` in ASCII and `filename*` in UTF-8). */
        "Content-Disposition": string;
        /** @description The strong entity tag of the version returned; send it back in If-Match to change exactly that version. */
        ETag: string;
        /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key. */
        "Idempotent-Replayed": string;
        /** @description The path of the created record (on a 202: of the job doing the work). */
        Location: string;
        /** @description Requests allowed per minute for the caller (RATE_LIMIT_PER_MINUTE, per instance). On every answer to a caller whose token was accepted, except a 403 decided from the token alone. */
        "RateLimit-Limit": number;
        /** @description Requests left in the current minute (see RateLimit-Limit for when it is sent). */
        "RateLimit-Remaining": number;
        /** @description Seconds until the caller's window resets. */
        "RateLimit-Reset": number;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description With a read replica (DATABASE_READ_URL): the caller's latest commit position (this request's write, if it wrote); send it back as X-CRM-Consistency so that the next read sees it on any instance. */
        "X-CRM-Consistency": string;
        /** @description The request's id: the caller's own if it sent a sane one, else a new one. Quote it when reporting a problem. */
        "X-Request-ID": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthResponse"];
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
        };
    };
    Ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessResponse"];
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    Metrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
        };
    };
    GetMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListMyActivities: {
        parameters: {
            query?: {
                /** @description Only these types. Comma-separated, any of them matches. */
                type?: ("call" | "email" | "meeting" | "task" | "note")[];
                /** @description Only these statuses; `overdue` means scheduled and due in the past. Comma-separated, any of them matches. */
                status?: ("scheduled" | "completed" | "cancelled" | "overdue")[];
                /** @description Only these priorities. Comma-separated, any of them matches. */
                priority?: ("low" | "normal" | "high" | "urgent")[];
                /** @description Only activities assigned to these users. Comma-separated user ids, `me` (the caller) or `none` (unassigned). */
                assigned_to?: (number | ("me" | "none"))[];
                /** @description Only activities of these customers. Comma-separated positive ids (at most 100). */
                customer_id?: number[];
                /** @description Only activities of these deals. Comma-separated positive ids (at most 100). */
                deal_id?: number[];
                /** @description Case-insensitive substring of the title. */
                search?: string;
                /** @description Due at or after. RFC 3339 timestamp. */
                due_from?: string;
                /** @description Due at or before. RFC 3339 timestamp. */
                due_to?: string;
                /**
                 * @deprecated
                 * @description The Go original's name of `due_from` (deprecated; send one of them).
                 */
                due_date_from?: string;
                /**
                 * @deprecated
                 * @description The Go original's name of `due_to` (deprecated; send one of them).
                 */
                due_date_to?: string;
                /** @description Only the activity with this external_id. */
                external_id?: string;
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "due_date" | "created_at" | "updated_at" | "priority" | "status" | "title" | "type";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfActivityResponse"] | components["schemas"]["CursorListResponseOfActivityResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DownloadAttachmentWithLink: {
        parameters: {
            query?: {
                /** @description The user the link was issued to. */
                user?: number;
                /** @description When the link stops working (Unix seconds). */
                expires?: number;
                /** @description HMAC-SHA256 of the attachment id, user and expiry (base64url). */
                signature?: string;
            };
            header?: {
                /** @description An ETag of this file received earlier: 304 when it is still the file's. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, with the type recorded for the file. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    ETag: components["headers"]["ETag"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                    "*/*": Blob;
                };
            };
            /** @description Not modified: If-None-Match names this file's ETag; no body. */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "ATTACHMENT_NOT_FOUND";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListEvents: {
        parameters: {
            query?: {
                /** @description The `next_cursor` of the previous page; absent: the oldest event kept. */
                after?: string;
                /** @description Comma-separated types or patterns (`deal.*`, `customer.created`, `*`); absent: every type. */
                types?: string;
                /** @description Events per page. */
                limit?: number;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The cursor is older than the retention: what followed it is gone. */
            410: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "EVENTS_EXPIRED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListCustomers: {
        parameters: {
            query?: {
                /** @description Only these statuses. Comma-separated, any of them matches. */
                status?: ("lead" | "prospect" | "active" | "inactive" | "churned")[];
                /** @description Only customers assigned to these users. Comma-separated user ids, `me` (the caller) or `none` (unassigned). */
                assigned_to?: (number | ("me" | "none"))[];
                /** @description Only customers with these tags. Comma-separated positive ids (at most 100). */
                tags?: number[];
                /** @description With `tags`: any of them (default) or all of them. */
                tag_match?: "any" | "all";
                /** @description Created at or after. RFC 3339 timestamp. */
                created_from?: string;
                /** @description Created at or before. RFC 3339 timestamp. */
                created_to?: string;
                /** @description Case-insensitive substring of name, email, company or phone. */
                search?: string;
                /** @description Only contacted (or not contacted) customers. `true` or `false` (`1`/`0` are accepted too). */
                contacted?: boolean;
                /** @description `true`: only customers whose next follow-up is at or before now. `true` or `false` (`1`/`0` are accepted too). */
                follow_up_due?: boolean;
                /** @description `true`: only soft-deleted customers (admin and manager; others get 403). `true` or `false` (`1`/`0` are accepted too). */
                deleted?: boolean;
                /** @description Only the customer with this external_id. */
                external_id?: string;
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at" | "updated_at" | "name" | "email" | "status" | "next_follow_up_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfCustomerResponse"] | components["schemas"]["CursorListResponseOfCustomerResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreateCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerCreatedResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "EMAIL_EXISTS" | "EXTERNAL_ID_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetCustomer: {
        parameters: {
            query?: {
                /** @description Comma-separated related lists to add under `included`, each the first 100 rows of its own list route in that route's default order, within the caller's reach (`total` says whether there are more): `contacts` (GET /admin/customers/{id}/contacts), `deals` (GET /admin/deals?customer_id=), `activities` (GET /admin/activities?customer_id=, on a deal ?deal_id=), `notes` and `attachments` (the record's own notes and attachments routes), `tags` (GET /admin/tags?ids= of the customer's tags). On a deal, contacts, deals and tags are those of its customer. */
                include?: ("contacts" | "deals" | "activities" | "notes" | "attachments" | "tags")[];
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerDetailResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReplaceCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerUpdate"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "EMAIL_EXISTS" | "EXTERNAL_ID_EXISTS";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeleteCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PatchCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerPatch"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "NO_UPDATES" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RestoreCustomer: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "EMAIL_EXISTS" | "EXTERNAL_ID_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListAuditLogs: {
        parameters: {
            query?: {
                /** @description Only entries about this resource type (customer, deal, …). */
                resource_type?: string;
                /** @description Only entries about these records. Comma-separated positive ids (at most 100). */
                resource_id?: number[];
                /** @description Only entries written by these users. Comma-separated positive ids (at most 100). */
                user_id?: number[];
                /** @description Only this action (create, update, delete, restore, stage_change, tag_assign, tag_unassign, migrate_normalize, migrate_resolve, …). */
                action?: string;
                /** @description Written at or after. RFC 3339 timestamp. */
                from?: string;
                /** @description Written at or before. RFC 3339 timestamp. */
                to?: string;
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfAuditLogResponse"] | components["schemas"]["CursorListResponseOfAuditLogResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetAuditLog: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditLogResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListPipelineStages: {
        parameters: {
            query?: {
                /** @description Only stages of these kinds. Comma-separated, any of them matches. */
                kind?: ("open" | "won" | "lost")[];
                /** @description Only active (or inactive) stages. `true` or `false` (`1`/`0` are accepted too). */
                is_active?: boolean;
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "order" | "name" | "created_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfPipelineStageResponse"] | components["schemas"]["CursorListResponseOfPipelineStageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreatePipelineStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PipelineStageRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineStageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE" | "STAGE_EXISTS";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReplacePipelineStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PipelineStageUpdate"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PipelineStageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "STAGE_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "STAGE_EXISTS";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeletePipelineStage: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "STAGE_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "STAGE_IN_USE";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListDeals: {
        parameters: {
            query?: {
                /** @description Only deals in these stages (stage names). Comma-separated, any of them matches. */
                stage?: string[];
                /** @description Only deals whose stage is of these kinds. Comma-separated, any of them matches. */
                status?: ("open" | "won" | "lost")[];
                /** @description Only deals owned by these users. Comma-separated user ids, `me` (the caller) or `none` (unassigned). */
                owner_id?: (number | ("me" | "none"))[];
                /** @description Only deals of these customers. Comma-separated positive ids (at most 100). */
                customer_id?: number[];
                /** @description Case-insensitive substring of the title. */
                search?: string;
                /** @description Amount at least. */
                amount_min?: number;
                /** @description Amount at most. */
                amount_max?: number;
                /** @description Expected to close at or after. RFC 3339 timestamp. */
                expected_close_from?: string;
                /** @description Expected to close at or before. RFC 3339 timestamp. */
                expected_close_to?: string;
                /** @description Created at or after. RFC 3339 timestamp. */
                created_from?: string;
                /** @description Created at or before. RFC 3339 timestamp. */
                created_to?: string;
                /** @description Only the deal with this external_id. */
                external_id?: string;
                /** @description `true`: only soft-deleted deals (admin and manager; others get 403). `true` or `false` (`1`/`0` are accepted too). */
                deleted?: boolean;
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at" | "updated_at" | "title" | "amount" | "expected_close_date" | "stage";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfDealResponse"] | components["schemas"]["CursorListResponseOfDealResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreateDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DealRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_JSON" | "INVALID_STAGE" | "INVALID_TRANSITION" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "EXTERNAL_ID_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetDeal: {
        parameters: {
            query?: {
                /** @description Comma-separated related lists to add under `included`, each the first 100 rows of its own list route in that route's default order, within the caller's reach (`total` says whether there are more): `contacts` (GET /admin/customers/{id}/contacts), `deals` (GET /admin/deals?customer_id=), `activities` (GET /admin/activities?customer_id=, on a deal ?deal_id=), `notes` and `attachments` (the record's own notes and attachments routes), `tags` (GET /admin/tags?ids= of the customer's tags). On a deal, contacts, deals and tags are those of its customer. */
                include?: ("contacts" | "deals" | "activities" | "notes" | "attachments" | "tags")[];
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealDetailResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "DEAL_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReplaceDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DealUpdate"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "INVALID_STAGE" | "INVALID_TRANSITION" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "DEAL_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "EXTERNAL_ID_EXISTS";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeleteDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "DEAL_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PatchDeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DealPatch"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "INVALID_STAGE" | "INVALID_TRANSITION" | "NO_UPDATES" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "DEAL_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListDealStageHistory: {
        parameters: {
            query?: {
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "changed_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfDealStageChangeResponse"] | components["schemas"]["CursorListResponseOfDealStageChangeResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "DEAL_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListActivities: {
        parameters: {
            query?: {
                /** @description Only these types. Comma-separated, any of them matches. */
                type?: ("call" | "email" | "meeting" | "task" | "note")[];
                /** @description Only these statuses; `overdue` means scheduled and due in the past. Comma-separated, any of them matches. */
                status?: ("scheduled" | "completed" | "cancelled" | "overdue")[];
                /** @description Only these priorities. Comma-separated, any of them matches. */
                priority?: ("low" | "normal" | "high" | "urgent")[];
                /** @description Only activities assigned to these users. Comma-separated user ids, `me` (the caller) or `none` (unassigned). */
                assigned_to?: (number | ("me" | "none"))[];
                /** @description Only activities of these customers. Comma-separated positive ids (at most 100). */
                customer_id?: number[];
                /** @description Only activities of these deals. Comma-separated positive ids (at most 100). */
                deal_id?: number[];
                /** @description Case-insensitive substring of the title. */
                search?: string;
                /** @description Due at or after. RFC 3339 timestamp. */
                due_from?: string;
                /** @description Due at or before. RFC 3339 timestamp. */
                due_to?: string;
                /**
                 * @deprecated
                 * @description The Go original's name of `due_from` (deprecated; send one of them).
                 */
                due_date_from?: string;
                /**
                 * @deprecated
                 * @description The Go original's name of `due_to` (deprecated; send one of them).
                 */
                due_date_to?: string;
                /** @description Only the activity with this external_id. */
                external_id?: string;
                /** @description `true`: only soft-deleted activities (admin and manager; others get 403). `true` or `false` (`1`/`0` are accepted too). */
                deleted?: boolean;
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "due_date" | "created_at" | "updated_at" | "priority" | "status" | "title" | "type";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfActivityResponse"] | components["schemas"]["CursorListResponseOfActivityResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreateActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_JSON" | "MISSING_LINK" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "EXTERNAL_ID_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityDetailResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "ACTIVITY_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReplaceActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityUpdate"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "MISSING_LINK" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "ACTIVITY_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "EXTERNAL_ID_EXISTS";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeleteActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "ACTIVITY_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    PatchActivity: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActivityPatch"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "NO_UPDATES" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "ACTIVITY_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetOverviewReport: {
        parameters: {
            query?: {
                /** @description Only figures of records owned by (assigned to) these users. Comma-separated user ids, `me` (the caller) or `none` (unassigned). */
                owner_id?: (number | ("me" | "none"))[];
                /** @description Only records created at or after. RFC 3339 timestamp. */
                from?: string;
                /** @description Only records created at or before. RFC 3339 timestamp. */
                to?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverviewResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListContacts: {
        parameters: {
            query?: {
                /** @description Only the contact with this external_id. */
                external_id?: string;
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "primary" | "created_at" | "updated_at" | "first_name" | "last_name";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfContactResponse"] | components["schemas"]["CursorListResponseOfContactResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreateContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "EXTERNAL_ID_EXISTS" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONTACT_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReplaceContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONTACT_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "EXTERNAL_ID_EXISTS";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeleteContact: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONTACT_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListCustomerNotes: {
        parameters: {
            query?: {
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at" | "updated_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfNoteResponse"] | components["schemas"]["CursorListResponseOfNoteResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreateCustomerNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListDealNotes: {
        parameters: {
            query?: {
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at" | "updated_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfNoteResponse"] | components["schemas"]["CursorListResponseOfNoteResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "DEAL_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreateDealNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "DEAL_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "NOTE_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReplaceNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoteUpdate"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoteResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "NOTE_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeleteNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "NOTE_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListTags: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring of the name. */
                search?: string;
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "name" | "customer_count" | "created_at" | "updated_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfTagResponse"] | components["schemas"]["CursorListResponseOfTagResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreateTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE" | "TAG_EXISTS";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "TAG_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReplaceTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagUpdate"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "TAG_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "TAG_EXISTS";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeleteTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "TAG_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    AssignCustomerTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
                /** @description A record id (positive integer). */
                tag_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND" | "TAG_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    UnassignCustomerTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
                /** @description A record id (positive integer). */
                tag_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND" | "TAG_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ReplaceCustomerTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagSetRequest"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TagSummary"][];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListCustomerAttachments: {
        parameters: {
            query?: {
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at" | "file_name" | "size_bytes";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfAttachmentResponse"] | components["schemas"]["CursorListResponseOfAttachmentResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    UploadCustomerAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file's bytes, at most ATTACHMENT_MAX_BYTES, in a part with a filename (the name recorded).
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CUSTOMER_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The file is larger than ATTACHMENT_MAX_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not multipart/form-data. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListDealAttachments: {
        parameters: {
            query?: {
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at" | "file_name" | "size_bytes";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfAttachmentResponse"] | components["schemas"]["CursorListResponseOfAttachmentResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "DEAL_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    UploadDealAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file's bytes, at most ATTACHMENT_MAX_BYTES, in a part with a filename (the name recorded).
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "DEAL_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The file is larger than ATTACHMENT_MAX_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not multipart/form-data. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListActivityAttachments: {
        parameters: {
            query?: {
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at" | "file_name" | "size_bytes";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfAttachmentResponse"] | components["schemas"]["CursorListResponseOfAttachmentResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "ACTIVITY_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    UploadActivityAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file's bytes, at most ATTACHMENT_MAX_BYTES, in a part with a filename (the name recorded).
                     */
                    file: Blob;
                };
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "ACTIVITY_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The file is larger than ATTACHMENT_MAX_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not multipart/form-data. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "ATTACHMENT_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeleteAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "ATTACHMENT_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DownloadAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description An ETag of this file received earlier: 304 when it is still the file's. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes, with the type recorded for the file. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": Blob;
                    "*/*": Blob;
                };
            };
            /** @description Not modified: If-None-Match names this file's ETag; no body. */
            304: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "ATTACHMENT_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListWebhooks: {
        parameters: {
            query?: {
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfWebhookResponse"] | components["schemas"]["CursorListResponseOfWebhookResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRequest"];
            };
        };
        responses: {
            /** @description Created; Location names the new record. */
            201: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    ETag: components["headers"]["ETag"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_JSON" | "UNSAFE_URL" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    UpdateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_JSON" | "NO_UPDATES" | "UNSAFE_URL" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    DeleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description The ETag of the version read: the change applies only if it is still current. */
                "If-Match"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT";
                    };
                };
            };
            /** @description If-Match names a version that is no longer current; nothing changed. */
            412: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PRECONDITION_FAILED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecretResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    TestWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in these states. Comma-separated, any of them matches. */
                status?: ("pending" | "succeeded" | "failed")[];
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfWebhookDeliveryResponse"] | components["schemas"]["CursorListResponseOfWebhookDeliveryResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "WEBHOOK_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    RetryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
                /** @description A record id (positive integer). */
                delivery_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "NOT_FOUND" | "WEBHOOK_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CreateImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file, at most IMPORT_MAX_BYTES: CSV with a header row (UTF-8, `,` or `;`), or JSON Lines (`.jsonl`, an object per line).
                     * @example name,email,external_id
                     *     Ada Lovelace,ada.import@example.com,legacy-42
                     */
                    file: Blob;
                    /**
                     * @description What the rows are.
                     * @example customers
                     * @enum {string}
                     */
                    entity: "customers" | "contacts" | "deals" | "activities";
                    /**
                     * @description `create` adds every row; `update` changes the record each row matches; `upsert` does either.
                     * @example create
                     * @enum {string}
                     */
                    mode: "create" | "upsert" | "update";
                    /**
                     * @description How a row finds its record: `email` (customers; contacts within their customer) or `external_id`; default external_id when the file has that column, else email.
                     * @enum {string}
                     */
                    match_on?: "email" | "external_id";
                    /** @description JSON `{"file column": "field"}` (a field null leaves the column out); default: by header name, ignoring case and spaces. */
                    mapping?: string;
                    /**
                     * @description Check and count every row, change nothing.
                     * @default false
                     */
                    dry_run?: boolean;
                };
            };
        };
        responses: {
            /** @description Accepted: the work runs as a job in the background; Location names it. */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The file is larger than ATTACHMENT_MAX_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not multipart/form-data. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "JOB_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ExportCustomers: {
        parameters: {
            query?: {
                /** @description Only these statuses. Comma-separated, any of them matches. */
                status?: ("lead" | "prospect" | "active" | "inactive" | "churned")[];
                /** @description Only customers assigned to these users. Comma-separated user ids, `me` (the caller) or `none` (unassigned). */
                assigned_to?: (number | ("me" | "none"))[];
                /** @description Only customers with these tags. Comma-separated positive ids (at most 100). */
                tags?: number[];
                /** @description With `tags`: any of them (default) or all of them. */
                tag_match?: "any" | "all";
                /** @description Created at or after. RFC 3339 timestamp. */
                created_from?: string;
                /** @description Created at or before. RFC 3339 timestamp. */
                created_to?: string;
                /** @description Case-insensitive substring of name, email, company or phone. */
                search?: string;
                /** @description Only contacted (or not contacted) customers. `true` or `false` (`1`/`0` are accepted too). */
                contacted?: boolean;
                /** @description `true`: only customers whose next follow-up is at or before now. `true` or `false` (`1`/`0` are accepted too). */
                follow_up_due?: boolean;
                /** @description `true`: only soft-deleted customers (admin and manager; others get 403). `true` or `false` (`1`/`0` are accepted too). */
                deleted?: boolean;
                /** @description Only the customer with this external_id. */
                external_id?: string;
                /** @description `csv` (default) or `jsonl` (JSON Lines: an object per line). */
                format?: "csv" | "jsonl";
                /** @description The columns, comma-separated (default: all): id, name, email, phone, company, role, status, assigned_to, contacted, next_follow_up_at, preferred_contact_method, do_not_contact, notes, tags, created_at, updated_at, deleted_at, version, external_id. */
                fields?: ("id" | "name" | "email" | "phone" | "company" | "role" | "status" | "assigned_to" | "contacted" | "next_follow_up_at" | "preferred_contact_method" | "do_not_contact" | "notes" | "tags" | "created_at" | "updated_at" | "deleted_at" | "version" | "external_id")[];
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at" | "updated_at" | "name" | "email" | "status" | "next_follow_up_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ExportContacts: {
        parameters: {
            query?: {
                /** @description Only contacts of these customers. Comma-separated positive ids (at most 100). */
                customer_id?: number[];
                /** @description Only the contact with this external_id. */
                external_id?: string;
                /** @description `csv` (default) or `jsonl` (JSON Lines: an object per line). */
                format?: "csv" | "jsonl";
                /** @description The columns, comma-separated (default: all): id, customer_id, first_name, last_name, email, phone, position, is_primary, notes, created_at, updated_at, deleted_at, version, external_id. */
                fields?: ("id" | "customer_id" | "first_name" | "last_name" | "email" | "phone" | "position" | "is_primary" | "notes" | "created_at" | "updated_at" | "deleted_at" | "version" | "external_id")[];
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "primary" | "created_at" | "updated_at" | "first_name" | "last_name";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ExportDeals: {
        parameters: {
            query?: {
                /** @description Only deals in these stages (stage names). Comma-separated, any of them matches. */
                stage?: string[];
                /** @description Only deals whose stage is of these kinds. Comma-separated, any of them matches. */
                status?: ("open" | "won" | "lost")[];
                /** @description Only deals owned by these users. Comma-separated user ids, `me` (the caller) or `none` (unassigned). */
                owner_id?: (number | ("me" | "none"))[];
                /** @description Only deals of these customers. Comma-separated positive ids (at most 100). */
                customer_id?: number[];
                /** @description Case-insensitive substring of the title. */
                search?: string;
                /** @description Amount at least. */
                amount_min?: number;
                /** @description Amount at most. */
                amount_max?: number;
                /** @description Expected to close at or after. RFC 3339 timestamp. */
                expected_close_from?: string;
                /** @description Expected to close at or before. RFC 3339 timestamp. */
                expected_close_to?: string;
                /** @description Created at or after. RFC 3339 timestamp. */
                created_from?: string;
                /** @description Created at or before. RFC 3339 timestamp. */
                created_to?: string;
                /** @description Only the deal with this external_id. */
                external_id?: string;
                /** @description `true`: only soft-deleted deals (admin and manager; others get 403). `true` or `false` (`1`/`0` are accepted too). */
                deleted?: boolean;
                /** @description `csv` (default) or `jsonl` (JSON Lines: an object per line). */
                format?: "csv" | "jsonl";
                /** @description The columns, comma-separated (default: all): id, title, description, customer_id, contact_id, stage, amount, currency, probability, expected_close_date, actual_close_date, owner_id, lost_reason, stage_changed_at, created_at, updated_at, deleted_at, version, external_id. */
                fields?: ("id" | "title" | "description" | "customer_id" | "contact_id" | "stage" | "amount" | "currency" | "probability" | "expected_close_date" | "actual_close_date" | "owner_id" | "lost_reason" | "stage_changed_at" | "created_at" | "updated_at" | "deleted_at" | "version" | "external_id")[];
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at" | "updated_at" | "title" | "amount" | "expected_close_date" | "stage";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ExportActivities: {
        parameters: {
            query?: {
                /** @description Only these types. Comma-separated, any of them matches. */
                type?: ("call" | "email" | "meeting" | "task" | "note")[];
                /** @description Only these statuses; `overdue` means scheduled and due in the past. Comma-separated, any of them matches. */
                status?: ("scheduled" | "completed" | "cancelled" | "overdue")[];
                /** @description Only these priorities. Comma-separated, any of them matches. */
                priority?: ("low" | "normal" | "high" | "urgent")[];
                /** @description Only activities assigned to these users. Comma-separated user ids, `me` (the caller) or `none` (unassigned). */
                assigned_to?: (number | ("me" | "none"))[];
                /** @description Only activities of these customers. Comma-separated positive ids (at most 100). */
                customer_id?: number[];
                /** @description Only activities of these deals. Comma-separated positive ids (at most 100). */
                deal_id?: number[];
                /** @description Case-insensitive substring of the title. */
                search?: string;
                /** @description Due at or after. RFC 3339 timestamp. */
                due_from?: string;
                /** @description Due at or before. RFC 3339 timestamp. */
                due_to?: string;
                /**
                 * @deprecated
                 * @description The Go original's name of `due_from` (deprecated; send one of them).
                 */
                due_date_from?: string;
                /**
                 * @deprecated
                 * @description The Go original's name of `due_to` (deprecated; send one of them).
                 */
                due_date_to?: string;
                /** @description Only the activity with this external_id. */
                external_id?: string;
                /** @description `true`: only soft-deleted activities (admin and manager; others get 403). `true` or `false` (`1`/`0` are accepted too). */
                deleted?: boolean;
                /** @description `csv` (default) or `jsonl` (JSON Lines: an object per line). */
                format?: "csv" | "jsonl";
                /** @description The columns, comma-separated (default: all): id, type, title, description, status, priority, customer_id, deal_id, contact_id, assigned_to, due_date, duration_minutes, outcome, completed_at, is_overdue, created_at, updated_at, deleted_at, version, external_id. */
                fields?: ("id" | "type" | "title" | "description" | "status" | "priority" | "customer_id" | "deal_id" | "contact_id" | "assigned_to" | "due_date" | "duration_minutes" | "outcome" | "completed_at" | "is_overdue" | "created_at" | "updated_at" | "deleted_at" | "version" | "external_id")[];
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "due_date" | "created_at" | "updated_at" | "priority" | "status" | "title" | "type";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/x-ndjson": string;
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    BulkCustomers: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRequest"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResponse"];
                };
            };
            /** @description Accepted: the work runs as a job in the background; Location names it. */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFIRMATION_REQUIRED" | "INVALID_JSON" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    BulkDeals: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRequest"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResponse"];
                };
            };
            /** @description Accepted: the work runs as a job in the background; Location names it. */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFIRMATION_REQUIRED" | "INVALID_JSON" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    BulkActivities: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkRequest"];
            };
        };
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResponse"];
                };
            };
            /** @description Accepted: the work runs as a job in the background; Location names it. */
            202: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    Location: components["headers"]["Location"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFIRMATION_REQUIRED" | "INVALID_JSON" | "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE";
                    };
                };
            };
            /** @description The request body is larger than MAX_BODY_BYTES. */
            413: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "PAYLOAD_TOO_LARGE";
                    };
                };
            };
            /** @description The request body is not application/json. */
            415: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "UNSUPPORTED_MEDIA_TYPE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    ListJobs: {
        parameters: {
            query?: {
                /** @description Only jobs of these kinds. Comma-separated, any of them matches. */
                kind?: ("import" | "bulk")[];
                /** @description Only jobs in these states. Comma-separated, any of them matches. */
                status?: ("queued" | "running" | "completed" | "failed" | "cancelled")[];
                /** @description Only the records with these ids (a row to refresh, the rows on screen); the list's order and paging apply. Comma-separated positive ids (at most 100). */
                ids?: number[];
                /** @description Page number for offset paging. */
                page?: number;
                /** @description Rows per page (DEFAULT_PAGE_SIZE when absent). */
                page_size?: number;
                /** @description Sort field; `id` is always the final tie-breaker. */
                sort_by?: "created_at";
                /** @description Sort direction. */
                sort_order?: "asc" | "desc";
                /** @description `cursor` switches to keyset paging: the answer has `next_cursor` and no count. */
                paging?: "offset" | "cursor";
                /** @description The `next_cursor` of the previous page (implies cursor paging; keep sort_by and sort_order). */
                cursor?: string;
            };
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListResponseOfJobResponse"] | components["schemas"]["CursorListResponseOfJobResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_QUERY" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "JOB_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    CancelJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
                /** @description Up to 255 printable characters: a repeat within 24 h replays the first response. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK; the record as it is now. */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobResponse"];
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "JOB_NOT_FOUND";
                    };
                };
            };
            /** @description The change conflicts with the current state. */
            409: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "CONFLICT" | "IDEMPOTENCY_KEY_IN_USE" | "JOB_NOT_CANCELLABLE";
                    };
                };
            };
            /** @description The Idempotency-Key was used before with a different request. */
            422: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "IDEMPOTENCY_KEY_REUSED";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    GetJobErrors: {
        parameters: {
            query?: never;
            header?: {
                /** @description With a read replica (DATABASE_READ_URL): the X-CRM-Consistency of an earlier response, so that this request sees that write whichever instance answers. */
                "X-CRM-Consistency"?: string;
            };
            path: {
                /** @description A record id (positive integer). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Content-Disposition": components["headers"]["Content-Disposition"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed: a path id, query parameter or body member is invalid. */
            400: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_ID" | "VALIDATION_FAILED";
                        data?: components["schemas"]["ValidationErrors"] | null;
                    };
                };
            };
            /** @description The bearer token is missing, malformed, invalid or expired. */
            401: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INVALID_TOKEN" | "INVALID_TOKEN_FORMAT" | "MISSING_TOKEN" | "TOKEN_EXPIRED";
                    };
                };
            };
            /** @description The token is valid but its role (or the lack of a CRM role) does not allow this. */
            403: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INSUFFICIENT_PERMISSIONS";
                    };
                };
            };
            /** @description The addressed record does not exist (or is outside the caller's read scope). */
            404: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "JOB_NOT_FOUND";
                    };
                };
            };
            /** @description The caller exceeded RATE_LIMIT_PER_MINUTE; see Retry-After. */
            429: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "RATE_LIMITED";
                    };
                };
            };
            /** @description An unexpected error; the body has no details. */
            500: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "INTERNAL_ERROR";
                    };
                };
            };
            /** @description The database is unavailable; retry after Retry-After seconds. */
            503: {
                headers: {
                    "X-Request-ID": components["headers"]["X-Request-ID"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "X-CRM-Consistency": components["headers"]["X-CRM-Consistency"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"] & {
                        /** @enum {string} */
                        code?: "SERVICE_UNAVAILABLE";
                    };
                };
            };
        };
    };
    Webhook_activity_completed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "activity.completed";
                    data?: components["schemas"]["ActivityResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_activity_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "activity.created";
                    data?: components["schemas"]["ActivityResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_activity_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "activity.deleted";
                    data?: components["schemas"]["ActivityResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_activity_due: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "activity.due";
                    data?: components["schemas"]["ActivityResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_activity_overdue: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "activity.overdue";
                    data?: components["schemas"]["ActivityResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_activity_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "activity.updated";
                    data?: components["schemas"]["ActivityResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_attachment_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "attachment.created";
                    data?: components["schemas"]["AttachmentResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_attachment_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "attachment.deleted";
                    data?: components["schemas"]["AttachmentResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_contact_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "contact.created";
                    data?: components["schemas"]["ContactResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_contact_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "contact.deleted";
                    data?: components["schemas"]["ContactResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_contact_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "contact.updated";
                    data?: components["schemas"]["ContactResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_customer_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "customer.created";
                    data?: components["schemas"]["CustomerResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_customer_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "customer.deleted";
                    data?: components["schemas"]["CustomerResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_customer_merged: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "customer.merged";
                    data?: components["schemas"]["CustomerResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_customer_restored: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "customer.restored";
                    data?: components["schemas"]["CustomerResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_customer_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "customer.updated";
                    data?: components["schemas"]["CustomerResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_deal_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "deal.created";
                    data?: components["schemas"]["DealResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_deal_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "deal.deleted";
                    data?: components["schemas"]["DealResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_deal_lost: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "deal.lost";
                    data?: components["schemas"]["DealResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_deal_restored: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "deal.restored";
                    data?: components["schemas"]["DealResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_deal_stage_changed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "deal.stage_changed";
                    data?: components["schemas"]["DealResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_deal_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "deal.updated";
                    data?: components["schemas"]["DealResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_deal_won: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "deal.won";
                    data?: components["schemas"]["DealResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_import_completed: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "import.completed";
                    data?: components["schemas"]["JobResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_note_created: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "note.created";
                    data?: components["schemas"]["NoteResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_note_deleted: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "note.deleted";
                    data?: components["schemas"]["NoteResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_note_updated: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "note.updated";
                    data?: components["schemas"]["NoteResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_tag_assigned: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "tag.assigned";
                    data?: components["schemas"]["CustomerResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_tag_unassigned: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "tag.unassigned";
                    data?: components["schemas"]["CustomerResponse"] & {
                        /** Format: date-time */
                        deleted_at?: null | string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    Webhook_webhook_test: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id: the same for every attempt of this delivery. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was sent. */
                "webhook-timestamp": string;
                /** @description Space-separated `v1,<base64>` signatures. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventMessage"] & {
                    /** @constant */
                    type?: "webhook.test";
                    /**
                     * @example {
                     *       "webhook_id": 1,
                     *       "url": "https://203.0.113.10/crm-events"
                     *     }
                     */
                    data?: {
                        /** Format: int64 */
                        webhook_id: number;
                        /** Format: uri */
                        url: string;
                    };
                };
            };
        };
        responses: {
            /** @description Accepted: any 2xx within 10 s. Anything else, redirects included, is retried with backoff (about 5 s, 30 s, 2 min, 15 min, 1 h, 6 h, 24 h), then the delivery fails. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
