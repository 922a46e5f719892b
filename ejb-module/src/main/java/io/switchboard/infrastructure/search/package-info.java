/**
 * The ticket search index on Apache Lucene. Each server keeps its own index on local disk, fed
 * from the shared outbox (every committed ticket change writes an event there), so all servers
 * converge on the same content; the index can be rebuilt from the database at any time.
 */
package io.switchboard.infrastructure.search;
