/** Canned replies: text agents insert into a reply, with placeholders filled in from the ticket. */
package io.switchboard.domain.reply;
