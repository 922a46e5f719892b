/**
 * Email intake's technical side: MIME parsing with the server's Jakarta Mail (charsets, encoded
 * words, 8-bit headers, uuencode, limits on parts and depth), storage of raw messages, and the
 * scheduler that reads each mailbox on one server at a time.
 */
package io.switchboard.infrastructure.mail;
