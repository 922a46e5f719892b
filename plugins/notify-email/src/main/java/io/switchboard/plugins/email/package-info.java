/** The email notifier: one templated message per recipient over SMTP, threaded per ticket, rate-limited per recipient. */
package io.switchboard.plugins.email;
