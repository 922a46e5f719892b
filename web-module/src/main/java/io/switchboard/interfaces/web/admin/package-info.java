/** Faces backing beans of the admin pages (role admin, under /admin/). */
package io.switchboard.interfaces.web.admin;
