/** MicroProfile Health checks behind /health. */
package io.switchboard.interfaces.health;
