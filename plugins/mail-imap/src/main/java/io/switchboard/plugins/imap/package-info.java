/**
 * The IMAP mail source: transport only. It lists messages by UID with their sizes, streams one
 * message under a byte cap, acknowledges batches by moving them to folders or setting a keyword
 * (never {@code \Seen}), describes the account's folders and waits for changes with IDLE.
 * Every connection goes to the address the host's outbound guard checked.
 */
package io.switchboard.plugins.imap;
