-- The CMS's own tables in the shared turfa_platform database (uuid keys), with a few rows each. They are not the CRM's:
-- the adoption must leave them byte-identical and never lock them. Keys are fixed (md5 of a name), so two fixtures
-- hold the same rows.

CREATE TABLE categories (
    id         uuid PRIMARY KEY,
    name       varchar(100) NOT NULL UNIQUE,
    slug       varchar(120) NOT NULL UNIQUE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE blogs (
    id          uuid PRIMARY KEY,
    title       varchar(200) NOT NULL,
    description text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE posts (
    id           uuid PRIMARY KEY,
    blog_id      uuid NOT NULL REFERENCES blogs (id) ON DELETE CASCADE,
    category_id  uuid REFERENCES categories (id),
    title        varchar(300) NOT NULL,
    body         text NOT NULL,
    published_at timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE pages (
    id         uuid PRIMARY KEY,
    path       varchar(300) NOT NULL UNIQUE,
    title      varchar(300) NOT NULL,
    body       text,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE media (
    id           uuid PRIMARY KEY,
    file_name    varchar(255) NOT NULL,
    content_type varchar(100) NOT NULL,
    size_bytes   bigint NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE content_sources (
    id         uuid PRIMARY KEY,
    kind       varchar(50) NOT NULL,
    url        text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE content_items (
    id         uuid PRIMARY KEY,
    source_id  uuid NOT NULL REFERENCES content_sources (id),
    title      varchar(300) NOT NULL,
    payload    jsonb NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE transcripts (
    id         uuid PRIMARY KEY,
    media_id   uuid NOT NULL REFERENCES media (id),
    language   varchar(10) NOT NULL,
    text       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE visitors (
    id           uuid PRIMARY KEY,
    fingerprint  varchar(64) NOT NULL UNIQUE,
    country      char(2),
    first_seen_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE user_interactions (
    id          uuid PRIMARY KEY,
    visitor_id  uuid NOT NULL REFERENCES visitors (id),
    post_id     uuid REFERENCES posts (id),
    kind        varchar(30) NOT NULL,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idx_posts_blog_id ON posts (blog_id);
CREATE INDEX idx_user_interactions_visitor_id ON user_interactions (visitor_id, occurred_at);

INSERT INTO categories (id, name, slug, created_at)
SELECT md5('category' || i)::uuid, name, lower(name), timestamptz '2024-01-01 09:00:00+00' + i * interval '1 day'
  FROM unnest(ARRAY['News', 'Guides', 'Releases']) WITH ORDINALITY AS c (name, i);
INSERT INTO blogs (id, title, description, created_at)
SELECT md5('blog' || i)::uuid, 'Blog ' || i, 'The ' || i || 'th blog', timestamptz '2024-01-02 09:00:00+00' + i * interval '1 day'
  FROM generate_series(1, 3) i;
INSERT INTO posts (id, blog_id, category_id, title, body, published_at, created_at)
SELECT md5('post' || i)::uuid, md5('blog' || (1 + i % 3))::uuid, md5('category' || (1 + i % 3))::uuid, 'Post ' || i,
       repeat('Lorem ipsum dolor sit amet. ', i), CASE WHEN i % 4 <> 0 THEN timestamptz '2024-02-01 10:00:00+00' + i * interval '1 hour' END,
       timestamptz '2024-02-01 09:00:00+00' + i * interval '1 hour'
  FROM generate_series(1, 8) i;
INSERT INTO pages (id, path, title, body, updated_at)
SELECT md5('page' || i)::uuid, '/page-' || i, 'Page ' || i, 'Body of page ' || i, timestamptz '2024-03-01 09:00:00+00' + i * interval '1 day'
  FROM generate_series(1, 4) i;
INSERT INTO media (id, file_name, content_type, size_bytes, created_at)
SELECT md5('media' || i)::uuid, 'clip-' || i || '.mp4', 'video/mp4', 1048576 * i, timestamptz '2024-04-01 09:00:00+00' + i * interval '1 day'
  FROM generate_series(1, 4) i;
INSERT INTO content_sources (id, kind, url, created_at)
SELECT md5('source' || i)::uuid, CASE WHEN i % 2 = 0 THEN 'rss' ELSE 'youtube' END, 'https://example.org/feed/' || i,
       timestamptz '2024-05-01 09:00:00+00' + i * interval '1 day'
  FROM generate_series(1, 3) i;
INSERT INTO content_items (id, source_id, title, payload, created_at)
SELECT md5('item' || i)::uuid, md5('source' || (1 + i % 3))::uuid, 'Item ' || i, jsonb_build_object('rank', i, 'tags', jsonb_build_array('a', 'b')),
       timestamptz '2024-05-10 09:00:00+00' + i * interval '1 hour'
  FROM generate_series(1, 6) i;
INSERT INTO transcripts (id, media_id, language, text, created_at)
SELECT md5('transcript' || i)::uuid, md5('media' || i)::uuid, 'en', 'Transcript of clip ' || i, timestamptz '2024-04-02 09:00:00+00' + i * interval '1 day'
  FROM generate_series(1, 4) i;
INSERT INTO visitors (id, fingerprint, country, first_seen_at)
SELECT md5('visitor' || i)::uuid, md5('fingerprint' || i), (ARRAY['DE', 'SA', 'US', 'GB', 'FR'])[i], timestamptz '2024-06-01 09:00:00+00' + i * interval '1 hour'
  FROM generate_series(1, 5) i;
INSERT INTO user_interactions (id, visitor_id, post_id, kind, occurred_at)
SELECT md5('interaction' || i)::uuid, md5('visitor' || (1 + i % 5))::uuid, md5('post' || (1 + i % 8))::uuid,
       (ARRAY['view', 'like', 'share'])[1 + i % 3], timestamptz '2024-06-02 09:00:00+00' + i * interval '1 minute'
  FROM generate_series(1, 12) i;
