/** The PSA sync engine's scheduling: the leased ticker that starts scheduled pulls. */
package io.switchboard.infrastructure.psa;
