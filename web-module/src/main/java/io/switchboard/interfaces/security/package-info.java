/**
 * Authentication: one Jakarta Security mechanism for the whole application. The API takes HTTP
 * Basic or a personal token; the portal uses form login with a server-side session.
 */
package io.switchboard.interfaces.security;
