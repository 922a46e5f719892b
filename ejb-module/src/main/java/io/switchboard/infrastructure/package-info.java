/** Technology behind the domain's ports: JPA repositories, migrations, the outbox, counters and time. */
package io.switchboard.infrastructure;
