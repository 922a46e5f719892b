/** REST resources of email intake: the quarantine (list, view, download, reprocess, discard), admin only. */
package io.switchboard.interfaces.rest.mail;
