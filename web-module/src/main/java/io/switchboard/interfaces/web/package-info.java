/**
 * The staff portal: Jakarta Faces backing beans (with PrimeFaces components in the pages) that
 * call the application services and show their view records, plus the two plain servlets the
 * portal needs for streams (CSV export, attachment download). Pages never see an entity.
 */
package io.switchboard.interfaces.web;
