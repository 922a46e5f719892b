/** A hostile test plugin: probes the host's isolation from inside a plugin and reports what it reached. */
package com.example.hostile;
