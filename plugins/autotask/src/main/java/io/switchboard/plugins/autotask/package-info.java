/**
 * The Autotask PSA provider: a remote adapter that finds the tenant's zone, reads tickets per
 * queue with the JSON filter query and its {@code pageDetails} paging, reads picklists from
 * {@code entityInformation/fields}, and pushes through Autotask's entity endpoints within its
 * hourly budget and its three threads per endpoint.
 */
package io.switchboard.plugins.autotask;
