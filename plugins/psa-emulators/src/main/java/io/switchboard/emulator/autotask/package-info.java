/**
 * The Autotask PSA REST emulator: zone lookup, the JSON filter query with {@code pageDetails}
 * paging, picklists from {@code entityInformation/fields}, ticket notes, secondary resources,
 * time entries and attachments, the 10,000 requests an hour and 3 threads per endpoint, with
 * the error answers the reference documents.
 */
package io.switchboard.emulator.autotask;
